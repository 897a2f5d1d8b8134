package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Linking is incremental with ingest: the seeds first, then the national items in a second run, give the same
 * links and ledger as one run over both; the seeds' citations of national meetings, recorded as "not ingested"
 * after the first run, find their documents in the second; a document that changes loses its old links.
 */
class IncrementalLinkTest {
    @TempDir
    Path dir;

    private String run(Path data, List<Path> dirs) throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (Path d : dirs) {
            inputs.addAll(TestCorpus.list(d));
        }
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        new IngestRun(data, new IngestPipeline(PipelineConfig.arguments(null)), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(inputs, List.of());
        return progress.toString(StandardCharsets.UTF_8);
    }

    private static long resolvedCitations(Path data) throws Exception {
        long n = 0;
        for (String line : Files.readAllLines(Generations.current(data).resolve("links.jsonl"))) {
            JsonNode l = Json.mapper().readTree(line);
            n += "citation".equals(l.get("type").asText()) && !l.get("to").isNull() ? 1 : 0;
        }
        return n;
    }

    @Test
    void secondRunLinksNewDocumentsToTheOldOnes() throws Exception {
        Path national = TestCorpus.shared("corpus/national");
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        for (Path p : TestCorpus.seeds()) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        Path stepwise = dir.resolve("stepwise");
        run(stepwise, List.of(seeds));
        assertEquals(0, resolvedCitations(stepwise), "no national item ingested yet: citations recorded, unresolved");
        String second = run(stepwise, List.of(national));
        assertTrue(second.contains("linked " + TestCorpus.list(national).size() + " new documents to the rest"), second);
        assertTrue(resolvedCitations(stepwise) >= 3, "001 → the 2019-11-22 TV conference, 002 → the 2013-06-07 instruction and conference");

        Path oneShot = dir.resolve("one-shot");
        run(oneShot, List.of(seeds, national));
        assertArrayEquals(Files.readAllBytes(Generations.current(oneShot).resolve("links.jsonl")), Files.readAllBytes(Generations.current(stepwise).resolve("links.jsonl")));
        assertArrayEquals(Files.readAllBytes(Generations.current(oneShot).resolve("ledger.jsonl")), Files.readAllBytes(Generations.current(stepwise).resolve("ledger.jsonl")));

        // A seed that changes is a new document: the old one's links go, the new one is linked afresh.
        Path yuncheng = seeds.resolve("001_0be5f8c029c189f1.txt");
        String oldId = linksFrom(stepwise).stream().filter(id -> !id.isEmpty()).findFirst().orElseThrow();
        List<String> before = linksFrom(stepwise);
        Files.writeString(yuncheng, Files.readString(yuncheng) + "\n（本报讯）", StandardCharsets.UTF_8);
        run(stepwise, List.of(seeds, national));
        List<String> after = linksFrom(stepwise);
        assertEquals(before.size(), after.size(), "the changed seed keeps as many links under its new id");
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        assertTrue(gone.size() >= 1 && !oldId.isEmpty());
        for (String id : gone) {
            assertTrue(Files.readString(Generations.current(stepwise).resolve("documents.jsonl")).lines().noneMatch(l -> l.contains("\"id\":\"" + id + "\"")),
                    "links of a document no longer in the corpus are dropped: " + id);
        }
    }

    /** The citing document ids of the citation links. */
    private static List<String> linksFrom(Path data) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Generations.current(data).resolve("links.jsonl"))) {
            JsonNode l = Json.mapper().readTree(line);
            if ("citation".equals(l.get("type").asText())) {
                out.add(l.get("from").asText());
            }
        }
        return out;
    }
}
