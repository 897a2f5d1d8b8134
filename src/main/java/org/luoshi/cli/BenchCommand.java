package org.luoshi.cli;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code luoshi bench}: benchmarks, each measuring the product against a bare baseline in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each reports the product's figures beside a bare baseline measured in the same run.",
        subcommands = {BenchCommand.Search.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
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

        @Override
        public Integer call() throws IOException {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try (DirectiveSearcher s = new DirectiveSearcher(data.index())) {
                SearchBenchmark.Report r = new SearchBenchmark().run(s, queries, seed);
                out.printf(Locale.ROOT, "index %s: %d entries, %d query words%n", data.index(), s.searcher().getIndexReader().numDocs(), r.vocabulary());
                print(out, "full search (words+bigrams, filters, facets, highlight)", r.full());
                print(out, "bare TermQuery (same first word, top 10)", r.bareTermQuery());
                out.printf(Locale.ROOT, "ratio full/bare: p50 %.1fx, p95 %.1fx, throughput %.1fx lower%n",
                        r.full().p50Ms() / r.bareTermQuery().p50Ms(), r.full().p95Ms() / r.bareTermQuery().p95Ms(),
                        r.bareTermQuery().qps() / r.full().qps());
            } catch (MissingIndexException | QuerySyntaxException e) {
                System.err.println("luoshi bench search: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        }

        private static void print(PrintStream out, String name, SearchBenchmark.Stats s) {
            out.printf(Locale.ROOT, "%-58s %d queries  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  %.0f queries/s%n",
                    name, s.queries(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.qps());
        }
    }
}
