package org.luoshi.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Search over an index of corpus/: filters and facet counts agree with the extraction output they came from. */
class SearchTest {
    @TempDir
    static Path dir;
    static List<Extraction> records = new ArrayList<>();
    static DirectiveSearcher searcher;

    @BeforeAll
    static void build() throws Exception {
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(dir.resolve("index"))) {
            for (Path p : TestCorpus.seeds()) {
                Extraction e = x.extract(n.normalize(p.toString(), Files.readAllBytes(p)), null);
                records.add(e);
                w.write(e, e.text());
            }
            w.commit();
        }
        searcher = new DirectiveSearcher(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    static long count(Predicate<Extraction> doc, Predicate<Directive> d) {
        return records.stream().filter(doc).flatMap(e -> e.directives().stream()).filter(d).count();
    }

    static SearchResult all(SearchRequest r) throws Exception {
        return searcher.search(r.withLimit(1000));
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameDirectives() throws Exception {
        for (String[] q : new String[][] {{"隐患排查", "隱患排查"}, {"安全生产责任", "安全生產責任"}, {"景文新", "景文新"}}) {
            SearchResult s = all(SearchRequest.of(q[0]));
            SearchResult t = all(SearchRequest.of(q[1]));
            assertTrue(s.total() > 0, q[0]);
            assertEquals(s.hits().stream().map(SearchHit::id).toList(), t.hits().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void everyFilterCountsWhatTheExtractionHas() throws Exception {
        SearchRequest any = SearchRequest.of("*");
        assertEquals(count(e -> true, d -> true), all(any).total());
        assertEquals(count(e -> "county".equals(e.doc().level()), d -> true), all(any.withLevel("county")).total());
        assertEquals(count(e -> e.doc().region().path().contains("德州市"), d -> true),
                all(new SearchRequest("*", null, "德州", null, null, null, null, null, null, 10, false)).total());
        assertEquals(count(e -> true, d -> d.sectors().contains("危险化学品")),
                all(new SearchRequest("*", null, null, null, null, "危险化学品", null, null, null, 10, false)).total());
        assertEquals(count(e -> true, d -> d.speaker() != null && d.speaker().name().equals("王儒林")),
                all(new SearchRequest("*", null, null, null, null, null, "王儒林", null, null, 10, false)).total());
        assertEquals(count(e -> true, d -> d.deadline() != null),
                all(new SearchRequest("*", null, null, null, null, null, null, "any", java.time.LocalDate.now(), 10, false)).total());
        assertEquals(count(e -> true, d -> d.deadline() == null),
                all(new SearchRequest("*", null, null, null, null, null, null, "none", java.time.LocalDate.now(), 10, false)).total());
        assertEquals(count(e -> e.doc().meetingDate() != null && e.doc().meetingDate().startsWith("2019"), d -> true)
                        + count(e -> e.doc().meetingDate() == null && e.doc().published() != null && e.doc().published().startsWith("2019"), d -> true),
                all(new SearchRequest("*", null, null, 2019, 2019, null, null, null, null, 10, false)).total());
        assertEquals(count(e -> true, d -> d.deadline() != null && d.deadline().value() != null
                        && d.deadline().value().matches("\\d{4}-.*") && d.deadline().value().compareTo("2030-01-01") < 0),
                all(new SearchRequest("*", null, null, null, null, null, null, "overdue", java.time.LocalDate.of(2030, 1, 1), 10, false)).total());
    }

    @Test
    void facetCountsAgreeWithTheExtraction() throws Exception {
        Map<String, Map<String, Integer>> f = all(SearchRequest.of("*")).facets();
        for (String level : List.of("county", "city", "province", "district", "township")) {
            assertEquals(count(e -> level.equals(e.doc().level()), d -> true), f.get("level").getOrDefault(level, 0).longValue(), level);
        }
        assertEquals(count(e -> true, d -> d.sectors().contains("综合")), f.get("sector").get("综合").longValue());
        assertEquals(count(e -> true, d -> d.speaker() != null && d.speaker().name().equals("景文新")), f.get("speaker").get("景文新").longValue());
        assertEquals(count(e -> e.doc().region().path().contains("山西省"), d -> true), f.get("region").get("山西省").longValue());
        assertEquals(count(e -> e.doc().region().path().contains("运城市"), d -> true), f.get("region").get("山西省/运城市").longValue());
    }

    @Test
    void highlightsMarkTheQueryWords() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("隐患排查"));
        assertFalse(r.hits().isEmpty());
        for (SearchHit h : r.hits()) {
            assertTrue(h.snippet().contains("【隐患】") || h.snippet().contains("【隐患排查】") || h.snippet().contains("【排查】"), h.snippet());
        }
        SearchHit name = searcher.search(SearchRequest.of("景文新")).hits().get(0);
        assertTrue(name.snippet().contains("【景文新】"), name.snippet());
    }

    @Test
    void documentsCanBeSearchedToo() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("运城").withDocuments(true));
        assertEquals(1, r.total());
        assertTrue(r.hits().get(0).source().contains("001_"));
    }

    @Test
    void aDocumentQueryIsTheExactStringInAnyScript() throws Exception {
        List<String> simplified = records.stream().map(e -> org.luoshi.nlp.ScriptConverter.get().toSimplified(e.text())).toList();
        // A string of the texts is found, in either script; its characters in another order are not.
        for (String[] q : new String[][] {{"安全生产", "安全生產"}, {"隐患排查", "隱患排查"}, {"景文新", "景文新"}}) {
            long inText = simplified.stream().filter(t -> t.contains(q[0])).count();
            assertTrue(inText > 0, q[0]);
            assertEquals(inText, all(SearchRequest.of(q[0]).withDocuments(true)).total(), q[0]);
            assertEquals(inText, all(SearchRequest.of(q[1]).withDocuments(true)).total(), q[1]);
            String reversed = new StringBuilder(q[0]).reverse().toString();
            assertEquals(simplified.stream().filter(t -> t.contains(reversed)).count(),
                    all(SearchRequest.of(reversed).withDocuments(true)).total(), reversed);
        }
        // One character is a query too.
        for (String c : List.of("矿", "煤", "县")) {
            assertEquals(simplified.stream().filter(t -> t.contains(c)).count(),
                    all(SearchRequest.of(c).withDocuments(true)).total(), c);
        }
        SearchHit hit = all(SearchRequest.of("景文新").withDocuments(true)).hits().get(0);
        assertTrue(hit.snippet().contains("【景文新】") || hit.snippet().contains("【景】【文】【新】"), hit.snippet());
    }

    @Test
    void aDocumentRecordComesBackWithItsTextAndAnOriginal(@TempDir Path tmp) throws Exception {
        Extraction e = records.get(0);
        Extraction other = records.get(1);
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(tmp)) {
            w.write(e, e.text());
            w.write(other, other.text());
            w.writeOriginal(other.doc().id(), "the decoded original");
            w.commit();
        }
        try (DirectiveSearcher s = new DirectiveSearcher(tmp)) {
            var rec = org.luoshi.model.Json.mapper().readTree(s.documentRecord(e.doc().id()));
            assertEquals(e.text(), rec.get("text").asText());
            assertEquals(e.directives().size(), rec.get("directives").size());
            assertEquals(e.text(), s.original(e.doc().id()), "no original stored: the text needed no normalization");
            assertEquals("the decoded original", s.original(other.doc().id()));
            assertEquals(null, s.original("no-such-document"));
            assertEquals(null, s.documentRecord("no-such-document"));
        }
    }

    @Test
    void badSyntaxSaysWhatAndWhere() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(SearchRequest.of("隐患 AND (排查")));
        assertTrue(e.getMessage().startsWith("bad query syntax"), e.getMessage());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void missingIndexNamesTheCommandThatBuildsIt() {
        MissingIndexException e = assertThrows(MissingIndexException.class, () -> new DirectiveSearcher(dir.resolve("nope/index")));
        assertTrue(e.getMessage().contains("./luoshi index"), e.getMessage());
    }

    @Test
    void indexingTheSameRecordsAgainChangesNothing() throws Exception {
        Path again = dir.resolve("again");
        for (int round = 0; round < 2; round++) {
            try (DirectiveIndexWriter w = new DirectiveIndexWriter(again)) {
                for (Extraction e : records) {
                    w.write(e, e.text());
                }
                w.commit();
            }
        }
        try (DirectiveSearcher s = new DirectiveSearcher(again)) {
            assertEquals(count(e -> true, d -> true), s.search(SearchRequest.of("*")).total());
        }
    }
}
