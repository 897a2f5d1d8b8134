package org.luoshi.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Extraction;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the study corpus (read from ../shared), Traditional and Simplified queries return the same hits. */
class SharedCorpusSearchTest {

    @Test
    void traditionalAndSimplifiedAgreeOnTheStudyCorpus(@TempDir Path dir) throws Exception {
        Path shared = TestCorpus.shared("corpus");
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(dir)) {
            for (Path p : TestCorpus.list(shared)) {
                Extraction e = x.extract(n.normalize(p.toString(), Files.readAllBytes(p)), null);
                w.write(e, e.text());
            }
            w.commit();
        }
        try (DirectiveSearcher s = new DirectiveSearcher(dir)) {
            for (String[] q : List.of(new String[] {"危险化学品", "危險化學品"}, new String[] {"安全生产责任制", "安全生產責任制"},
                    new String[] {"习近平", "習近平"}, new String[] {"\"隐患排查\"", "\"隱患排查\""})) {
                SearchResult a = s.search(SearchRequest.of(q[0]).withLimit(500));
                SearchResult b = s.search(SearchRequest.of(q[1]).withLimit(500));
                assertTrue(a.total() > 0, q[0]);
                assertEquals(a.hits().stream().map(SearchHit::id).toList(), b.hits().stream().map(SearchHit::id).toList(), q[0]);
            }
            SearchResult national = s.search(SearchRequest.of("*").withLevel("national").withLimit(1));
            assertTrue(national.total() > 100, "national directives: " + national.total());
        }
    }
}
