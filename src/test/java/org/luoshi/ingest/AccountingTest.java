package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input accounted for, across runs: what is kept, retried, retired, renamed and re-extracted, and why. */
class AccountingTest {
    @TempDir
    Path dir;

    private static final String A = "全县安全生产工作会议召开。县委书记景文新要求，要立即开展安全大检查。";
    private static final String B = "全市安全生产会议召开。市长要求，各级各部门要严格落实安全生产责任。";
    private static final String C = "全省防汛工作会议召开。省长要求，各地要加强汛期值班值守。";

    static IngestRun.Summary ingest(Path data, List<Path> files, String... options) throws Exception {
        return run(new IngestRun(data, pipeline(options), quiet()), files);
    }

    static IngestRun.Summary run(IngestRun r, List<Path> files) throws Exception {
        return r.run(files, List.of());
    }

    static IngestPipeline pipeline(String... options) throws Exception {
        List<String> args = new ArrayList<>(PipelineConfig.arguments(null));
        args.addAll(Arrays.asList(options));
        return new IngestPipeline(args);
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    static List<JsonNode> lines(Path data, String file) throws Exception {
        return IngestTest.lines(Generations.current(data).resolve(file));
    }

    static Set<String> sources(Path data) throws Exception {
        Set<String> out = new TreeSet<>();
        for (JsonNode d : lines(data, "documents.jsonl")) {
            d.get("sources").forEach(s -> out.add(s.asText()));
        }
        return out;
    }

    static Map<String, String> quarantine(Path data) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        for (JsonNode q : lines(data, "quarantine.jsonl")) {
            out.put(q.get("source").asText(), q.get("reason").asText());
        }
        return out;
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String jsonl(String... items) {
        StringBuilder b = new StringBuilder();
        for (String i : items) {
            b.append(i).append('\n');
        }
        return b.toString();
    }

    private static String item(String id, String text) {
        return id == null ? "{\"text\":\"" + text + "\"}" : "{\"id\":\"" + id.replace("\"", "\\\"") + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void aBadLineKeepsItsQuarantineRecordWhileAnotherInputChanges() throws Exception {
        Path data = dir.resolve("data");
        Path export = write("export.jsonl", jsonl(item(null, A), "not json"));
        Path other = write("other.txt", B);
        IngestRun.Summary first = ingest(data, List.of(export, other));
        assertEquals(1, first.quarantined());
        String bad = export.toRealPath() + ":2";
        assertTrue(quarantine(data).get(bad).contains("not JSON"), quarantine(data).toString());
        Files.writeString(other, C, StandardCharsets.UTF_8);
        IngestRun.Summary second = ingest(data, List.of(export, other));
        assertEquals(1, second.processed(), "only the changed text file is read");
        assertTrue(quarantine(data).containsKey(bad), "the bad line's record is kept: " + quarantine(data));
        assertEquals(1, second.quarantined(), "and still counted for this run's inputs");
    }

    @Test
    void quarantinedInputsAreRetriedWhenTheLimitsChange() throws Exception {
        Path data = dir.resolve("data");
        Path a = write("a.txt", A);
        IngestRun.Summary small = ingest(data, List.of(a), "--maxBytes=20");
        assertEquals(1, small.quarantined());
        String reason = quarantine(data).get(a.toRealPath().toString());
        assertTrue(reason.contains("the limit is 20 bytes"), reason);
        assertEquals(0, ingest(data, List.of(a), "--maxBytes=20").processed(), "same limits: not retried");
        IngestRun.Summary larger = ingest(data, List.of(a), "--maxBytes=100000");
        assertEquals(1, larger.retried());
        assertEquals(0, larger.quarantined());
        assertEquals(Set.of(a.toRealPath().toString()), sources(data));
    }

    @Test
    void anUpgradeReExtractsUnchangedInputsAndSaysSo() throws Exception {
        Path data = dir.resolve("data");
        Path a = write("a.txt", A);
        Path b = write("b.txt", B);
        run(new IngestRun(data, pipeline(), quiet()).program("luoshi build old"), List.of(a, b));
        assertEquals("luoshi build old", Manifest.read(Generations.current(data).resolve(IngestRun.MANIFEST)).program);
        IngestRun.Summary s = run(new IngestRun(data, pipeline(), quiet()), List.of(a, b));
        assertEquals("luoshi build old", s.upgradedFrom());
        assertEquals(2, s.reextracted());
        assertEquals(ProgramVersion.current(), Manifest.read(Generations.current(data).resolve(IngestRun.MANIFEST)).program);
        assertEquals(0, run(new IngestRun(data, pipeline(), quiet()), List.of(a, b)).processed());
        assertEquals(2, run(new IngestRun(data, pipeline(), quiet()).force(true), List.of(a, b)).processed(), "--force");
    }

    @Test
    void inputsAreKeyedByTheirRealPath() throws Exception {
        Path data = dir.resolve("data");
        Path a = write("a.txt", A);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), a);
        Path relative = Path.of("").toAbsolutePath().relativize(a);
        IngestRun.Summary first = ingest(data, List.of(a, relative, link));
        assertEquals(1, first.inputs(), "three names of one file are one input");
        IngestRun.Summary second = ingest(data, List.of(relative));
        assertEquals(1, second.unchanged());
        assertFalse(second.wrote());
        assertEquals(Set.of(a.toRealPath().toString()), sources(data));
    }

