package org.luoshi.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store is independent of the order in which workers deliver records of the same document. */
class RecordStoreTest {

    private static String record(String id, String source, String published) throws Exception {
        ObjectNode r = Json.mapper().createObjectNode();
        ObjectNode doc = r.putObject("doc");
        doc.put("id", id);
        doc.put("source", source);
        doc.put("published", published);
        r.putArray("officials");
        r.putArray("directives");
        r.put("text", "会议要求，各地要深刻吸取事故教训（" + id + "）。");
        return Json.mapper().writeValueAsString(r);
    }

    @Test
    void sameDocumentFromTwoSourcesInEitherOrder() throws Exception {
        RecordStore a = new RecordStore();
        a.add(record("d1", "x.jsonl:7", "2024-10-22"));
        a.add(record("d1", "x.jsonl:12", "2024-10-23"));
        RecordStore b = new RecordStore();
        b.add(record("d1", "x.jsonl:12", "2024-10-23"));
        b.add(record("d1", "x.jsonl:7", "2024-10-22"));
        List<String> la = lines(a);
        assertEquals(la, lines(b));
        assertEquals("x.jsonl:12", Json.mapper().readTree(la.get(0)).get("doc").get("source").asText());
        assertEquals(2, Json.mapper().readTree(la.get(0)).get("sources").size());
    }

    @Test
    void aRecordIsKeptAsThePipelineWroteItWhichIsHowTheStoreWritesItToo() throws Exception {
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        for (Path seed : TestCorpus.seeds()) {
            String line = Json.mapper().writeValueAsString(x.extract(n.normalize(seed.toString(), Files.readAllBytes(seed)), null));
            // The store compares records as JSON strings: a record kept as the pipeline wrote it must be the same
            // string as the one read back from the store's file and written again.
            assertEquals(Json.mapper().writeValueAsString(Json.mapper().readTree(line)), line, seed.toString());
            RecordStore s = new RecordStore();
            String[] key = s.add(line);
            assertEquals(seed.toString(), key[1]);
            assertEquals(line, s.records().get(key[0]).json());
        }
    }

    private static List<String> lines(RecordStore s) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (RecordStore.Stored st : s.records().values()) {
            out.add(Json.mapper().writeValueAsString(RecordStore.published(st)));
        }
        return out;
    }

    @Test
    void theStoreFileReadsBackAsItWasWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RecordStore s = new RecordStore();
        s.add(record("d1", "x.jsonl#a,\"sources\":[", "2024-10-22"));
        s.add(record("d1", "x.jsonl:12", "2024-10-23"));
        s.add(record("d2", "b.txt", null));
        Outputs.write(s, java.util.Set.of(), null, dir);
        java.nio.file.Files.writeString(dir.resolve(Outputs.STORE), "\n  \n", java.nio.file.StandardOpenOption.APPEND);
        try (RecordStore back = RecordStore.read(dir.resolve(Outputs.STORE))) {
            assertEquals(lines(s), lines(back));
            for (String id : List.of("d1", "d2")) {
                assertEquals(s.records().get(id).sources(), back.records().get(id).sources());
                // the same hash as the record held, and read again from the file when asked for, not kept
                assertEquals(s.records().get(id).hash(), back.records().get(id).hash());
                assertEquals(null, back.records().get(id).held());
                assertEquals(s.records().get(id).json(), back.records().get(id).json());
            }
        }
    }

    @Test
    void recordsAddedFromAStagedFileStayThereAndReadAsIfAddedOneByOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> lines = List.of(record("d2", "b.txt", null), record("d1", "x.jsonl:12", "2024-10-23"),
                record("d1", "x.jsonl#a", "2024-10-22"));
        RecordStore oneByOne = new RecordStore();
        for (String l : lines) {
            oneByOne.add(l);
        }
        Path staged = dir.resolve("extractions-00000");
        java.nio.file.Files.writeString(staged, String.join("\n", lines.get(0), "", lines.get(1), lines.get(2)) + "\r\n");
        List<String> told = new java.util.ArrayList<>();
        try (RecordStore fromFile = new RecordStore()) {
            List<String[]> added = fromFile.addAll(staged, told::add);
            assertEquals(List.of("d2", "d1", "d1"), told);
            assertEquals(List.of("d2 b.txt", "d1 x.jsonl:12", "d1 x.jsonl#a"), added.stream().map(k -> k[0] + " " + k[1]).toList());
            assertEquals(lines(oneByOne), lines(fromFile));
            for (String id : List.of("d1", "d2")) {
                assertEquals(null, fromFile.records().get(id).held());
                assertEquals(oneByOne.records().get(id).hash(), fromFile.records().get(id).hash());
            }
        }
    }

    @Test
    void removingTheLastSourceDropsTheDocument() throws Exception {
        RecordStore s = new RecordStore();
        s.add(record("d1", "a.txt", null));
        s.add(record("d2", "b.txt", null));
        s.add(record("d2", "c.txt", null));
        s.removeSources(java.util.Set.of("a.txt", "b.txt"));
        assertEquals(List.of("d2"), List.copyOf(s.records().keySet()));
        assertEquals("c.txt", Json.mapper().readTree(lines(s).get(0)).get("doc").get("source").asText());
    }
}
