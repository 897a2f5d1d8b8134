package org.luoshi.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Scorer} gives the same numbers as the reference scorer score.py on the same output. */
class ScorerAgreementTest {

    @Test
    void agreesWithScorePy(@TempDir Path dir) throws Exception {
        Path gold = TestCorpus.shared("gold/dev");
        Path scorePy = TestCorpus.shared("tools/score.py");
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        List<String> lines = new ArrayList<>();
        List<Path> texts = new ArrayList<>(TestCorpus.seeds());
        texts.addAll(TestCorpus.list(TestCorpus.shared("corpus/national")));
        for (Path t : texts) {
            lines.add(Json.mapper().writeValueAsString(x.extract(n.normalize(t.toString(), Files.readAllBytes(t)), null)));
        }
        Path out = dir.resolve("out.jsonl");
        Files.write(out, lines, StandardCharsets.UTF_8);

        Process p;
        try {
            p = new ProcessBuilder("python3", scorePy.toString(), "--gold", gold.toString(), "--system", out.toString(), "--json")
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 is not installed: " + e.getMessage());
            return;
        }
        String py;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            py = r.lines().collect(Collectors.joining("\n"));
        }
        assertEquals(0, p.waitFor(), py);

        var records = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        for (String l : lines) {
            var rec = Json.mapper().readTree(l);
            records.put(rec.path("doc").path("source").asText().replaceAll(".*/", ""), rec);
        }
        Scorer scorer = new Scorer();
        try (Stream<Path> s = Files.list(gold)) {
            for (Path g : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String stem = g.getFileName().toString().replace(".json", "");
                scorer.add(g.getFileName().toString(), Json.mapper().readTree(g.toFile()), records.get(stem + ".txt"), line -> { });
            }
        }
        var expected = Json.mapper().readTree(py);
        var actual = Json.mapper().valueToTree(scorer.summary());
        assertEquals(expected, actual);
    }

}
