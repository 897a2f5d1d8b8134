package org.luoshi.cli;

import org.luoshi.index.DirectiveIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi index}: builds or updates the search index from extraction output. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Builds or updates the Lucene index (DATA/index) from 'extract' output: one entry per directive and "
            + "one per document. A document indexed again replaces its old entries."})
final class IndexCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--from", paramLabel = "FILE", description = "Extraction output (default: DATA/extract.jsonl).")
    Path from;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path input = from != null ? from : data.data.resolve("extract.jsonl");
        if (!Files.isRegularFile(input)) {
            System.err.println("luoshi index: error: no extraction output at " + input
                    + "; make it with './luoshi extract PATH... --out " + input + "'");
            return ExitCodes.USAGE;
        }
        if (!data.current().equals(data.data)) {
            System.err.println("luoshi index: " + data.data + " 由 ingest 管理（holds ingest generations, which only ingest writes）; "
                    + "give index another --data directory");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(data.index());
        long started = System.nanoTime();
        int[] directives = new int[1];
        int docs;
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(data.index())) {
            docs = ExtractionReader.read(input, e -> {
                try {
                    w.write(e, e.text());
                    directives[0] += e.directives().size();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            w.commit();
            out.printf(Locale.ROOT, "indexed %d documents and %d directives from %s into %s (%d entries in the index) in %.1f s%n",
                    docs, directives[0], input, data.index(), w.count(), (System.nanoTime() - started) / 1e9);
        }
        return ExitCodes.OK;
    }
}
