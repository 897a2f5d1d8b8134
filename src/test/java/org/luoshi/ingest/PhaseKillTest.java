package org.luoshi.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest} in a child process, stopped at each phase boundary and killed with SIGKILL while its input had been
 * changed: until the rerun the previous commit stands byte for byte (readers see it whole), the killed run's lock is
 * taken over, and the rerun — with the input kept changed, or reverted — ends byte-identical to a clean run over the
 * same input. While the child holds the lock, a second ingest refuses at once naming its pid.
 */
class PhaseKillTest {
    static final List<String> PHASES = List.of("scan", "extract", "merge", "outputs", "links", "index", "manifest", "commit", "clean");

    @TempDir
    Path dir;

    @Test
    void killedAtEveryPhaseTheLastCommitStandsAndTheRerunEndsLikeACleanRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> seeds = TestCorpus.seeds();
        Map<String, String> v1 = new java.util.TreeMap<>();
        for (Path s : seeds.subList(0, 3)) {
            v1.put(s.getFileName().toString(), Files.readString(s, StandardCharsets.UTF_8));
        }
        Map<String, String> v2 = new java.util.TreeMap<>(v1);
        String first = v1.keySet().iterator().next();
        v2.put(first, v1.get(first) + "\n会议要求，各地要立即开展隐患排查整治。");
        v2.remove(v1.keySet().stream().skip(1).findFirst().orElseThrow());
        v2.put(seeds.get(3).getFileName().toString(), Files.readString(seeds.get(3), StandardCharsets.UTF_8));

        Map<String, byte[]> expected1 = clean(v1);
        Map<String, byte[]> expected2 = clean(v2);
        Path data = dir.resolve("data");
        lay(in, v1);
        ingest(in, data, quiet());
        Map<String, String> committed = v1;

        for (int i = 0; i < PHASES.size(); i++) {
            String phase = PHASES.get(i);
            Map<String, String> target = committed == v1 ? v2 : v1;
            lay(in, target);
            Process child = startStopped(in, data, phase);
            if (i == 0) {
                DataLock.BusyException busy = assertThrows(DataLock.BusyException.class, () -> ingest(in, data, quiet()));
                assertTrue(busy.getMessage().contains("pid " + child.pid()), busy.getMessage());
            }
            child.destroyForcibly().waitFor();
            Map<String, String> visible = phase.equals("clean") ? target : committed;
            assertEquals(expectedFor(visible, expected1, expected2), IngestTest.outputs(data), phase,
                    "killed at phase " + phase + ": readers must see the last commit whole");

            boolean revert = i % 2 == 0;
            Map<String, String> rerun = revert ? committed : target;
            lay(in, rerun);
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            ingest(in, data, new PrintStream(log, true, StandardCharsets.UTF_8));
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("took over the lock of pid " + child.pid()), log.toString(StandardCharsets.UTF_8));
            assertEquals(expectedFor(rerun, expected1, expected2), IngestTest.outputs(data), phase,
                    "rerun after a kill at phase " + phase + (revert ? " with the input reverted" : " with the input changed"));
            committed = rerun;
            try (Stream<Path> s = Files.list(data)) {
                assertTrue(s.filter(p -> p.getFileName().toString().startsWith("gen-")).count() <= 2, "at most the current and the previous generation");
            }
        }
    }

    private static void assertEquals(Map<String, byte[]> expected, Map<String, byte[]> actual, String phase, String message) {
        for (String f : IngestRun.OUTPUTS) {
            assertTrue(Arrays.equals(expected.get(f), actual.get(f)), message + ": " + f + " differs");
        }
    }

    private static Map<String, byte[]> expectedFor(Map<String, String> version, Map<String, byte[]> e1, Map<String, byte[]> e2) {
        return version.size() == 3 && version.values().stream().noneMatch(t -> t.contains("会议要求，各地要立即开展隐患排查整治。")) ? e1 : e2;
    }

    /**
     * The outputs of a clean run over this version laid out in {@code dir/in} (sources are real paths, so the clean
     * run reads the same directory); whatever {@code in} held is put back afterwards.
     */
    private Map<String, byte[]> clean(Map<String, String> version) throws Exception {
        Path in = dir.resolve("in");
        Path saved = dir.resolve("in-saved");
        Files.move(in, saved);
        try {
            Files.createDirectories(in);
            lay(in, version);
            Path data = Files.createTempDirectory(dir, "clean-");
            ingest(in, data, quiet());
            return IngestTest.outputs(data);
        } finally {
            Generations.deleteTree(in);
            Files.move(saved, in);
        }
    }

    /** Makes {@code in} hold exactly these files. */
    private static void lay(Path in, Map<String, String> version) throws Exception {
        try (Stream<Path> s = Files.list(in)) {
            for (Path p : s.toList()) {
                if (!version.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : version.entrySet()) {
            Path p = in.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    private static void ingest(Path in, Path data, PrintStream log) throws Exception {
        new IngestRun(data, AccountingTest.pipeline(), log).run(TestCorpus.list(in), List.of());
    }

    private static PrintStream quiet() {
        return AccountingTest.quiet();
    }

    /** Starts ingest in a child JVM that stops at {@code phase}; returns once it has (it waits there to be killed). */
    private Process startStopped(Path in, Path data, String phase) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
        Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-D" + IngestRun.STOP_AT + "=" + phase,
                "-cp", System.getProperty("java.class.path"), "org.luoshi.cli.Luoshi", "ingest", in.toString(), "--data", data.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.contains("stopped at phase " + phase)) {
                        return true;
                    }
                }
            } catch (java.io.IOException e) {
                return false;
            }
            return false;
        });
        boolean ok = stopped.get(300, TimeUnit.SECONDS);
        if (!ok) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child never reached phase " + phase);
        }
        return p;
    }
}
