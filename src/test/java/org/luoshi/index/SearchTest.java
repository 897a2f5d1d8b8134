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

    /** The highlighted stretches of a hit's text. */
    static List<String> marked(SearchHit h) {
        return h.highlights().stream().map(m -> h.text().substring(m[0], m[1])).toList();
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
                all(any.withRegions(List.of("德州"))).total());
        assertEquals(count(e -> true, d -> d.sectors().contains("危险化学品")),
                all(any.withSectors(List.of("危险化学品"))).total());
        assertEquals(count(e -> true, d -> d.speaker() != null && d.speaker().name().equals("王儒林")),
                all(any.withSpeakers(List.of("王儒林"))).total());
        assertEquals(count(e -> true, d -> d.deadline() != null),
                all(any.withDeadlines(List.of("any"), java.time.LocalDate.now())).total());
        assertEquals(count(e -> true, d -> d.deadline() == null),
                all(any.withDeadlines(List.of("none"), java.time.LocalDate.now())).total());
        assertEquals(count(e -> e.doc().meetingDate() != null && e.doc().meetingDate().startsWith("2019"), d -> true)
                        + count(e -> e.doc().meetingDate() == null && e.doc().published() != null && e.doc().published().startsWith("2019"), d -> true),
                all(any.withYears(2019, 2019)).total());
        assertEquals(count(e -> true, d -> d.deadline() != null && d.deadline().value() != null
                        && d.deadline().value().matches("\\d{4}-.*") && d.deadline().value().compareTo("2030-01-01") < 0),
                all(any.withDeadlines(List.of("overdue"), java.time.LocalDate.of(2030, 1, 1))).total());
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
            List<String> marked = marked(h);
            assertFalse(marked.isEmpty(), h.text());
            assertTrue(marked.stream().allMatch(m -> m.equals("隐患") || m.equals("隐患排查") || m.equals("排查")), marked.toString());
        }
        SearchHit name = searcher.search(SearchRequest.of("景文新")).hits().get(0);
        assertTrue(marked(name).contains("景文新"), marked(name).toString());
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
        assertTrue(String.join("", marked(hit)).contains("景文新"), marked(hit).toString());
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
        assertTrue(e.getMessage().startsWith("查询语法有误"), e.getMessage());
        assertTrue(e.getMessage().contains("列"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void missingIndexNamesTheCommandThatBuildsIt() {
        MissingIndexException e = assertThrows(MissingIndexException.class, () -> new DirectiveSearcher(dir.resolve("nope/index")));
        assertTrue(e.getMessage().contains("./luoshi ingest") && e.getMessage().contains(dir.resolve("nope").toString()), e.getMessage());
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
