package org.luoshi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.eval.Scorer;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gold-data regression: extraction scored with the project's scorer on the dev gold must stay at or above the
 * recorded targets. The seeds' gold is in test resources; the national items' gold and texts are read from
 * ../shared (study material, not committed).
 */
class ExtractionRegressionTest {

    @Test
    void seedsMeetTheTargets() throws Exception {
        Map<String, Object> s = score(List.of(Path.of("src/test/resources/gold/seeds")), List.of(TestCorpus.corpus()));
        System.out.println("seeds: " + s);
        // Seed 002 never says its year, so its one dated deadline can only be --09-30 against the gold's 2013-09-30:
        // over the seeds alone that is 6 of 7 values; the whole dev gold below holds the 0.90 target.
        assertTargets(s, 0.85);
    }

    @Test
    void wholeDevGoldMeetsTheTargets() throws Exception {
        Path gold = TestCorpus.shared("gold/dev");
        Map<String, Object> s = score(List.of(gold), List.of(TestCorpus.corpus(), TestCorpus.shared("corpus/national")));
        System.out.println("dev: " + s);
        assertTargets(s, 0.90);
    }

    @Test
    void everyCaseOfEveryKindStaysRight() throws Exception {
        Map<String, Object> s = score(List.of(TestCorpus.shared("cases/gold")), List.of(TestCorpus.shared("cases/texts")));
        System.out.println("cases: " + s);
        for (String key : List.of("officials_f1", "title_acc", "directives_f1", "speaker_acc", "modality_acc", "deadlines_f1",
                "deadline_value_acc", "level_acc", "region_acc")) {
            atLeast(s, key, 1.0); // the cases are small, one failure kind each: every one is right (ANNOTATION.md)
        }
    }

    private static void assertTargets(Map<String, Object> s, double deadlineValues) {
        atLeast(s, "officials_f1", 0.95);
        atLeast(s, "title_acc", 0.90);
        atLeast(s, "directives_f1", 0.93);
        atLeast(s, "speaker_acc", 0.90);
        atLeast(s, "modality_acc", 0.95);
        atLeast(s, "deadlines_f1", 0.85);
        atLeast(s, "deadline_value_acc", deadlineValues);
        atLeast(s, "level_acc", 1.0);
        atLeast(s, "region_acc", 1.0);
    }

    private static void atLeast(Map<String, Object> s, String key, double min) {
        double v = ((Number) s.get(key)).doubleValue();
        assertTrue(v >= min, key + " = " + v + " < " + min + " in " + s);
    }

    static Map<String, Object> score(List<Path> goldDirs, List<Path> textDirs) throws IOException, Exception {
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        Scorer scorer = new Scorer();
        List<Path> texts = new ArrayList<>();
        for (Path d : textDirs) {
            texts.addAll(TestCorpus.list(d));
        }
        for (Path dir : goldDirs) {
            List<Path> golds;
            try (Stream<Path> st = Files.list(dir)) {
                golds = st.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : golds) {
                String stem = g.getFileName().toString().replace(".json", "");
                Path text = texts.stream().filter(t -> t.getFileName().toString().equals(stem + ".txt")).findFirst().orElseThrow();
                JsonNode sys = Json.mapper().valueToTree(x.extract(n.normalize(text.toString(), Files.readAllBytes(text)), null));
                scorer.add(g.getFileName().toString(), Json.mapper().readTree(g.toFile()), sys, line -> { });
            }
        }
        return scorer.summary();
    }
}
