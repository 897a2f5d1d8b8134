package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.luoshi.nlp.Segmenter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Measures search latency on an index's own vocabulary: N queries (single words, two-word phrases, and either
 * with a level filter), each run through the full search (parse, filters, facets, highlights) and, in the same
 * run, a bare Lucene {@code TermQuery} on the query's first word. Reports percentiles and queries per second.
 * The same queries can be run as document searches instead.
 */
public final class SearchBenchmark {
    public record Stats(int queries, double p50Ms, double p95Ms, double p99Ms, double qps) {
    }

    /**
     * {@code fullCpu}: the CPU time of the searching thread per full search, which on a machine shared with other
     * work tells the search's own cost apart from the time it waited for a core.
     */
    public record Report(Stats full, Stats bareTermQuery, Stats fullCpu, int vocabulary) {
    }

    public Report run(DirectiveSearcher s, int n, long seed) throws IOException, QuerySyntaxException {
        return run(s, n, seed, false);
    }

    /**
     * @param documents search documents (their whole texts and titles) instead of directives; the bare baseline is
     *     then a TermQuery on the first term the document-text analysis gives for the query's first word
     */
    public Report run(DirectiveSearcher s, int n, long seed, boolean documents) throws IOException, QuerySyntaxException {
        List<String[]> queries = draw(s, n, seed);
        List<String> vocab = vocabulary(s);
        int warm = Math.max(1, n / 10);
        if (documents) {
            Analyzer analysis = Analyzers.perField();
            for (String[] q : queries) {
                q[1] = firstTerm(analysis, q[1]);
            }
        }
        String bareField = documents ? Fields.DOC_TEXT : Fields.TEXT;
        for (int i = 0; i < warm; i++) {
            s.search(SearchRequest.of(queries.get(i)[0]).withDocuments(documents));
            s.searcher().search(new TermQuery(new Term(bareField, queries.get(i)[1])), 10);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] full = new long[n];
        long[] cpu = new long[n];
        long[] bare = new long[n];
        long fullTotal = 0;
        long bareTotal = 0;
        for (int i = 0; i < n; i++) {
            String[] q = queries.get(i);
            SearchRequest req = request(q).withDocuments(documents);
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            s.search(req);
            long t1 = System.nanoTime();
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            s.searcher().search(new TermQuery(new Term(bareField, q[1])), 10);
            long t2 = System.nanoTime();
            full[i] = t1 - t0;
            bare[i] = t2 - t1;
            fullTotal += full[i];
            bareTotal += bare[i];
        }
        return new Report(stats(full, fullTotal), stats(bare, bareTotal), stats(cpu, 0), vocab.size());
    }

    /**
     * The benchmark's queries as searches: N words of the index's own vocabulary (every fourth two words, every
     * fourth a two-word phrase), every other one with a level filter. The same for {@code bench search} and
     * {@code bench web}.
     */
    public static List<SearchRequest> requests(DirectiveSearcher s, int n, long seed) throws IOException {
        List<SearchRequest> out = new ArrayList<>();
        for (String[] q : draw(s, n, seed)) {
            out.add(request(q));
        }
        return out;
    }

    private static final String[] LEVELS = {"national", "province", "city", "county", "district", "township"};

    private static SearchRequest request(String[] q) {
        SearchRequest req = SearchRequest.of(q[0]);
        return q[2].isEmpty() ? req : req.withLevel(q[2]);
    }

    /** Per query: the query text, its first word (for the bare TermQuery), the level filter or "". */
    private static List<String[]> draw(DirectiveSearcher s, int n, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> vocab = vocabulary(s);
        if (vocab.isEmpty()) {
            throw new IllegalStateException("the index has no words to draw queries from");
        }
        Segmenter segmenter = Segmenter.standard();
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = vocab.get(random.nextInt(vocab.size()));
            String q = w;
            if (i % 4 == 1) {
                String w2 = vocab.get(random.nextInt(vocab.size()));
                q = w + " " + w2;
            } else if (i % 4 == 2) {
                List<Segmenter.Token> t = segmenter.segment(w + vocab.get(random.nextInt(vocab.size())));
                q = "\"" + String.join("", t.stream().map(Segmenter.Token::word).toList()) + "\"";
            }
            queries.add(new String[] {q, w, i % 2 == 1 ? LEVELS[i % LEVELS.length] : ""});
        }
        return queries;
    }

    /** Percentiles and rate of a set of latencies (ns); {@code seconds} the wall time they took (0: their sum). */
    public static Stats stats(long[] nanos, double seconds) {
        long total = 0;
        for (long x : nanos) {
            total += x;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double wall = seconds > 0 ? seconds : total / 1e9;
        return new Stats(nanos.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), nanos.length / wall);
    }

    private static String firstTerm(Analyzer analysis, String word) throws IOException {
        try (TokenStream ts = analysis.tokenStream(Fields.DOC_TEXT, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : word;
            while (ts.incrementToken()) {
                // drain: a token stream is consumed to its end before it is closed
            }
            ts.end();
            return first;
        }
    }

    private static Stats stats(long[] nanos, long total) {
        return stats(nanos, total / 1e9);
    }

    private static double pct(long[] sorted, int p) {
        int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static List<String> vocabulary(DirectiveSearcher s) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(s.searcher().getIndexReader(), Fields.TEXT);
        if (terms == null) {
            return out;
        }
        TermsEnum te = terms.iterator();
        BytesRef b;
        while ((b = te.next()) != null) {
            String t = b.utf8ToString();
            if (te.docFreq() >= 2 && t.length() >= 2 && t.codePoints().allMatch(Character::isIdeographic)) {
                out.add(t);
            }
        }
        return out;
    }
}
