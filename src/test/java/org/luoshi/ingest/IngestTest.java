package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.SearchRequest;
import org.luoshi.model.Json;
import org.luoshi.pipeline.IngestPipeline;
import org.luoshi.pipeline.PipelineConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest run on Beam's DirectRunner: idempotent, incremental, never losing an input. */
class IngestTest {
    static final List<String> OUTPUTS = IngestRun.OUTPUTS;

    static IngestRun.Summary ingest(Path data, List<Path> files) throws Exception {
        IngestPipeline beam = new IngestPipeline(PipelineConfig.arguments(null));
        return new IngestRun(data, beam, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(files, List.of());
    }

    static Map<String, byte[]> outputs(Path data) throws Exception {
        Map<String, byte[]> m = new HashMap<>();
        for (String f : OUTPUTS) {
            m.put(f, Files.readAllBytes(Generations.current(data).resolve(f)));
        }
        return m;
    }

    static long indexed(Path data) throws Exception {
        try (DirectiveSearcher s = new DirectiveSearcher(Generations.current(data).resolve("index"))) {
            return s.search(SearchRequest.of("*")).total();
        }
    }

    /** Index entries of one document (its document entry, directives and original): 0 once it is gone. */
    static long indexedDocument(Path data, String docId) throws Exception {
        try (DirectiveSearcher s = new DirectiveSearcher(Generations.current(data).resolve("index"))) {
            return s.searcher().count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(org.luoshi.index.Fields.DOC, docId)));
        }
    }

    @Test
    void secondRunChangesNothingAndSkipsEverything(@TempDir Path data) throws Exception {
        List<Path> seeds = TestCorpus.seeds();
        IngestRun.Summary first = ingest(data, seeds);
        assertEquals(5, first.processed());
        assertEquals(5, first.documents());
        Map<String, byte[]> before = outputs(data);
        long count = indexed(data);
        IngestRun.Summary second = ingest(data, seeds);
        assertEquals(0, second.processed());
        assertEquals(5, second.unchanged());
        Map<String, byte[]> after = outputs(data);
        for (String f : OUTPUTS) {
            assertTrue(java.util.Arrays.equals(before.get(f), after.get(f)), f + " is byte-identical");
        }
        assertEquals(count, indexed(data));
        assertEquals(first.directives(), count);
    }

    /**
     * An index written under an older schema lacks the newer fields in the entries a re-ingest would keep: after an
     * upgrade every document is indexed again (its old segments all go), not only the changed ones.
     */
    @Test
    void anIndexOfAnOlderSchemaIsIndexedAgainWhole(@TempDir Path data) throws Exception {
        List<Path> seeds = TestCorpus.seeds();
        ingest(data, seeds);
        long count = indexed(data);
        Path old = Generations.current(data).resolve("index");
        try (var dir = org.apache.lucene.store.FSDirectory.open(old);
             var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(org.luoshi.index.Fields.SCHEMA_KEY, "2").entrySet());
            w.commit();
        }
        List<String> oldSegments = segments(old);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = new IngestRun(data, new IngestPipeline(PipelineConfig.arguments(null)),
                new PrintStream(log, true, StandardCharsets.UTF_8)).program("upgraded").run(seeds, List.of());
        assertEquals(5, s.reextracted());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("index of schema 2, now " + org.luoshi.index.Fields.SCHEMA), log.toString(StandardCharsets.UTF_8));
        Path now = Generations.current(data).resolve("index");
        assertTrue(java.util.Collections.disjoint(oldSegments, segments(now)), oldSegments + " all rewritten: " + segments(now));
        assertEquals(count, indexed(data));
        try (DirectiveSearcher searcher = new DirectiveSearcher(now)) {
            assertEquals(org.luoshi.index.Fields.SCHEMA, searcher.schema());
        }
    }

    private static List<String> segments(Path index) throws Exception {
        try (var dir = org.apache.lucene.store.FSDirectory.open(index)) {
            List<String> names = new ArrayList<>();
            org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).forEach(c -> names.add(c.info.name));
            return names;
        }
    }

    @Test
    void changedSourceReplacesItsRecordsAndSameContentIsOneDocument(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path data = dir.resolve("data");
        Path a = in.resolve("a.txt");
        Files.writeString(a, "全县安全生产工作会议召开。县委书记景文新要求，要立即开展安全大检查。", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "全县安全生产工作会议召开。县委书记景文新要求，要立即开展安全大检查。", StandardCharsets.UTF_8);
        ingest(data, List.of(a, in.resolve("b.txt")));
        List<JsonNode> docs = lines(Generations.current(data).resolve("documents.jsonl"));
        assertEquals(1, docs.size(), "same content under two names is one document");
        assertEquals(2, docs.get(0).get("sources").size());

        Files.writeString(a, "全市安全生产会议召开。市长要求，各级各部门要严格落实安全生产责任。", StandardCharsets.UTF_8);
        IngestRun.Summary s = ingest(data, List.of(a, in.resolve("b.txt")));
        assertEquals(1, s.processed());
        docs = lines(Generations.current(data).resolve("documents.jsonl"));
        assertEquals(2, docs.size());
        for (JsonNode d : docs) {
            assertEquals(1, d.get("sources").size(), d.toString());
        }
        assertEquals(lines(Generations.current(data).resolve("directives.jsonl")).size(), indexed(data));
    }

    @Test
    void badInputsAreQuarantinedAndGoodOnesProcessed(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("bad"));
        String text = "全省安全生产工作会议召开。省长要求，各地要立即开展隐患排查。";
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("truncated.txt"), java.util.Arrays.copyOf(utf8, utf8.length - 1));
        Files.write(in.resolve("gbk.txt"), text.getBytes(Charset.forName("GB18030")));
        Files.write(in.resolve("big5.txt"), "全省安全生產工作會議召開。省長要求，各地要立即開展隱患排查。".getBytes(Charset.forName("Big5")));
        byte[] u16 = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[u16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(u16, 0, withBom, 2, u16.length);
        Files.write(in.resolve("utf16.txt"), withBom);
        Files.writeString(in.resolve("page.html"), "<html><body><p>首页 > 新闻</p><p>" + text + "</p></body></html>", StandardCharsets.UTF_8);
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(in.resolve("huge.txt"), big);
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, text, StandardCharsets.UTF_8);
        locked.toFile().setReadable(false, false);
        Files.writeString(in.resolve("export.jsonl"), "{\"text\":\"" + text + "\"}\nnot json\n", StandardCharsets.UTF_8);
        Files.copy(TestCorpus.seeds().get(0), in.resolve("seed.txt"));

        List<Path> files = new ArrayList<>();
        try (var s = Files.list(in)) {
            s.sorted().forEach(files::add);
        }
        IngestRun.Summary sum = ingest(dir.resolve("data"), files);
        List<JsonNode> quarantine = lines(Generations.current(dir.resolve("data")).resolve("quarantine.jsonl"));
        Map<String, String> reasons = new HashMap<>();
        quarantine.forEach(q -> reasons.put(Path.of(q.get("source").asText()).getFileName().toString(), q.get("reason").asText()));
        assertTrue(reasons.get("empty.txt").contains("empty"), reasons.toString());
        assertTrue(reasons.get("binary.txt").contains("binary"), reasons.toString());
        assertTrue(reasons.get("huge.txt").contains("too large"), reasons.toString());
        assertTrue(reasons.get("export.jsonl:2").contains("not JSON"), reasons.toString());
        List<String> sources = new ArrayList<>();
        lines(Generations.current(dir.resolve("data")).resolve("documents.jsonl")).forEach(d -> d.get("sources").forEach(x -> sources.add(Path.of(x.asText().replaceAll(":\\d+$", "")).getFileName().toString())));
        for (String good : List.of("truncated.txt", "gbk.txt", "big5.txt", "utf16.txt", "page.html", "seed.txt", "export.jsonl")) {
            assertTrue(sources.contains(good), good + " processed: " + sources);
        }
        // Every input accounted for: processed or quarantined (as root, the locked file is still readable).
        for (Path f : files) {
            String n = f.getFileName().toString();
            assertTrue(sources.contains(n) || reasons.containsKey(n), n + " is neither processed nor quarantined");
        }
        assertTrue(sum.quarantined() >= 4);
    }

    static List<JsonNode> lines(Path f) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            out.add(Json.mapper().readTree(l));
        }
        return out;
    }
}
