package org.luoshi.cli;

import org.luoshi.formula.FormulaBenchmark;
import org.luoshi.formula.FormulaMiner;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchBenchmark;
import org.luoshi.web.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi bench}: benchmarks, each measuring the product against a bare baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each reports the product's figures beside a bare baseline measured in the same run.",
        subcommands = {BenchCommand.Search.class, BenchCommand.Formulas.class, BenchCommand.Web.class, BenchCommand.Ingest.class, BenchCommand.Link.class,
            CommandLine.HelpCommand.class})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No benchmark named: the usage on standard error, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("luoshi bench: 需要指明一项基准测试 (search, formulas, web, ingest, link)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search latency (p50/p95/p99) and queries/s on queries drawn from the index's own vocabulary, "
                + "beside bare Lucene TermQuery on the same index.")
    static final class Search implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Queries to run (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed for drawing queries (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--docs", description = "Run the queries as document searches (whole texts and titles), as 'search --docs' does.")
        boolean docs;

        @Option(names = "--build-from", paramLabel = "FILE", description = "First build DATA/index (which must not exist) from this "
                + "extraction file (extract output, or ingest's extractions.jsonl), each record written as --variants seeded variants.")
        java.nio.file.Path buildFrom;

        @Option(names = "--variants", paramLabel = "N", defaultValue = "1", description = "Copies of each record with --build-from: "
                + "variant k has its own ids and source and dates moved by a seeded number of years (default: ${DEFAULT-VALUE}).")
        int variants;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (buildFrom != null) {
                if (java.nio.file.Files.exists(data.index()) || variants < 1) {
                    System.err.println("luoshi bench search: --build-from 要写入一个还不存在的索引（" + data.index() + " 已存在），--variants 至少为 1");
                    return ExitCodes.USAGE;
                }
                build(out);
            }
            try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
                SearchBenchmark.Report r = new SearchBenchmark().run(s, queries, seed, docs);
                out.printf(Locale.ROOT, "index %s: %d entries, %d query words%n", data.index(), s.searcher().getIndexReader().numDocs(), r.vocabulary());
                print(out, docs ? "document search (text and title, filters, facets, highlight)"
                        : "full search (words+bigrams, filters, facets, highlight)", r.full());
                print(out, docs ? "bare TermQuery (first term of the first word, top 10)" : "bare TermQuery (same first word, top 10)",
                        r.bareTermQuery());
                print(out, "  CPU time of the searching thread, full search", r.fullCpu());
                out.printf(Locale.ROOT, "(load average %.1f on %d cores during the run: wall times above CPU times are waiting for a core)%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                out.printf(Locale.ROOT, "ratio full/bare: p50 %.1fx, p95 %.1fx, throughput %.1fx lower%n",
                        r.full().p50Ms() / r.bareTermQuery().p50Ms(), r.full().p95Ms() / r.bareTermQuery().p95Ms(),
                        r.bareTermQuery().qps() / r.full().qps());
            } catch (MissingIndexException | QuerySyntaxException e) {
                System.err.println("luoshi bench search: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }

        private void build(PrintStream out) throws IOException {
            java.nio.file.Files.createDirectories(data.index());
            long t0 = System.nanoTime();
            int[] n = new int[2];
            try (org.luoshi.index.DirectiveIndexWriter w = new org.luoshi.index.DirectiveIndexWriter(data.index())) {
                ExtractionReader.read(buildFrom, e -> {
                    try {
                        org.luoshi.index.VariantIndex.write(w, e, variants, seed);
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                    n[0]++;
                    n[1] += e.directives().size() * variants;
                    if (n[0] % 10_000 == 0) {
                        System.err.printf(Locale.ROOT, "luoshi bench search: %d records, %d directives written (%.0f s)%n",
                                n[0], n[1], (System.nanoTime() - t0) / 1e9);
                    }
                });
                w.commit();
            }
            out.printf(Locale.ROOT, "built %s from %s: %d records x %d variants, %d directives, in %.1f s%n", data.index(), buildFrom,
                    n[0], variants, n[1], (System.nanoTime() - t0) / 1e9);
        }
    }

    @Command(name = "formulas", mixinStandardHelpOptions = true,
            description = "Time per formula report (uses with dates and units, first uses, directives: what 'formulas PHRASE' and "
                + "/formulas compute) beside a bare Lucene PhraseQuery for the same phrase (top 10) on the same index, in one run; "
                + "with --new YEAR also the time of mining that year.")
    static final class Formulas implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(arity = "0..*", paramLabel = "PHRASE", description = "Phrases to time (default: the formulas of slogans.txt).")
        List<String> phrases = new ArrayList<>();

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Times each phrase is timed, after a warm-up (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--new", paramLabel = "YEAR", description = "Also time mining the formulas new in this year.")
        String newIn;

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<String> asked = phrases.isEmpty() ? org.luoshi.formula.Formulas.KNOWN : phrases;
            Integer year;
            try {
                if (rounds < 1) {
                    throw new Inputs.BadInput("--rounds 至少为 1");
                }
                year = Inputs.year("--new", newIn);
                asked.forEach(org.luoshi.formula.Formulas::terms);
            } catch (IllegalArgumentException e) {
                System.err.println("luoshi bench formulas: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
                FormulaBenchmark.Report r = FormulaBenchmark.run(s, asked, rounds, 20);
                out.printf(Locale.ROOT, "index %s: %d entries; %d phrases x %d rounds, %d documents hold them%n", data.index(),
                        s.searcher().getIndexReader().numDocs(), asked.size(), rounds, r.documents());
                print(out, "formula report (uses, dates, units, first uses, 20 directives)", r.full());
                print(out, "bare PhraseQuery on document texts (top 10)", r.bare());
                print(out, "  CPU time of the reporting thread, formula report", r.fullCpu());
                out.printf(Locale.ROOT, "ratio report/bare: p50 %.1fx, p95 %.1fx, p99 %.1fx (load average %.1f on %d cores)%n",
                        r.full().p50Ms() / r.bare().p50Ms(), r.full().p95Ms() / r.bare().p95Ms(), r.full().p99Ms() / r.bare().p99Ms(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                if (year != null) {
                    long t0 = System.nanoTime();
                    FormulaMiner.Result m = FormulaMiner.mine(s, year, 30, x -> { });
                    out.printf(Locale.ROOT, "mining %d: %d documents read, %d candidates looked up, %d kept, in %.1f s (%.2f ms per candidate)%n",
                            year, m.documentsRead(), m.candidates(), m.kept(), (System.nanoTime() - t0) / 1e9,
                            (System.nanoTime() - t0) / 1e6 / Math.max(1, m.candidates()));
                }
            } catch (MissingIndexException e) {
                System.err.println("luoshi bench formulas: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }
    }

    static void print(PrintStream out, String name, SearchBenchmark.Stats s) {
        out.printf(Locale.ROOT, "%-58s %d queries  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  %.0f queries/s%n",
                name, s.queries(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.qps());
    }

    @Command(name = "web", mixinStandardHelpOptions = true,
            description = "/api/search under load: --clients concurrent clients for --seconds over the benchmark's queries (words of the "
                + "index's own vocabulary, half with a level filter) on a server started in this process, then the same queries from as "
                + "many threads in-process, in one run: p50/p95/p99 and queries/s of both.")
    static final class Web implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--seconds", defaultValue = "30", description = "Seconds of each measured phase (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "2000", description = "Distinct queries drawn (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed for drawing queries (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (clients < 1 || seconds < 1 || queries < 1) {
                System.err.println("luoshi bench web: --clients、--seconds、--queries 都至少为 1");
                return ExitCodes.USAGE;
            }
            org.luoshi.web.WebBenchmark.Report r;
            try {
                r = new org.luoshi.web.WebBenchmark().run(data.data, clients, seconds, queries, seed);
            } catch (MissingIndexException e) {
                System.err.println("luoshi bench web: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            out.printf(Locale.ROOT, "%d clients, %d s per phase, %d distinct queries, %d cores (load average %.1f at the end), %d failed requests%n",
                    r.clients(), r.seconds(), r.queries(), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r.errors());
            print(out, "HTTP /api/search (Jetty, JSON)", r.http());
            print(out, "in-process search (same queries, same threads)", r.inProcess());
            out.printf(Locale.ROOT, "ratio HTTP/in-process: p50 %.2fx, p95 %.2fx, p99 %.2fx, throughput %.2fx lower%n",
                    r.http().p50Ms() / r.inProcess().p50Ms(), r.http().p95Ms() / r.inProcess().p95Ms(),
                    r.http().p99Ms() / r.inProcess().p99Ms(), r.inProcess().qps() / r.http().qps());
            return r.errors() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Characters/s of bare HanLP segmentation, of normalize+extract and of the full ingest on the same "
                + "documents in one run, with their ratios, documents/s, the time of a second no-change ingest, of removing "
                + "the last 1 % of the items and of appending them again, and peak heap.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--input", paramLabel = "PATH", split = ",", defaultValue = "corpus",
                description = "Files, directories or JSONL exports (default: ${DEFAULT-VALUE}).")
        List<java.nio.file.Path> input;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "2147483647", description = "At most N documents.")
        int limit;

        @Option(names = "--pipeline", paramLabel = "FILE", description = "Run configuration (default: DirectRunner).")
        java.nio.file.Path pipeline;

        @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory (default: a temporary one).")
        java.nio.file.Path work;

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            java.nio.file.Path dir = work != null ? work : java.nio.file.Files.createTempDirectory("luoshi-bench");
            List<String> args = org.luoshi.pipeline.PipelineConfig.arguments(pipeline);
            org.luoshi.ingest.IngestBenchmark.Result r;
            try {
                r = new org.luoshi.ingest.IngestBenchmark().run(input, limit, () -> new org.luoshi.pipeline.IngestPipeline(args), dir);
            } finally {
                if (work == null) {
                    deleteTree(dir); // a scratch directory of our own: nothing of it is left behind
                }
            }
            out.printf(Locale.ROOT, "%d documents, %d characters%n", r.documents(), r.chars());
            out.printf(Locale.ROOT, "bare HanLP segmentation   %10.0f chars/s  (%.1f s)%n", r.segmentCharsPerSecond(), r.segmentSeconds());
            out.printf(Locale.ROOT, "normalize + extract       %10.0f chars/s  (%.1f s)  %.2fx of segmentation%n",
                    r.extractCharsPerSecond(), r.extractSeconds(), r.extractCharsPerSecond() / r.segmentCharsPerSecond());
            out.printf(Locale.ROOT, "full ingest               %10.0f chars/s  (%.1f s)  %.2fx of segmentation, %.1f documents/s%n",
                    r.ingestCharsPerSecond(), r.ingestSeconds(), r.ingestCharsPerSecond() / r.segmentCharsPerSecond(),
                    r.documents() / r.ingestSeconds());
            out.printf(Locale.ROOT, "no-change re-ingest       %.2f s  (%.1f%% of the full ingest)%n",
                    r.reingestSeconds(), 100 * r.reingestSeconds() / r.ingestSeconds());
            out.printf(Locale.ROOT, "remove the last 1 %%       %.2f s  (%.1f%% of the full ingest; %d items retired)%n",
                    r.removeSeconds(), 100 * r.removeSeconds() / r.ingestSeconds(), r.changedItems());
            out.printf(Locale.ROOT, "append them again         %.2f s  (%.1f%% of the full ingest; %d items read)%n",
                    r.appendSeconds(), 100 * r.appendSeconds() / r.ingestSeconds(), r.changedItems());
            out.printf(Locale.ROOT, "peak heap                 %.0f MB%n", r.peakHeapBytes() / 1e6);
            return ExitCodes.OK;
        }
    }

    static void deleteTree(java.nio.file.Path p) throws java.io.IOException {
        if (java.nio.file.Files.exists(p)) {
            try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(p)) {
                for (java.nio.file.Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(x);
                }
            }
        }
    }

    @Command(name = "link", mixinStandardHelpOptions = true,
            description = "Relay linking time on 1k, 2k, 4k … items of a JSONL export (a random half treated as province-level "
                + "documents relaying the other half), with links found and the growth per doubling beyond linear.")
    static final class Link implements Callable<Integer> {
        @Option(names = "--input", paramLabel = "FILE", defaultValue = "../shared/scale/xwlb-2012-2026.jsonl.gz",
                description = "A JSONL export (default: ${DEFAULT-VALUE}).")
        java.nio.file.Path input;

        @Option(names = "--max", paramLabel = "N", defaultValue = "64000", description = "Largest size (default: ${DEFAULT-VALUE}).")
        int max;

        @Option(names = "--start", paramLabel = "N", defaultValue = "1000", description = "Smallest size (default: ${DEFAULT-VALUE}).")
        int start;

        @Option(names = "--order", defaultValue = "random", description = "random (default): every size is a seeded random sample "
                + "of all items of the export; file: the first N items in file order (the scale export is chronological, so larger "
                + "sizes also reach later years, whose items hold more directives).")
        String order;

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (!java.nio.file.Files.isRegularFile(input)) {
                System.err.println("luoshi bench link: no input at " + input);
                return ExitCodes.USAGE;
            }
            org.luoshi.normalize.Normalizer n = new org.luoshi.normalize.Normalizer();
            org.luoshi.extract.DocumentExtractor x = new org.luoshi.extract.DocumentExtractor();
            List<org.luoshi.model.Extraction> records = new java.util.ArrayList<>();
            if (!order.equals("random") && !order.equals("file")) {
                System.err.println("luoshi bench link: --order is random or file, not '" + order + "'");
                return ExitCodes.USAGE;
            }
            boolean random = order.equals("random");
            org.luoshi.extract.InputReader.read(input, 1, random ? Integer.MAX_VALUE : max, d -> {
                try {
                    records.add(x.extract(n.normalize(d.source(), d.text()), d.published()));
                } catch (org.luoshi.normalize.UnreadableInputException e) {
                    // skipped: the benchmark measures linking
                }
            }, (source, reason) -> { });
            out.printf(Locale.ROOT, "%d documents extracted from %s%n", records.size(), input);
            for (org.luoshi.link.LinkBenchmark.Step s : new org.luoshi.link.LinkBenchmark().run(
                    records, start, 7, random).stream().filter(s -> s.documents() <= max).toList()) {
                out.printf(Locale.ROOT, "%6d documents %7d directives  %7.2f s  %6d relay links  %9d pairs  %8d alignments"
                                + "  per doubling beyond linear: time %s, alignments %s%n",
                        s.documents(), s.directives(), s.seconds(), s.links(), s.candidatePairs(), s.alignments(),
                        Double.isNaN(s.beyondLinear()) ? "-" : String.format(Locale.ROOT, "%.2fx", s.beyondLinear()),
                        Double.isNaN(s.alignmentsBeyondLinear()) ? "-" : String.format(Locale.ROOT, "%.2fx", s.alignmentsBeyondLinear()));
            }
            return ExitCodes.OK;
        }
    }
}
