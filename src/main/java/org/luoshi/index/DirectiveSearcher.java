package org.luoshi.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.luoshi.model.Json;
import org.luoshi.nlp.ScriptConverter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Searches the index: the query ({@link QueryText}) is parsed against HanLP words and against character bigrams,
 * and either may match (words weigh more; a one-character term is looked up among single characters); filters narrow
 * by level, region, years, sector, speaker and deadline. Returns one page of hits in the order asked (relevance,
 * newest, oldest) with highlight offsets, the cursor of the next page and facet counts over all hits
 * ({@link FacetCounts}). Sees one commit for its whole life: opened on a directory ({@link #DirectiveSearcher(Path)})
 * or handed out by a {@link LiveIndex}.
 */
public final class DirectiveSearcher implements Closeable {
    /** Hits walked per step when skipping an offset or exporting a whole result set. */
    static final int CHUNK = 5_000;
    private static final Analyzer WORDS = Analyzers.words();
    private static final Analyzer BIGRAMS = Analyzers.bigrams();
    private static final Analyzer CHARACTERS = Analyzers.characters();

    private final FacetSearcher searcher;
    private final Runnable release;

    /** Opens the last commit of the index in {@code indexDir}; close it when done. */
    public DirectiveSearcher(Path indexDir) throws IOException, MissingIndexException {
        Directory dir = IndexLocation.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(dir);
        this.searcher = new FacetSearcher(reader);
        this.release = () -> {
            try {
                reader.close();
                dir.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    DirectiveSearcher(FacetSearcher searcher, Runnable release) {
        this.searcher = searcher;
        this.release = release;
    }

    public org.apache.lucene.search.IndexSearcher searcher() {
        return searcher;
    }

    /** The schema version the index was written with ({@link Fields#SCHEMA}; 0 for indexes older than versions). */
    public int schema() {
        return searcher.schema;
    }

    /**
     * One page of hits with facet counts over all of them.
     *
     * @throws QuerySyntaxException the query cannot be read ({@link QueryTooComplexException}: beyond the budget)
     * @throws IllegalArgumentException an {@code after} cursor that is not one of this order's
     */
    public SearchResult search(SearchRequest req) throws IOException, QuerySyntaxException {
        Parsed p = parse(req);
        Query query = filtered(p.main, req);
        Sort sort = sort(req.sort());
        FieldDoc after = req.after() != null ? Cursor.decode(req.after(), req.sort()) : skip(query, sort, req.offset());
        long offset = req.after() != null ? -1 : req.offset();
        FacetsCollector fc = new FacetsCollector();
        TopFieldDocs top = (TopFieldDocs) FacetsCollector.searchAfter(searcher, after, query, Math.max(1, req.limit()), sort, true, fc);
        long total = top.totalHits.value;
        List<SearchHit> hits = hits(top.scoreDocs, p, req, true);
        String next = null;
        if (top.scoreDocs.length > 0 && (offset < 0 || offset + top.scoreDocs.length < total) && top.scoreDocs.length == Math.max(1, req.limit())) {
            next = Cursor.encode((FieldDoc) top.scoreDocs[top.scoreDocs.length - 1], req.sort());
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        java.util.Set<String> filteredDims = req.filteredDimensions();
        org.apache.lucene.facet.Facets counted = FacetCounts.counted(searcher.state, fc);
        for (String dim : FacetCounts.dimensions(req.documents())) {
            if (filteredDims.contains(dim)) {
                // Counted as if this dimension were not filtered: its other values can be added to the filter.
                Query sideways = filtered(p.main, req.without(dim));
                FacetsCollector other = searcher.search(sideways, new FacetsCollectorManager());
                long n = other.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
                facets.put(dim, FacetCounts.count(searcher.dims, FacetCounts.counted(searcher.state, other), n, dim));
            } else {
                facets.put(dim, FacetCounts.count(searcher.dims, counted, total, dim));
            }
        }
        return new SearchResult(req.query(), req.sort().name(), total, offset, next, hits, facets);
    }

    /**
     * Every hit of a search in its order, without facets, one chunk at a time (an export of a whole result set);
     * the hits carry their whole text (documents: the start of it) with literal highlights.
     *
     * @return the number of hits handed to {@code sink}
     */
    public long export(SearchRequest req, Consumer<SearchHit> sink) throws IOException, QuerySyntaxException {
        Parsed p = parse(req);
        Query query = filtered(p.main, req);
        Sort sort = sort(req.sort());
        FieldDoc after = null;
        long n = 0;
        while (true) {
            TopFieldDocs top = searcher.searchAfter(after, query, CHUNK, sort, true);
            for (SearchHit h : hits(top.scoreDocs, p, req, false)) {
                sink.accept(h);
                n++;
            }
            if (top.scoreDocs.length < CHUNK) {
                return n;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
        }
    }

    /** The main query of a request: words and bigrams (directives), or characters and title bigrams (documents). */
    private record Parsed(Query main, Query highlight) {
    }

    private Parsed parse(SearchRequest req) throws QuerySyntaxException {
        if (QueryText.isAll(req.query())) {
            return new Parsed(new MatchAllDocsQuery(), null);
        }
        if (req.documents()) {
            Query body = QueryText.parse(req.query(), Fields.DOC_TEXT, CHARACTERS, true);
            Query title = QueryText.parse(req.query(), Fields.TITLE_BIGRAM, BIGRAMS, false);
            return new Parsed(new BooleanQuery.Builder()
                    .add(body, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(title, 2f), BooleanClause.Occur.SHOULD)
                    .build(), body);
        }
        Query words = QueryText.parse(req.query(), Fields.TEXT, WORDS, false);
        Query bigrams = singleCharacters(QueryText.parse(req.query(), Fields.TEXT_BIGRAM, BIGRAMS, false));
        return new Parsed(new BooleanQuery.Builder()
                .add(new BoostQuery(words, 2f), BooleanClause.Occur.SHOULD)
                .add(bigrams, BooleanClause.Occur.SHOULD)
                .build(), words);
    }

    /**
     * The bigram query with each one-character term (a lone Han character has no bigram) asked of the single
     * characters of {@link Fields#TEXT_CHAR} instead: {@code 煤} finds 煤矿 and 原煤.
     */
    private static Query singleCharacters(Query q) {
        if (q instanceof TermQuery t && t.getTerm().field().equals(Fields.TEXT_BIGRAM) && t.getTerm().text().codePointCount(0, t.getTerm().text().length()) == 1) {
            return new TermQuery(new Term(Fields.TEXT_CHAR, t.getTerm().text()));
        }
        if (q instanceof BoostQuery b) {
            return new BoostQuery(singleCharacters(b.getQuery()), b.getBoost());
        }
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(singleCharacters(c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return q;
    }

    private static Sort sort(SearchRequest.Sort s) {
        SortField id = new SortField(Fields.ID_SORT, SortField.Type.STRING);
        return switch (s) {
            case relevance -> new Sort(SortField.FIELD_SCORE, id);
            case newest -> new Sort(date(true), id);
            case oldest -> new Sort(date(false), id);
        };
    }

    /** Hits without a sortable date last, in either direction. */
    private static SortField date(boolean newestFirst) {
        SortField f = new SortField(Fields.DATE_SORT, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    /** The last hit before {@code offset}, walked to in chunks; null for offset 0. */
    private FieldDoc skip(Query query, Sort sort, int offset) throws IOException {
        FieldDoc after = null;
        for (int left = offset; left > 0; ) {
            TopFieldDocs top = searcher.searchAfter(after, query, Math.min(left, CHUNK), sort, true);
            if (top.scoreDocs.length == 0) {
                break;
            }
            after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
            left -= top.scoreDocs.length;
        }
        return after;
    }

    private List<SearchHit> hits(ScoreDoc[] docs, Parsed p, SearchRequest req, boolean highlight) throws IOException {
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
        String field = req.documents() ? Fields.DOC_TEXT : Fields.TEXT;
        Highlights.Excerpt[] excerpts = highlight
                ? Highlights.of(searcher, req.documents() ? CHARACTERS : WORDS, field, p.highlight, ids, !req.documents(), 2)
                : new Highlights.Excerpt[ids.length];
        List<SearchHit> out = new ArrayList<>(ids.length);
        var stored = searcher.storedFields();
        for (int i = 0; i < ids.length; i++) {
            Document d = stored.document(ids[i]);
            Highlights.Excerpt e = excerpts[i] != null ? excerpts[i]
                    : Highlights.literal(d.get(field), req.query(), req.documents() ? 160 : Integer.MAX_VALUE);
            out.add(hit(d, docs[i].score, e));
        }
        return out;
    }

    static SearchHit hit(Document d, float score, Highlights.Excerpt e) {
        String id = d.get(Fields.ID);
        boolean directive = Fields.KIND_DIRECTIVE.equals(d.get(Fields.KIND));
        String type = d.get(Fields.DEADLINE);
        SearchHit.Deadline deadline = type == null || type.equals(Fields.NO_DEADLINE) ? null : new SearchHit.Deadline(type, d.get(Fields.DEADLINE_VALUE),
                d.get(Fields.DEADLINE_INFERRED));
        Integer ordinal = null;
        int hash = id.indexOf('#');
        if (directive && hash > 0) {
            try {
                ordinal = Integer.valueOf(id.substring(hash + 1));
            } catch (NumberFormatException ex) {
                ordinal = null;
            }
        }
        return new SearchHit(id, d.get(Fields.KIND), Float.isNaN(score) ? 0f : score, e.text(), e.marks(), d.get(Fields.SPEAKER),
                d.get(Fields.SPEAKER_TITLE), d.get(Fields.LEVEL), d.get(Fields.REGION), d.get(Fields.DATE), d.get(Fields.DOC),
                d.get(Fields.TITLE), d.get(Fields.SOURCE), ordinal, directive ? Arrays.asList(d.getValues(Fields.SECTOR)) : List.of(),
                deadline);
    }

    /** The extraction record (JSON, with its text) of a document, or null when the index has no such document. */
    public String documentRecord(String docId) throws IOException {
        Document d = entry(docId, Fields.KIND_DOCUMENT);
        if (d == null) {
            return null;
        }
        ObjectNode rec = (ObjectNode) Json.mapper().readTree(d.get(Fields.RECORD));
        rec.put("text", d.get(Fields.DOC_TEXT));
        return Json.mapper().writeValueAsString(rec);
    }

    /**
     * The current id of the document read from {@code source} (a path as ingested), or null: the target of a
     * permalink, which outlives the content-hash id when the source is corrected.
     */
    public String documentOfSource(String source) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(term(Fields.SOURCE, source), BooleanClause.Occur.FILTER)
                .add(term(Fields.KIND, Fields.KIND_DOCUMENT), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ID);
    }

    /** The stored fields of the entry of this id and kind, or null. */
    private Document entry(String id, String kind) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(term(Fields.ID, id), BooleanClause.Occur.FILTER)
                .add(term(Fields.KIND, kind), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    /** One directive by id (its whole text, speaker, level, region, date, document), or null when the index has none. */
    public SearchHit directive(String id) throws IOException {
        Document d = entry(id, Fields.KIND_DIRECTIVE);
        return d == null ? null : hit(d, 0f, new Highlights.Excerpt(d.get(Fields.TEXT), List.of()));
    }

    /** The region code stored with a directive or document entry, or null. */
    public String regionCode(String id) throws IOException {
        TopDocs top = searcher.search(term(Fields.ID, id), 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.REGION_CODE);
    }

    /**
     * The decoded original text of a document as ingested (before normalization); the normalized text when no
     * original is stored (it is stored only where it differs); null when the index has no such document.
     */
    public String original(String docId) throws IOException {
        TopDocs top = searcher.search(term(Fields.ORIGINAL_OF, docId), 1);
        if (top.scoreDocs.length > 0) {
            return searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ORIGINAL);
        }
        // No original stored: the decoded text needed no normalization, or the document predates stored originals.
        Document d = entry(docId, Fields.KIND_DOCUMENT);
        return d == null ? null : d.get(Fields.DOC_TEXT);
    }

    private Query filtered(Query main, SearchRequest r) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        b.add(term(Fields.KIND, r.documents() ? Fields.KIND_DOCUMENT : Fields.KIND_DIRECTIVE), BooleanClause.Occur.FILTER);
        if (!r.levels().isEmpty()) {
            b.add(anyOf(Fields.LEVEL, r.levels()), BooleanClause.Occur.FILTER);
        }
        if (!r.regions().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String region : r.regions()) {
                if (region.equals(Fields.UNKNOWN)) {
                    any.add(missing(Fields.REGION_NAME), BooleanClause.Occur.SHOULD);
                    continue;
                }
                for (String name : RegionNames.expand(region)) {
                    any.add(term(Fields.REGION_NAME, name), BooleanClause.Occur.SHOULD);
                }
                any.add(term(Fields.REGION_CODE, region), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (r.fromYear() != null || r.toYear() != null) {
            b.add(IntPoint.newRangeQuery(Fields.YEAR, r.fromYear() == null ? Integer.MIN_VALUE : r.fromYear(),
                    r.toYear() == null ? Integer.MAX_VALUE : r.toYear()), BooleanClause.Occur.FILTER);
        }
        if (!r.sectors().isEmpty()) {
            b.add(anyOf(Fields.SECTOR, r.sectors().stream().map(s -> ScriptConverter.get().toSimplified(s)).toList()), BooleanClause.Occur.FILTER);
        }
        if (!r.speakers().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String s : r.speakers()) {
                names.addAll(s.equals(Fields.UNKNOWN) ? List.of(s) : SpeakerNames.resolve(searcher.getIndexReader(), s));
            }
            b.add(anyOf(Fields.SPEAKER, names), BooleanClause.Occur.FILTER);
        }
        if (!r.deadlines().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String d : r.deadlines()) {
                any.add(deadline(d, r), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Any of the values of a keyword field; {@link Fields#UNKNOWN} for entries without one. */
    private static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(v.equals(Fields.UNKNOWN) ? missing(field) : term(field, v), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Entries with no term in a keyword field. */
    private static Query missing(String field) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new TermRangeQuery(field, null, null, true, true), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private static Query deadline(String d, SearchRequest r) {
        return switch (d) {
            case "none" -> term(Fields.DEADLINE, Fields.NO_DEADLINE);
            case "any" -> new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                    .add(term(Fields.DEADLINE, Fields.NO_DEADLINE), BooleanClause.Occur.MUST_NOT)
                    .build();
            case "overdue" -> LongPoint.newRangeQuery(Fields.DEADLINE_DAY, Long.MIN_VALUE, r.asOf().toEpochDay() - 1);
            case "date", "before_event", "recurring", "immediate" -> term(Fields.DEADLINE, d);
            default -> throw new IllegalArgumentException("期限筛选只能是 " + SearchRequest.DEADLINE_FILTERS + " 之一，不是 " + d);
        };
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    /** Hands the reader back (to its LiveIndex) or closes it (opened on a directory). */
    @Override
    public void close() {
        release.run();
    }
}