    @Test
    void deletedInputsAreRetiredAndRenamesKeepTheDocument() throws Exception {
        Path data = dir.resolve("data");
        List<Path> seeds = new ArrayList<>();
        for (Path s : TestCorpus.seeds()) {
            seeds.add(Files.copy(s, Files.createDirectories(dir.resolve("in")).resolve(s.getFileName())));
        }
        ingest(data, seeds);
        List<JsonNode> docs = lines(data, "documents.jsonl");
        String first = seeds.get(0).toRealPath().toString();
        String second = seeds.get(1).toRealPath().toString();
        String gone = docs.stream().filter(d -> d.get("source").asText().equals(first)).findFirst().orElseThrow().get("id").asText();
        assertTrue(Files.readString(Generations.current(data).resolve("links.jsonl")).contains(gone), "the seed has links");
        String kept = docs.stream().filter(d -> d.get("source").asText().equals(second)).findFirst().orElseThrow().get("id").asText();

        Files.delete(seeds.get(0));
        Path renamed = Files.move(seeds.get(1), seeds.get(1).resolveSibling("renamed.txt"));
        IngestRun.Summary s = ingest(data, List.of(dir.resolve("in").toFile().listFiles()).stream().map(f -> f.toPath()).sorted().toList());
        assertTrue(s.retired().contains(seeds.get(0).toAbsolutePath().toString()), s.retired().toString());
        assertEquals(List.of(seeds.get(1).toAbsolutePath() + " → " + renamed.toRealPath()), s.renamed());
        Path gen = Generations.current(data);
        for (String f : List.of("documents.jsonl", "directives.jsonl", "officials.jsonl", "links.jsonl", "ledger.jsonl", "extractions.jsonl")) {
            assertFalse(Files.readString(gen.resolve(f)).contains(gone), f + " still names the deleted input's document");
        }
        assertEquals(0, IngestTest.indexedDocument(data, gone));
        JsonNode doc = lines(data, "documents.jsonl").stream().filter(d -> d.get("id").asText().equals(kept)).findFirst().orElseThrow();
        assertEquals(renamed.toRealPath().toString(), doc.get("source").asText(), "the renamed input is one document with the new source");
        assertEquals(1, doc.get("sources").size());
    }

