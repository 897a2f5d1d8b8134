package org.luoshi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code luoshi index}, {@code search} and {@code bench search} from the command line. */
class SearchCommandTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void buildIndex() {
        CommandRunner.Run x = CommandRunner.run("extract", TestCorpus.corpus().toString(), "--out", data.resolve("extract.jsonl").toString());
        assertEquals(0, x.exitCode(), x.err());
        CommandRunner.Run i = CommandRunner.run("index", "--data", data.toString());
        assertEquals(0, i.exitCode(), i.err());
        assertTrue(i.out().contains("indexed 5 documents"), i.out());
    }

    @Test
    void tableShowsHitsAndFacets() {
        CommandRunner.Run r = CommandRunner.run("search", "隐患排查", "--data", data.toString(), "--limit", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("1. ["), r.out());
        assertTrue(r.out().contains("【"), r.out());
        assertTrue(r.out().contains("level: "), r.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", data.toString(), "--format", "json", "--level", "county");
        JsonNode j = Json.mapper().readTree(r.out());
        assertEquals("安全", j.get("query").asText());
        assertTrue(j.get("total").asInt() > 0);
        for (JsonNode h : j.get("hits")) {
            for (String f : List.of("id", "score", "text", "snippet", "speaker", "level", "region", "date", "doc", "deadline")) {
                assertTrue(h.has(f), f);
            }
            assertEquals("county", h.get("level").asText());
        }
        assertTrue(j.get("facets").has("level"));
    }

    @Test
    void csvHasAHeaderAndARowPerHit() {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", data.toString(), "--format", "csv", "--limit", "3");
        List<String> lines = r.out().lines().toList();
        assertEquals("id,score,level,region,date,speaker,deadline_type,deadline_value,doc,text", lines.get(0));
        assertEquals(4, lines.size());
    }

    @Test
    void emptyResultSaysSo() {
        CommandRunner.Run r = CommandRunner.run("search", "核电站", "--data", data.toString(), "--level", "national");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("no directives match '核电站' with --level national"), r.out());
    }

    @Test
    void badSyntaxIsOneLineAndExitTwo() {
        CommandRunner.Run r = CommandRunner.run("search", "隐患 AND (排查", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("bad query syntax"), r.err());
    }

    @Test
    void missingIndexSaysWhichCommandBuildsIt(@TempDir Path empty) {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", empty.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("./luoshi index"), r.err());
    }

    @Test
    void benchReportsBothSidesInOneRun() {
        CommandRunner.Run r = CommandRunner.run("bench", "search", "--data", data.toString(), "--queries", "50");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("full search") && r.out().contains("bare TermQuery") && r.out().contains("ratio full/bare"), r.out());
        CommandRunner.Run docs = CommandRunner.run("bench", "search", "--data", data.toString(), "--queries", "50", "--docs");
        assertEquals(0, docs.exitCode(), docs.err());
        assertTrue(docs.out().contains("document search") && docs.out().contains("50 queries"), docs.out());
    }
}
