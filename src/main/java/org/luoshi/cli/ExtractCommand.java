package org.luoshi.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.extract.InputDocument;
import org.luoshi.extract.InputReader;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi extract}: one SCHEMA.md record per document, one JSON object per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Finds directives, officials, deadlines and document metadata; writes one JSON object per "
            + "document per line (SCHEMA.md).",
            "Directories are walked for *.txt, *.htm(l), *.jsonl(.gz); a *.jsonl(.gz) export holds one document "
            + "per line with text, title and date fields. Progress and a summary go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents extracted", "1:some inputs rejected (named with the reason)", "2:wrong usage",
            "3:output could not be written"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSONL here (default: standard output).")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N documents.")
    Integer limit;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        InputFiles.Expanded inputs = InputFiles.expand(paths, InputReader.ENDINGS);
        int[] counts = new int[2];
        inputs.missing().forEach(m -> {
            err.println("未处理（rejected）  " + m + "：没有这个文件或目录（no such file or directory）");
            counts[1]++;
        });
        if (out != null && out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Normalizer normalizer = new Normalizer();
        DocumentExtractor extractor = new DocumentExtractor();
        ObjectWriter json = Json.mapper().writer();
        long started = System.nanoTime();
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path f : inputs.files()) {
                if (limit != null && counts[0] >= limit) {
                    break;
                }
                try {
                    InputReader.read(f, doc -> {
                        if (limit != null && counts[0] >= limit) {
                            return;
                        }
                        try {
                            NormalizedDocument n = doc.bytes() != null ? normalizer.normalize(doc.source(), doc.bytes())
                                    : normalizer.normalize(doc.source(), doc.text());
                            Extraction e = extractor.extract(n, doc.published());
                            w.write(json.writeValueAsString(e));
                            w.write('\n');
                            counts[0]++;
                            if (counts[0] % 1000 == 0) {
                                err.printf(Locale.ROOT, "extract: %d documents, %.0f docs/s%n", counts[0],
                                        counts[0] / ((System.nanoTime() - started) / 1e9));
                            }
                        } catch (UnreadableInputException ex) {
                            err.println("未处理（rejected）  " + ex.getMessage());
                            counts[1]++;
                        } catch (IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    }, (source, reason) -> {
                        err.println("未处理（rejected）  " + source + ": " + reason);
                        counts[1]++;
                    });
                } catch (IOException ex) {
                    err.println("未处理（rejected）  " + f + "：无法读取（cannot read）: " + ex.getMessage());
                    counts[1]++;
                }
            }
        }
        err.printf(Locale.ROOT, "extract: %d documents extracted, %d rejected in %.1f s%s%n", counts[0], counts[1],
                (System.nanoTime() - started) / 1e9, out == null ? "" : "; output in " + out);
        return counts[1] == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_REJECTED;
    }
}
