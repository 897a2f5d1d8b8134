package org.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same pipeline on the DirectRunner and on Flink's embedded [local] cluster gives identical outputs. */
class RunnerPortabilityTest {

    @Test
    void directRunnerAndEmbeddedFlinkAgree(@TempDir Path dir) throws Exception {
        List<Path> seeds = TestCorpus.seeds();
        Path direct = dir.resolve("direct");
        Path flink = dir.resolve("flink");
        run(direct, PipelineConfig.arguments(Path.of("pipelines/local.json")), seeds);
        IngestPipeline flinkPipeline = run(flink, PipelineConfig.arguments(Path.of("pipelines/flink-local.json")), seeds);
        assertTrue(PipelineConfig.arguments(Path.of("pipelines/flink-local.json")).contains("--runner=FlinkRunner"));
        Map<String, byte[]> a = IngestTest.outputs(direct);
        Map<String, byte[]> b = IngestTest.outputs(flink);
        for (String f : IngestTest.OUTPUTS) {
            assertTrue(Arrays.equals(a.get(f), b.get(f)), f + " differs between DirectRunner and FlinkRunner");
        }
        assertEquals(IngestTest.indexed(direct), IngestTest.indexed(flink));
        assertEquals(5L, flinkPipeline.counters().get("documents extracted"), flinkPipeline.counters().toString());
    }

    private static IngestPipeline run(Path data, List<String> args, List<Path> files) throws Exception {
        IngestPipeline p = new IngestPipeline(args);
        new IngestRun(data, p, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(files, List.of());
        return p;
    }
}
