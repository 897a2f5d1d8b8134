package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.luoshi.nlp.ScriptConverter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a phrase (a policy formula) occurs in the index, read from positions and doc values, never from the stored
 * texts: every document whose text holds it ({@link Fields#DOC_TEXT}, single characters with positions) with its id
 * ({@link Fields#ID_SORT}), date ({@link Fields#PUBLISHED_SORT}, else {@link Fields#DATE_SORT}) and unit (level and
 * region from the facet ordinals); the directives that hold it ({@link Fields#TEXT_CHAR}). A phrase is matched as its
 * characters in a row with anything but letters and digits between them, as the character analysis drops
 * punctuation and spaces: {@code 党政同责、一岗双责}, {@code 党政同责 一岗双责} and {@code “党政同责”“一岗双责”} are one phrase;
 * Traditional is folded to Simplified. Stored fields are read only for the few documents shown (title, sentence).
 */
public final class PhraseUses {
    /** The most characters (terms) a phrase may have. */
    public static final int MAX_TERMS = 64;
    private static final Analyzer CHARACTERS = Analyzers.characters();
    private static final String FACETS = new FacetsConfig().getDimConfig(Fields.LEVEL).indexFieldName;

    /**
     * One document holding the phrase: its id, its date as {@code yyyymmdd} (month or day 00 when not known; 0 when
     * undated), its level code and its region path ({@code 省/市/县}), each null when not known.
     */
    public record Use(String doc, int date, String level, String region) {
    }

    /** The directives holding a phrase: how many, and the first of them, oldest first, with the phrase highlighted. */
    public record Directives(long total, List<SearchHit> hits) {
    }

    /** A document as a first use shows it: title, source, and the sentence where the phrase first occurs (or null). */
    public record Sighting(String title, String source, String sentence) {
    }

    private final DirectiveSearcher searcher;

    public PhraseUses(DirectiveSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * The phrase as the index reads it: its Simplified characters (and whole Latin words and numbers, lower-cased),
     * spaces and punctuation left out; empty when it has none.
     */
    public static List<String> terms(String phrase) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = CHARACTERS.tokenStream(Fields.DOC_TEXT, phrase)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a string reader does not fail
        }
        return out;
    }

    /**
     * Every document holding the phrase of {@code terms} (from {@link #terms}), in index order.
     *
     * @throws IllegalArgumentException no terms, or more than {@value #MAX_TERMS}
     */
    public List<Use> documents(List<String> terms) throws IOException {
        return searcher.searcher().search(phrase(Fields.DOC_TEXT, terms), new UseCollectorManager());
    }

    /** The baseline of {@code bench formulas}: a bare Lucene PhraseQuery on the document texts, its top 10 by relevance and total. */
    public long bareTop10(List<String> terms) throws IOException {
        return searcher.searcher().search(phrase(Fields.DOC_TEXT, terms), 10).totalHits.value;
    }

    /** How many directives hold the phrase ({@link Fields#TEXT_CHAR}). */
    public long directiveCount(List<String> terms) throws IOException {
        return searcher.searcher().count(phrase(Fields.TEXT_CHAR, terms));
    }

    /** The directives holding the phrase: their number and the first {@code limit} by date (publication, else meeting), oldest first. */
    public Directives directives(List<String> terms, int limit) throws IOException {
        Query q = phrase(Fields.TEXT_CHAR, terms);
        SortField date = new SortField(Fields.PUBLISHED_SORT, SortField.Type.LONG);
        date.setMissingValue(Long.MAX_VALUE);
        TopFieldDocs top = searcher.searcher().search(q, Math.max(1, limit), new Sort(date, new SortField(Fields.ID_SORT, SortField.Type.STRING)));
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.searcher().storedFields();
        for (int i = 0; i < top.scoreDocs.length && i < limit; i++) {
            Document d = stored.document(top.scoreDocs[i].doc);
            String text = d.get(Fields.TEXT);
            hits.add(DirectiveSearcher.hit(d, 0f, new Highlights.Excerpt(text, find(text, terms))));
        }
        return new Directives(directiveCount(terms), hits);
    }

    /** Title, source and the sentence of the first occurrence of the phrase in document {@code docId}; null when not indexed. */
    public Sighting sighting(String docId, List<String> terms) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, docId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                .build();
        var top = searcher.searcher().search(q, 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        Document d = searcher.searcher().storedFields().document(top.scoreDocs[0].doc);
        String text = d.get(Fields.DOC_TEXT);
        List<int[]> at = find(text, terms);
        return new Sighting(d.get(Fields.TITLE), d.get(Fields.SOURCE), at.isEmpty() ? null : sentence(text, at.get(0)));
    }

    /**
     * Every document dated from {@code from} to {@code to} ({@code yyyymmdd}, inclusive, as {@link Use#date}) with its
     * normalized text, in index order: the texts formulas are mined from.
     */
    public void texts(int from, int to, BiConsumer<String, String> sink) throws IOException {
        UseCollectorManager all = new UseCollectorManager();
        searcher.searcher().search(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), all);
        var stored = searcher.searcher().storedFields();
        java.util.Set<String> field = java.util.Set.of(Fields.DOC_TEXT);
        for (UseCollector c : all.collectors) {
            for (int i = 0; i < c.uses.size(); i++) {
                Use u = c.uses.get(i);
                if (u.date() >= from && u.date() <= to) {
                    sink.accept(u.doc(), stored.document(c.docs.get(i), field).get(Fields.DOC_TEXT));
                }
            }
        }
    }

    /**
     * The {@code [start, end)} offsets of every occurrence of the phrase in {@code text}, as the index matches it
     * (Traditional folded, case ignored, anything but letters and digits allowed between its characters).
     */
    public static List<int[]> find(String text, List<String> terms) {
        List<int[]> out = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return out;
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(ScriptConverter.get().toSimplified(text.charAt(i)));
        }
        StringBuilder re = new StringBuilder();
        for (String t : terms) {
            if (re.length() > 0) {
                re.append("[^\\p{L}\\p{N}]*");
            }
            re.append(Pattern.quote(t));
        }
        Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(folded);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The sentence around {@code [start, end)}: from after the last 。！？；or line end before it to the next one (included). */
    static String sentence(String text, int[] at) {
        int s = at[0];
        while (s > 0 && "。！？；\n".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        int e = at[1];
        while (e < text.length() && "。！？；\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        if (e < text.length() && text.charAt(e) != '\n') {
            e++;
        }
        return text.substring(s, e).strip();
    }

    private static Query phrase(String field, List<String> terms) {
        if (terms.isEmpty() || terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a phrase has 1 to " + MAX_TERMS + " terms, not " + terms.size());
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String t : terms) {
            b.add(new Term(field, t));
        }
        return b.build();
    }

    /** Collects a {@link Use} per hit from doc values, one list per segment, concatenated in index order. */
    private static final class UseCollectorManager implements CollectorManager<UseCollector, List<Use>> {
        final List<UseCollector> collectors = new ArrayList<>();

        @Override
        public synchronized UseCollector newCollector() {
            UseCollector c = new UseCollector();
            collectors.add(c);
            return c;
        }

        @Override
        public List<Use> reduce(java.util.Collection<UseCollector> collectors) {
            List<Use> out = new ArrayList<>();
            collectors.forEach(c -> out.addAll(c.uses));
            return out;
        }
    }

    private static final class UseCollector implements Collector {
        final List<Use> uses = new ArrayList<>();
        /** The index-wide Lucene id of each use. */
        final List<Integer> docs = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var reader = context.reader();
            SortedDocValues ids = DocValues.getSorted(reader, Fields.ID_SORT);
            NumericDocValues published = DocValues.getNumeric(reader, Fields.PUBLISHED_SORT);
            NumericDocValues dated = DocValues.getNumeric(reader, Fields.DATE_SORT);
            SortedSetDocValues facets = DocValues.getSortedSet(reader, FACETS);
            Map<Long, String[]> labels = new HashMap<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
                    int date = published.advanceExact(doc) ? (int) published.longValue() : dated.advanceExact(doc) ? (int) dated.longValue() : 0;
                    String level = null;
                    String region = null;
                    if (facets.advanceExact(doc)) {
                        for (int i = 0; i < facets.docValueCount(); i++) {
                            long ord = facets.nextOrd();
                            String[] path = labels.get(ord);
                            if (path == null) {
                                path = FacetsConfig.stringToPath(facets.lookupOrd(ord).utf8ToString());
                                labels.put(ord, path);
                            }
                            if (path[0].equals(Fields.LEVEL) && path.length == 2) {
                                level = path[1];
                            } else if (path[0].equals(Fields.REGION) && path.length > 1) {
                                String p = String.join("/", java.util.Arrays.copyOfRange(path, 1, path.length));
                                if (region == null || p.length() > region.length()) {
                                    region = p;
                                }
                            }
                        }
                    }
                    uses.add(new Use(id, date, level, region));
                    docs.add(context.docBase + doc);
                }
            };
        }
    }
}