    @Test
    void appendingToAnExportReadsOnlyTheNewItemsAndEndsLikeAFreshRun() throws Exception {
        List<String> items = new ArrayList<>();
        String[] texts = {A, B, C};
        for (int i = 0; i < 12; i++) {
            items.add(item(i % 4 == 0 ? null : "id#" + i + ":x\"y", texts[i % 3].replace("会议", "第" + i + "次会议")));
        }
        Path export = write("export.jsonl", jsonl(items.subList(0, 10).toArray(String[]::new)));
        Path data = dir.resolve("data");
        assertEquals(10, ingest(data, List.of(export)).items());
        Files.writeString(export, jsonl(items.toArray(String[]::new)), StandardCharsets.UTF_8);
        IngestRun.Summary appended = ingest(data, List.of(export));
        assertEquals(2, appended.items(), "only the two appended items are read");
        Path fresh = dir.resolve("fresh");
        ingest(fresh, List.of(export));
        Map<String, byte[]> a = IngestTest.outputs(data);
        Map<String, byte[]> b = IngestTest.outputs(fresh);
        for (String f : IngestRun.OUTPUTS) {
            assertTrue(Arrays.equals(a.get(f), b.get(f)), f + " differs from a fresh run over the same export");
        }
        // Items removed from the export (ids with '#', ':' and quotes) are retired.
        Files.writeString(export, jsonl(items.subList(0, 3).toArray(String[]::new)), StandardCharsets.UTF_8);
        IngestRun.Summary removed = ingest(data, List.of(export));
        assertEquals(0, removed.items());
        assertEquals(3, lines(data, "documents.jsonl").size());
        Set<String> expected = new TreeSet<>();
        expected.add(export.toRealPath() + ":1");
        expected.add(export.toRealPath() + "#id#1:x\"y");
        expected.add(export.toRealPath() + "#id#2:x\"y");
        assertEquals(expected, sources(data));
    }

    @Test
    void tooLargeFilesAndLinesAreRefusedBeforeReadingWithTheLimitInTheMessage() throws Exception {
        Path huge = dir.resolve("in/huge.txt");
        Files.createDirectories(huge.getParent());
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // 1 GiB, sparse: refused by its size, never read
        }
        Path export = write("export.jsonl", jsonl(item("small", A), item("big", "要".repeat(600)), item("after", B)));
        Path data = dir.resolve("data");
        IngestRun.Summary s = ingest(data, List.of(huge, export), "--maxBytes=1000");
        Map<String, String> q = quarantine(data);
        assertTrue(q.get(huge.toRealPath().toString()).contains("1,073,741,824 bytes; the limit is 1,000 bytes"), q.toString());
        String big = q.get(export.toRealPath() + "#big");
        assertNotNull(big, q.toString());
        assertTrue(big.contains("第 2 行") && big.contains("the limit is 1,000 bytes"), big);
        assertEquals(2, s.quarantined());
        assertEquals(Set.of(export.toRealPath() + "#small", export.toRealPath() + "#after"), sources(data));
    }

    @Test
    void specialFilesLoopsAndOddNamesAreEachAccountedFor() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path tab = write("a\tb.txt", A);
        Path fifo = in.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path data = dir.resolve("data");
        IngestRun.Summary s = ingest(data, List.of(tab, fifo));
        assertEquals(Set.of(tab.toRealPath().toString()), sources(data), "a TAB in a file name is just a character");
        assertTrue(quarantine(data).get(fifo.toRealPath().toString()).contains("named pipe"), quarantine(data).toString());
        assertEquals(1, s.quarantined());
    }

    @Test
    void twoRunsOnOneDataDirectoryOneRefusesAndNothingIsLost() throws Exception {
        Path data = dir.resolve("data");
        Path a = write("a.txt", A);
        try (DataLock held = DataLock.acquire(data)) {
            DataLock.BusyException e = org.junit.jupiter.api.Assertions.assertThrows(DataLock.BusyException.class,
                    () -> ingest(data, List.of(a)));
            assertTrue(e.getMessage().contains("is being ingested by pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        assertNull(Generations.currentName(data), "the refused run committed nothing");
        assertEquals(1, ingest(data, List.of(a)).processed());
        assertEquals(Set.of(a.toRealPath().toString()), sources(data));
    }
}
