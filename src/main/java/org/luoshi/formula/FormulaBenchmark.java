package org.luoshi.formula;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.PhraseUses;
import org.luoshi.index.SearchBenchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Measures the report of a formula ({@link Formulas#report}: uses with dates and units, first uses with their
 * sentences, directives) beside a bare Lucene PhraseQuery for the same phrase on the document texts (top 10), in one
 * run, each phrase {@code rounds} times after one warm-up round; and the CPU time of the reports.
 */
public final class FormulaBenchmark {
    /** Latencies of full reports, of bare phrase queries, the reports' CPU time, and the documents the phrases hold in all. */
    public record Report(SearchBenchmark.Stats full, SearchBenchmark.Stats bare, SearchBenchmark.Stats fullCpu, long documents) {
    }

    private FormulaBenchmark() {
    }

    /**
     * @param phrases checked phrases ({@link Formulas#terms})
     * @param directives directives listed per report (as the page lists)
     */
    public static Report run(DirectiveSearcher s, List<String> phrases, int rounds, int directives) throws IOException {
        PhraseUses index = new PhraseUses(s);
        for (String p : phrases) {
            Formulas.report(s, p, directives);
            index.bareTop10(Formulas.terms(p));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = phrases.size() * rounds;
        long[] full = new long[n];
        long[] bare = new long[n];
        long[] cpu = new long[n];
        long documents = 0;
        long fullTotal = 0;
        long bareTotal = 0;
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String p : phrases) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                FormulaReport rep = Formulas.report(s, p, directives);
                long t1 = System.nanoTime();
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
                index.bareTop10(Formulas.terms(p));
                long t2 = System.nanoTime();
                full[i] = t1 - t0;
                bare[i] = t2 - t1;
                fullTotal += full[i];
                bareTotal += bare[i];
                documents += r == 0 ? rep.documents() : 0;
                i++;
            }
        }
        return new Report(SearchBenchmark.stats(full, fullTotal / 1e9), SearchBenchmark.stats(bare, bareTotal / 1e9),
                SearchBenchmark.stats(cpu, 0), documents);
    }
}
