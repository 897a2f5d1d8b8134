package org.luoshi.cli;

import org.luoshi.extract.InputReader;
import org.luoshi.ingest.IngestRun;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi ingest}: the periodic batch job — normalize, extract and index everything new or changed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Normalizes, extracts, indexes and links documents with the Apache Beam pipeline; incremental "
            + "(unchanged files are skipped, new documents are linked to those already ingested), idempotent, and safe to "
            + "kill and rerun.",
            "Writes DATA/documents.jsonl, directives.jsonl, officials.jsonl, quarantine.jsonl, extractions.jsonl (the "
            + "record store), links.jsonl (citations and relays), ledger.jsonl (follow-through), manifest.json and the "
            + "index DATA/index.",
            "Any other --name=value option is passed to Beam (e.g. --targetParallelism=4)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input processed", "1:the run completed but inputs were quarantined (see DATA/quarantine.jsonl)",
            "2:wrong usage", "3:the run could not complete (nothing was committed; run it again)"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (walked for *.txt, *.htm(l), *.jsonl(.gz)), JSONL exports, or glob patterns "
                + "(quoted: 'exports/**.jsonl.gz'; one * per directory level, ** for any depth).")
    List<Path> paths;

    @Option(names = "--pipeline", paramLabel = "FILE", description = "Run configuration (default: embedded pipelines/local.json, DirectRunner).")
    Path pipeline;

    @Unmatched
    List<String> beamOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String o : beamOptions) {
            if (!o.startsWith("--") || !o.contains("=")) {
                System.err.println("luoshi ingest: unknown argument '" + o + "' (Beam options are written --name=value)");
                return ExitCodes.USAGE;
            }
        }
        // Options given on the command line override the configuration's (Beam refuses an option given twice).
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String a : PipelineConfig.arguments(pipeline)) {
            byName.put(a.substring(0, a.indexOf('=')), a);
        }
        for (String a : beamOptions) {
            byName.put(a.substring(0, a.indexOf('=')), a);
        }
        List<String> args = new ArrayList<>(byName.values());
        InputFiles.Expanded inputs = InputFiles.expand(paths, InputReader.ENDINGS);
        IngestPipeline beam = new IngestPipeline(args).withProgress(out);
        IngestRun.Summary s = new IngestRun(data.data, beam, out).run(inputs.files(), inputs.missing());
        if (!beam.counters().isEmpty()) {
            out.println("ingest: pipeline counters: " + beam.counters());
        }
        out.printf(Locale.ROOT, "ingest: %d inputs (%d unchanged, %d processed, %d quarantined); %d documents, %d directives, "
                        + "%d officials in %s; %s in %.1f s%n",
                s.inputs(), s.unchanged(), s.processed(), s.quarantined(), s.documents(), s.directives(), s.officials(),
                data.data, s.wrote() ? "outputs and index committed" : "nothing changed", s.seconds());
        if (s.quarantined() > 0) {
            out.println("ingest: quarantined inputs and reasons are in " + data.data.resolve("quarantine.jsonl"));
        }
        return s.quarantined() > 0 ? ExitCodes.SOME_INPUTS_REJECTED : ExitCodes.OK;
    }
}
