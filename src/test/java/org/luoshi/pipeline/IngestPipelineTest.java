package org.luoshi.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Beam pipeline only wires the stages: its records are exactly what the stages give when called directly. */
class IngestPipelineTest {

    @Test
    void pipelineRecordsEqualTheStagesCalledDirectly(@TempDir Path staging) throws Exception {
        List<Path> seeds = TestCorpus.seeds();
        IngestPipeline p = new IngestPipeline(PipelineConfig.arguments(null));
        p.process(seeds.stream().map(org.luoshi.ingest.Slice::document).toList(), staging);
        TreeSet<String> fromBeam = new TreeSet<>();
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path f : s.filter(Files::isRegularFile).filter(x -> x.getFileName().toString().startsWith("extractions")).toList()) {
                fromBeam.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        TreeSet<String> direct = new TreeSet<>();
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        for (Path seed : seeds) {
            direct.add(Json.mapper().writeValueAsString(x.extract(n.normalize(seed.toString(), Files.readAllBytes(seed)), null)));
        }
        assertEquals(direct.size(), fromBeam.size());
        assertTrue(direct.equals(fromBeam), "the pipeline's records differ from the stages' own output");
        Map<String, Long> counters = p.counters();
        assertEquals(5L, counters.get("documents extracted"));
        assertTrue(counters.get("directives found") > 100);
    }

    @Test
    void theEmbeddedDefaultIsPipelinesLocalJson() throws Exception {
        assertEquals(new ArrayList<>(PipelineConfig.arguments(Path.of("pipelines/local.json"))), PipelineConfig.arguments(null));
        assertTrue(PipelineConfig.arguments(null).contains("--runner=DirectRunner"));
    }
}
