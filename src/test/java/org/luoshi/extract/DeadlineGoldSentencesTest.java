package org.luoshi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.model.Deadline;
import org.luoshi.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every directive sentence of the shared gold (the small cases and the dev gold), given to the deadline extractor
 * with its gold meeting date, gets the gold deadline: its type, and its value wherever the gold meeting date is
 * known. This checks the deadlines apart from finding the sentences and the meeting date (other stages). Reads
 * ../shared (study material): skipped when it is absent outside CI.
 */
class DeadlineGoldSentencesTest {
    private final DeadlineExtractor deadlines = new DeadlineExtractor();

    @Test
    void everyGoldDirectiveOfTheCasesGetsItsDeadline() throws IOException {
        check(TestCorpus.shared("cases/gold"));
    }

    @Test
    void everyGoldDirectiveOfTheDevGoldGetsItsDeadline() throws IOException {
        check(TestCorpus.shared("gold/dev"));
    }

    private void check(Path goldDir) throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = Json.mapper().readTree(f.toFile());
                String meetingDate = gold.path("doc").path("meeting_date").isTextual() ? gold.path("doc").path("meeting_date").asText() : null;
                for (JsonNode d : gold.path("directives")) {
                    String text = d.path("text").asText();
                    JsonNode g = d.path("deadline");
                    Deadline got = deadlines.extract(text, DirectiveClassifier.orderMarker(text), meetingDate);
                    String goldType = g.isObject() ? g.path("type").asText() : null;
                    String goldValue = g.isObject() && g.path("value").isTextual() ? g.path("value").asText() : null;
                    boolean ok = Objects.equals(goldType, got == null ? null : got.type())
                            && (meetingDate == null || got == null || Objects.equals(goldValue, got.value()));
                    if (!ok) {
                        wrong.add(f.getFileName() + ": " + text + " -> " + got + ", gold " + g);
                    }
                    checked++;
                }
            }
        }
        System.out.println(goldDir + ": " + checked + " directives, " + wrong.size() + " wrong deadlines");
        assertTrue(checked > 0, "no gold directives in " + goldDir);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
