package org.luoshi.cli;

import org.luoshi.extract.InputReader;
import org.luoshi.formats.DocumentFormats;
import org.luoshi.ingest.DataLock;
import org.luoshi.ingest.Generations;
import org.luoshi.ingest.IngestRun;
import org.luoshi.ingest.Quarantined;
import org.luoshi.ingest.Reasons;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code luoshi ingest}: the periodic batch job — normalize, extract, index and link everything new or changed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Normalizes, extracts, indexes and links documents with the Apache Beam pipeline; incremental "
            + "(unchanged files and JSONL items are skipped, deleted inputs retired, new documents linked to those already "
            + "ingested), idempotent, and safe to kill and rerun. One ingest at a time per data directory.",
            "Each run writes a new generation DATA/gen-N (documents.jsonl, directives.jsonl, officials.jsonl, quarantine.jsonl, "
            + "extractions.jsonl, links.jsonl, ledger.jsonl, manifest.json, index/) and commits it by switching DATA/CURRENT.",
            "Reads *.txt, *.jsonl(.gz) exports, and .docx .doc .wps .rtf .pdf .ofd .htm(l); '-' reads standard input "
                + "(a JSONL export when it starts with '{', else one text document).",
            "Any other --name=value option is passed to Beam (e.g. --targetParallelism=4); the limits are "
                + "--maxBytes (text document or JSONL line, default 16 MiB), --maxFileBytes (Office/PDF/OFD/HTML file, default "
                + "64 MiB) and --secondsPerDocument (default 60)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input processed", "1:the run completed but inputs were quarantined (see quarantine.jsonl)",
            "2:wrong usage (unknown option, bad --pipeline file), before any work",
            "3:the run could not complete, or another ingest holds the data directory (nothing was committed)"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (walked, following symbolic links), JSONL exports, glob patterns "
                + "(quoted: 'exports/**.jsonl.gz'; one * per directory level, ** for any depth), or - for standard input.")
    List<Path> paths;

    @Option(names = "--pipeline", paramLabel = "FILE", description = "Run configuration (default: embedded pipelines/local.json, DirectRunner).")
    Path pipeline;

    @Option(names = "--force", description = "Extract every input again, changed or not.")
    boolean force;

    @Unmatched
    List<String> beamOptions = new ArrayList<>();

    static final Set<String> ENDINGS;

    static {
        Set<String> e = new HashSet<>(InputReader.ENDINGS);
        e.addAll(DocumentFormats.ENDINGS);
        ENDINGS = Set.copyOf(e);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        for (String o : beamOptions) {
            if (!o.startsWith("--") || !o.contains("=")) {
                err.println("luoshi ingest: 未知参数 '" + o + "'（unknown argument; Beam options are written --name=value）");
                return ExitCodes.USAGE;
            }
        }
        IngestPipeline beam;
        try {
            // Options given on the command line override the configuration's (Beam refuses an option given twice).
            Map<String, String> byName = new LinkedHashMap<>();
            for (String a : PipelineConfig.arguments(pipeline)) {
                byName.put(a.substring(0, a.indexOf('=')), a);
            }
            for (String a : beamOptions) {
                byName.put(a.substring(0, a.indexOf('=')), a);
            }
            beam = new IngestPipeline(new ArrayList<>(byName.values())).withProgress(err);
        } catch (IOException | IllegalArgumentException e) {
            err.println("luoshi ingest: 运行配置或选项有误（bad pipeline configuration or option）: " + optionError(e.getMessage()));
            return ExitCodes.USAGE;
        }
        InputFiles.Walked walked = InputFiles.walk(paths, ENDINGS);
        List<IngestRun.Input> inputs = new ArrayList<>();
        List<Quarantined> refused = new ArrayList<>(walked.refused());
        Path stdin = null;
        try {
            for (Path f : walked.files()) {
                if (f.toString().equals("-")) {
                    if (stdin == null) {
                        stdin = readStandardInput(System.in);
                        inputs.add(new IngestRun.Input("-", stdin));
                    }
                    continue;
                }
                try {
                    inputs.add(IngestRun.Input.of(f));
                } catch (IOException e) {
                    refused.add(new Quarantined(f.toAbsolutePath().normalize().toString(), "read", Reasons.of(e)));
                }
            }
            IngestRun.Summary s;
            try {
                s = new IngestRun(data.data, beam, err).force(force).run(inputs, refused, walked.skipped());
            } catch (DataLock.BusyException e) {
                err.println("luoshi ingest: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (!beam.counters().isEmpty()) {
                err.println("ingest: pipeline counters: " + beam.counters());
            }
            summary(out, s, walked);
            return s.quarantined() > 0 ? ExitCodes.SOME_INPUTS_REJECTED : ExitCodes.OK;
        } finally {
            if (stdin != null) {
                Files.deleteIfExists(stdin);
            }
        }
    }

    private void summary(PrintStream out, IngestRun.Summary s, InputFiles.Walked walked) {
        out.printf(Locale.ROOT, "ingest: %d inputs: %d unchanged, %d read (%d documents or items), %d quarantine records%s%n", s.inputs(),
                s.unchanged(), s.processed(), s.items(), s.quarantined(), s.retried() > 0 ? ", " + s.retried() + " quarantined inputs retried (limits changed)" : "");
        if (s.upgradedFrom() != null) {
            out.printf(Locale.ROOT, "ingest: the program changed (%s → this build): %d unchanged inputs extracted again%n",
                    s.upgradedFrom(), s.reextracted());
        }
        if (!s.retired().isEmpty()) {
            out.printf(Locale.ROOT, "ingest: %d deleted inputs retired with their documents, links and ledger rows: %s%n",
                    s.retired().size(), abbreviate(s.retired()));
        }
        if (!s.renamed().isEmpty()) {
            out.printf(Locale.ROOT, "ingest: renamed (kept as the same documents under the new name): %s%n", abbreviate(s.renamed()));
        }
        if (!walked.skipped().isEmpty()) {
            out.printf(Locale.ROOT, "ingest: %d files of other types skipped (not read): %s%n", walked.skipped().size(), abbreviate(walked.skipped()));
        }
        if (walked.hidden() > 0) {
            out.printf(Locale.ROOT, "ingest: %d hidden files and directories not walked%n", walked.hidden());
        }
        out.printf(Locale.ROOT, "ingest: %d documents, %d directives, %d officials in %s; %s in %.1f s%n", s.documents(), s.directives(),
                s.officials(), data.data, s.wrote() ? "new generation committed" : "nothing changed", s.seconds());
        if (s.quarantined() > 0) {
            Path records = Generations.current(data.data).resolve("quarantine.jsonl");
            printQuarantined(out, records);
            out.println("ingest: quarantined inputs and reasons are in " + records);
        }
    }

    /** Beam's words for an option it does not know, said as the user typed it (--fooBar), Chinese first. */
    static String optionError(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("missing a property named '([^']+)'").matcher(String.valueOf(message));
        return m.find() ? "没有这个运行选项：--" + m.group(1) + "（unknown pipeline option; see --help and pipelines/）" : message;
    }

    /** The first {@value #SHOWN} quarantine records, each as its input and reason (未处理 = not processed). */
    private static void printQuarantined(PrintStream out, Path records) {
        try (java.util.stream.Stream<String> lines = Files.lines(records)) {
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            for (String line : all.subList(0, Math.min(SHOWN, all.size()))) {
                com.fasterxml.jackson.databind.JsonNode r = org.luoshi.model.Json.mapper().readTree(line);
                out.println("ingest: 未处理（quarantined） " + r.path("source").asText() + "：" + r.path("reason").asText());
            }
            if (all.size() > SHOWN) {
                out.printf(Locale.ROOT, "ingest: … %d more%n", all.size() - SHOWN);
            }
        } catch (IOException e) {
            out.println("ingest: cannot read " + records + ": " + e.getMessage());
        }
    }

    private static final int SHOWN = 10;

    private static String abbreviate(List<String> items) {
        return items.size() <= 10 ? String.join(", ", items) : String.join(", ", items.subList(0, 10)) + ", … (" + (items.size() - 10) + " more)";
    }

    /**
     * Standard input in a temporary file: {@code .jsonl} when its first non-blank byte is '{', else {@code .txt}, so
     * it is read as an export or as one text document.
     */
    static Path readStandardInput(InputStream in) throws IOException {
        Path tmp = Files.createTempFile("luoshi-stdin-", ".part");
        Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        boolean jsonl = false;
        try (InputStream r = Files.newInputStream(tmp)) {
            int c;
            while ((c = r.read()) >= 0) {
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    jsonl = c == '{';
                    break;
                }
            }
        }
        Path named = tmp.resolveSibling(tmp.getFileName().toString().replace(".part", jsonl ? ".jsonl" : ".txt"));
        return Files.move(tmp, named);
    }
}
