package org.luoshi.index;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.luoshi.model.Json;
import org.luoshi.nlp.ScriptConverter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the index: the query is parsed twice, against HanLP words and against character bigrams, and either
 * may match (words weigh more); filters narrow by level, region, years, sector, speaker and deadline. Returns the
 * top hits with a highlighted snippet (matched words in 【】) and facet counts over all hits. Opens a point-in-time
 * view of the last commit, so a writer committing meanwhile is never half seen.
 */
public final class DirectiveSearcher implements Closeable {
    public static final String MARK_OPEN = "【";
    public static final String MARK_CLOSE = "】";

    private final Directory dir;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer characters = Analyzers.characters();

    public DirectiveSearcher(Path indexDir) throws IOException, MissingIndexException {
        if (!Files.isDirectory(indexDir)) {
            throw new MissingIndexException(indexDir);
        }
        this.dir = FSDirectory.open(indexDir);
        if (!DirectoryReader.indexExists(dir)) {
            dir.close();
            throw new MissingIndexException(indexDir);
        }
        this.reader = DirectoryReader.open(dir);
        this.searcher = new IndexSearcher(reader);
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public SearchResult search(SearchRequest req) throws IOException, QuerySyntaxException {
        if (req.documents()) {
            return searchDocuments(req);
        }
        Query text = textQuery(req.query(), Fields.TEXT, words);
        Query main = text == null ? new MatchAllDocsQuery()
                : new BooleanQuery.Builder()
                        .add(new BoostQuery(text, 2f), BooleanClause.Occur.SHOULD)
                        .add(textQuery(req.query(), Fields.TEXT_BIGRAM, bigrams), BooleanClause.Occur.SHOULD)
                        .build();
        Query query = filtered(main, req);
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = FacetsCollector.search(searcher, query, Math.max(1, req.limit()), fc);
        List<SearchHit> hits = hits(top, text, req);
        return new SearchResult(req.query(), top.totalHits.value, hits, facets(fc));
    }

    /**
     * Documents: each word of the query as a phrase of characters against the full text (the exact string, after
     * Simplified folding), its bigrams against the title; snippets from the full text.
     */
    private SearchResult searchDocuments(SearchRequest req) throws IOException, QuerySyntaxException {
        Query body = textQuery(req.query(), Fields.DOC_TEXT, characters);
        Query main = body == null ? new MatchAllDocsQuery()
                : new BooleanQuery.Builder()
                        .add(body, BooleanClause.Occur.SHOULD)
                        .add(new BoostQuery(textQuery(req.query(), Fields.TITLE_BIGRAM, bigrams), 2f), BooleanClause.Occur.SHOULD)
                        .build();
        FacetsCollector fc = new FacetsCollector();
        TopDocs top = FacetsCollector.search(searcher, filtered(main, req), Math.max(1, req.limit()), fc);
        String[] snippets = new String[top.scoreDocs.length];
        if (body != null && top.scoreDocs.length > 0) {
            snippets = UnifiedHighlighter.builder(searcher, characters)
                    .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", false))
                    .withMaxLength(200_000)
                    .build()
                    .highlight(Fields.DOC_TEXT, body, top, 2);
        }
        List<SearchHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            Document d = stored.document(top.scoreDocs[i].doc);
            String snippet = snippets[i] != null ? snippets[i] : Snippets.markLiterally(d.get(Fields.DOC_TEXT), req.query(), 160);
            hits.add(new SearchHit(d.get(Fields.ID), top.scoreDocs[i].score, null, snippet, null, null, d.get(Fields.LEVEL),
                    d.get(Fields.REGION), d.get(Fields.DATE), d.get(Fields.DOC), d.get(Fields.TITLE), d.get(Fields.SOURCE), null));
        }
        return new SearchResult(req.query(), top.totalHits.value, hits, facets(fc));
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

    /** The stored fields of the entry of this id and kind, or null. */
    private Document entry(String id, String kind) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(term(Fields.ID, id), BooleanClause.Occur.FILTER)
                .add(term(Fields.KIND, kind), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    /** One directive by id (text, speaker, level, region, date, document), or null when the index has none. */
    public SearchHit directive(String id) throws IOException {
        Document d = entry(id, Fields.KIND_DIRECTIVE);
        if (d == null) {
            return null;
        }
        String type = d.get(Fields.DEADLINE);
        SearchHit.Deadline deadline = type == null || type.equals(Fields.NO_DEADLINE) ? null : new SearchHit.Deadline(type, d.get(Fields.DEADLINE_VALUE));
        return new SearchHit(id, 0f, d.get(Fields.TEXT), null, d.get(Fields.SPEAKER), d.get(Fields.SPEAKER_TITLE), d.get(Fields.LEVEL),
                d.get(Fields.REGION), d.get(Fields.DATE), d.get(Fields.DOC), d.get(Fields.TITLE), d.get(Fields.SOURCE), deadline);
    }

    /** The region code stored with a directive or document entry, or null. */
    public String regionCode(String id) throws IOException {
        TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.REGION_CODE);
    }

    /**
     * The decoded original text of a document as ingested (before normalization); the normalized text when no
     * original is stored (it is stored only where it differs); null when the index has no such document.
     */
    public String original(String docId) throws IOException {
        TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ORIGINAL_OF, docId)), 1);
        if (top.scoreDocs.length > 0) {
            return searcher.storedFields().document(top.scoreDocs[0].doc).get(Fields.ORIGINAL);
        }
        // No original stored: the decoded text needed no normalization, or the document predates stored originals.
        Document d = entry(docId, Fields.KIND_DOCUMENT);
        return d == null ? null : d.get(Fields.DOC_TEXT);
    }

    private Query textQuery(String q, String field, Analyzer analyzer) throws QuerySyntaxException {
        if (q == null || q.isBlank() || q.strip().equals("*")) {
            return null;
        }
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Characters are only meaningful in order: a word of the query is the phrase of its characters.
        if (analyzer == characters) {
            parser.setSplitOnWhitespace(true);
            parser.setAutoGeneratePhraseQueries(true);
        }
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            String first = e.getMessage().lines().findFirst().orElse("syntax error");
            throw new QuerySyntaxException("bad query syntax: " + first.replace("Cannot parse '" + q + "': ", ""));
        }
    }

    private Query filtered(Query main, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
        b.add(term(Fields.KIND, r.documents() ? Fields.KIND_DOCUMENT : Fields.KIND_DIRECTIVE), BooleanClause.Occur.FILTER);
        if (r.level() != null) {
            b.add(term(Fields.LEVEL, r.level()), BooleanClause.Occur.FILTER);
        }
        if (r.region() != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String name : RegionNames.expand(r.region())) {
                any.add(term(Fields.REGION_NAME, name), BooleanClause.Occur.SHOULD);
            }
            any.add(term(Fields.REGION_CODE, r.region()), BooleanClause.Occur.SHOULD);
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (r.fromYear() != null || r.toYear() != null) {
            b.add(IntPoint.newRangeQuery(Fields.YEAR, r.fromYear() == null ? Integer.MIN_VALUE : r.fromYear(),
                    r.toYear() == null ? Integer.MAX_VALUE : r.toYear()), BooleanClause.Occur.FILTER);
        }
        if (r.sector() != null) {
            b.add(term(Fields.SECTOR, r.sector()), BooleanClause.Occur.FILTER);
        }
        if (r.speaker() != null) {
            b.add(term(Fields.SPEAKER, ScriptConverter.get().toSimplified(r.speaker())), BooleanClause.Occur.FILTER);
        }
        if (r.deadline() != null) {
            switch (r.deadline()) {
                case "none" -> b.add(term(Fields.DEADLINE, Fields.NO_DEADLINE), BooleanClause.Occur.FILTER);
                case "any" -> {
                    b.add(term(Fields.DEADLINE, Fields.NO_DEADLINE), BooleanClause.Occur.MUST_NOT);
                }
                case "overdue" -> b.add(LongPoint.newRangeQuery(Fields.DEADLINE_DAY, Long.MIN_VALUE, r.asOf().toEpochDay() - 1),
                        BooleanClause.Occur.FILTER);
                case "date", "before_event", "recurring", "immediate" -> b.add(term(Fields.DEADLINE, r.deadline()), BooleanClause.Occur.FILTER);
                default -> throw new IllegalArgumentException("deadline filter is any, overdue, none or a deadline type "
                        + "(date, before_event, recurring, immediate), not " + r.deadline());
            }
        }
        return b.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private List<SearchHit> hits(TopDocs top, Query text, SearchRequest req) throws IOException {
        String[] snippets = new String[top.scoreDocs.length];
        if (text != null && top.scoreDocs.length > 0) {
            UnifiedHighlighter h = UnifiedHighlighter.builder(searcher, words)
                    .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", false))
                    .withMaxLength(20_000)
                    .withBreakIterator(req.documents() ? () -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.CHINESE)
                            : org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                    .build();
            snippets = h.highlight(Fields.TEXT, text, top, req.documents() ? 2 : 1);
        }
        List<SearchHit> out = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            String body = d.get(Fields.TEXT);
            String snippet = snippets[i] != null && snippets[i].contains(MARK_OPEN) ? snippets[i] : Snippets.markLiterally(body, req.query(), req.documents() ? 160 : 400);
            String type = d.get(Fields.DEADLINE);
            SearchHit.Deadline deadline = type == null || type.equals(Fields.NO_DEADLINE) ? null
                    : new SearchHit.Deadline(type, d.get(Fields.DEADLINE_VALUE));
            out.add(new SearchHit(d.get(Fields.ID), sd.score, req.documents() ? null : body, snippet, d.get(Fields.SPEAKER),
                    d.get(Fields.SPEAKER_TITLE), d.get(Fields.LEVEL), d.get(Fields.REGION), d.get(Fields.DATE), d.get(Fields.DOC),
                    d.get(Fields.TITLE), d.get(Fields.SOURCE), deadline));
        }
        return out;
    }

    private Map<String, Map<String, Integer>> facets(FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
        } catch (IllegalArgumentException e) {
            return out; // no facet fields indexed yet
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
        java.util.Set<String> present = new java.util.HashSet<>();
        state.getDims().forEach(present::add);
        for (String dim : Fields.FACETS) {
            if (!present.contains(dim)) {
                out.put(dim, new LinkedHashMap<>());
                continue;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            FacetResult r = top(facets, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    counts.put(lv.label, lv.value.intValue());
                    if (dim.equals(Fields.REGION)) {
                        FacetResult sub = top(facets, dim, lv.label);
                        if (sub != null) {
                            for (LabelAndValue c : sub.labelValues) {
                                counts.put(lv.label + "/" + c.label, c.value.intValue());
                            }
                        }
                    }
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    private static FacetResult top(Facets facets, String dim, String... path) throws IOException {
        try {
            return facets.getTopChildren(20, dim, path);
        } catch (IllegalArgumentException e) {
            return null; // the dimension has no values in this index
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
