package org.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest} started as a child process and killed with SIGKILL at points in time (wherever it happens to be),
 * then run again, ends with the same outputs (byte for byte) and the same index as a run that was never interrupted.
 * {@link PhaseKillTest} kills at each phase boundary with the input changed or reverted.
 */
class KillAndRerunTest {

    @Test
    void killedRunsEndLikeACleanRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int n = 0;
        for (int copy = 0; copy < 4; copy++) {
            for (Path seed : TestCorpus.seeds()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8) + "\n第" + copy + "份。";
                Files.writeString(in.resolve(String.format("doc%02d.txt", n++)), text, StandardCharsets.UTF_8);
            }
        }
        Path clean = dir.resolve("clean");
        long t0 = System.nanoTime();
        assertEquals(0, run(in, clean).waitFor());
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, byte[]> expected = IngestTest.outputs(clean);
        long expectedCount = IngestTest.indexed(clean);

        Path killed = dir.resolve("killed");
        List<Long> delays = new ArrayList<>();
        for (double f : new double[] {0.25, 0.5, 0.8}) {
            delays.add((long) (cleanMillis * f));
        }
        int killedWhileRunning = 0;
        for (long delay : delays) {
            Process p = run(in, killed);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                killedWhileRunning++;
            }
        }
        assertTrue(killedWhileRunning >= 2, "the child was killed mid-run " + killedWhileRunning + " times");
        assertEquals(0, run(in, killed).waitFor());
        Map<String, byte[]> actual = IngestTest.outputs(killed);
        for (String f : IngestTest.OUTPUTS) {
            assertTrue(Arrays.equals(expected.get(f), actual.get(f)), f + " differs after kills and a rerun");
        }
        assertEquals(expectedCount, IngestTest.indexed(killed), "index entries");
    }

    private static Process run(Path in, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child's temporary files (a native library unpacked per JVM) go beside its data: a SIGKILLed JVM
        // cannot delete them, and the test's directory is cleaned up afterwards.
        Path tmp = Files.createDirectories(data.resolveSibling(data.getFileName() + "-tmp"));
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "org.luoshi.cli.Luoshi",
                "ingest", in.toString(), "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
