package org.luoshi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;
import org.luoshi.normalize.Normalizer;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code luoshi extract} and {@code luoshi eval} end to end: the SCHEMA.md contract and the inputs it reads. */
class ExtractCommandTest {
    private static final Set<String> LEVELS = Set.of("national", "province", "city", "county", "district", "township");

    @Test
    void corpusRecordsKeepTheSchemaContract(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        CommandRunner.Run r = CommandRunner.run("extract", TestCorpus.corpus().toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        for (String line : lines) {
            JsonNode rec = Json.mapper().readTree(line);
            JsonNode doc = rec.get("doc");
            for (String f : List.of("id", "source", "title", "level", "region", "meeting_date", "published", "quality")) {
                assertTrue(doc.has(f), "doc." + f);
            }
            assertTrue(LEVELS.contains(doc.get("level").asText()));
            assertTrue(doc.get("region").get("path").isArray() && doc.get("region").has("code"));
            JsonNode q = doc.get("quality");
            for (String f : List.of("encoding", "traditional", "pinyin_glosses_removed", "damaged_spans")) {
                assertTrue(q.has(f), "quality." + f);
            }
            String text = new Normalizer().normalize(doc.get("source").asText(),
                    Files.readAllBytes(Path.of(doc.get("source").asText()))).text();
            for (JsonNode o : rec.get("officials")) {
                assertTrue(o.has("name") && o.has("title") && o.has("level") && o.get("roles").isArray());
            }
            for (JsonNode d : rec.get("directives")) {
                assertTrue(d.get("id").asText().startsWith(doc.get("id").asText() + "#"));
                int start = d.get("span").get(0).asInt();
                int end = d.get("span").get(1).asInt();
                assertEquals(text.substring(start, end), d.get("text").asText(), "text is exactly the span");
                assertTrue(Set.of("must", "must_not").contains(d.get("modality").asText()));
                assertTrue(d.has("speaker") && d.has("deadline") && d.get("addressees").isArray() && d.get("sectors").size() > 0);
            }
        }
    }

    @Test
    void jsonlExportsAreReadLineByLineAndBadLinesNamed(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("news.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(("{\"title\":\"国务院召开全国安全生产电视电话会议\",\"date\":\"20190726\",\"text\":\"国务院26日召开全国安全生产电视电话会议。会议强调，各地区要立即开展隐患排查。\"}\n"
                    + "not json\n"
                    + "{\"text\":\"\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.jsonl");
        CommandRunner.Run r = CommandRunner.run("extract", gz.toString(), "--out", out.toString());
        assertEquals(ExitCodes.SOME_INPUTS_REJECTED, r.exitCode());
        assertTrue(r.err().contains("news.jsonl.gz:2: line is not JSON"), r.err());
        assertTrue(r.err().contains("news.jsonl.gz:3"), r.err());
        JsonNode rec = Json.mapper().readTree(Files.readAllLines(out, StandardCharsets.UTF_8).get(0));
        assertEquals("national", rec.get("doc").get("level").asText());
        assertEquals("2019-07-26", rec.get("doc").get("meeting_date").asText());
        assertEquals("immediate", rec.get("directives").get(0).get("deadline").get("type").asText());
    }

    @Test
    void evalScoresTheSeedsGold(@TempDir Path dir) {
        Path out = dir.resolve("out.jsonl");
        CommandRunner.run("extract", TestCorpus.corpus().toString(), "--out", out.toString());
        CommandRunner.Run r = CommandRunner.run("eval", "--gold", "src/test/resources/gold/seeds", "--system", out.toString(), "--verbose");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("directives_f1"), r.out());
        assertTrue(r.out().contains("[000_f4d387b259e70188.json] officials missed=[]"), r.out());
    }

    @Test
    void evalWithoutGoldDirectoryIsAUsageError() {
        CommandRunner.Run r = CommandRunner.run("eval", "--gold", "no/such/dir");
        assertEquals(ExitCodes.USAGE, r.exitCode());
    }

    @Test
    void helpForEveryCommand() {
        for (String c : List.of("extract", "eval")) {
            assertTrue(CommandRunner.run(c, "--help").out().contains("Usage: luoshi " + c));
        }
    }
}
