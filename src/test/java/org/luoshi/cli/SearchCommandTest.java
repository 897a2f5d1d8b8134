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
        assertTrue(r.out().contains("⟦隐患") || r.out().contains("⟦排查"), "highlights marked with brackets no text uses: " + r.out());
        assertTrue(r.out().contains("层级："), r.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", data.toString(), "--format", "json", "--level", "county");
        JsonNode j = Json.mapper().readTree(r.out());
        assertEquals("安全", j.get("query").asText());
        assertTrue(j.get("total").asInt() > 0);
        for (JsonNode h : j.get("hits")) {
            for (String f : List.of("id", "kind", "score", "text", "highlights", "speaker", "speaker_title", "level", "region", "date", "doc",
                    "title", "source", "ordinal", "sectors", "deadline")) {
                assertTrue(h.has(f), f);
            }
            assertEquals("county", h.get("level").asText());
        }
        assertTrue(j.get("facets").has("level"));
    }

    @Test
    void csvHasABomAHeaderAndARowPerHit() throws Exception {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", data.toString(), "--format", "csv", "--limit", "3");
        assertTrue(r.out().startsWith("\uFEFF编号,类型,层级,地区,日期"), r.out());
        assertEquals(4, org.apache.commons.csv.CSVParser.parse(r.out().substring(1), org.apache.commons.csv.CSVFormat.RFC4180).getRecords().size());
        CommandRunner.Run en = CommandRunner.run("search", "安全", "--data", data.toString(), "--format", "csv", "--limit", "1", "--lang", "en");
        assertTrue(en.out().startsWith("\uFEFFid,kind,level,region,date"), en.out());
    }

    @Test
    void offsetPagesAndAllExportsTheWholeList() throws Exception {
        CommandRunner.Run all = CommandRunner.run("search", "--data", data.toString(), "--format", "jsonl", "--all", "--sort", "oldest");
        assertEquals(0, all.exitCode(), all.err());
        List<String> lines = all.out().lines().toList();
        CommandRunner.Run json = CommandRunner.run("search", "--data", data.toString(), "--format", "json", "--limit", "1");
        long total = Json.mapper().readTree(json.out()).get("total").asLong();
        assertEquals(total, lines.size(), "every hit, not a page");
        CommandRunner.Run page = CommandRunner.run("search", "--data", data.toString(), "--format", "jsonl", "--sort", "oldest",
                "--offset", "5", "--limit", "3");
        assertEquals(lines.subList(5, 8), page.out().lines().toList(), "--offset 5 is the sixth hit on");
        CommandRunner.Run table = CommandRunner.run("search", "--data", data.toString(), "--offset", "2", "--limit", "2");
        assertTrue(table.out().startsWith("3. ["), table.out());
        assertTrue(table.out().contains("--offset 4"), "says how to get the next page: " + table.out());
    }

    @Test
    void emptyResultSaysSo() {
        CommandRunner.Run r = CommandRunner.run("search", "核电站", "--data", data.toString(), "--level", "national");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("没有指示符合「核电站」 --level national"), r.out());
    }

    @Test
    void badSyntaxIsOneLineAndExitTwo() {
        CommandRunner.Run r = CommandRunner.run("search", "隐患 AND (排查", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("查询语法有误"), r.err());
    }

    @Test
    void everyInvalidValueExitsTwoNamingTheValidOnes() {
        String[][] cases = {
            {"--level", "foo", "national"}, {"--sector", "不存在", "危险化学品"}, {"--from", "abc", "四位数字"}, {"--limit", "0", "1 到 1000"},
            {"--offset", "-3", "整数"}, {"--sort", "best", "relevance"}, {"--deadline", "soon", "overdue"}, {"--as-of", "2020-13-01", "年-月-日"},
            {"--format", "xml", "table"}, {"--region", "不存在的地方", "GB/T 2260"}, {"--lang", "fr", "zh"},
        };
        for (String[] c : cases) {
            CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", data.toString(), c[0], c[1]);
            assertEquals(ExitCodes.USAGE, r.exitCode(), String.join(" ", c));
            assertTrue(r.err().contains(c[2]) && !r.err().contains("Exception") && !r.err().contains("\\u"), String.join(" ", c) + " → " + r.err());
        }
        CommandRunner.Run range = CommandRunner.run("search", "安全", "--data", data.toString(), "--from", "2020", "--to", "2010");
        assertEquals(ExitCodes.USAGE, range.exitCode());
        assertTrue(range.err().contains("颠倒"), range.err());
        CommandRunner.Run trad = CommandRunner.run("search", "--data", data.toString(), "--sector", "危險化學品", "--level", "縣級");
        assertEquals(0, trad.exitCode(), "Traditional folded in every filter: " + trad.err());
        CommandRunner.Run complex = CommandRunner.run("search", "text_bigram:/.{1,100}安.{1,100}全.{1,100}/", "--data", data.toString());
        assertEquals(ExitCodes.USAGE, complex.exitCode());
        assertTrue(complex.err().contains("查询过于复杂"), complex.err());
    }

    @Test
    void noCommandIsUsageOnStandardErrorAndExitTwo() {
        CommandRunner.Run r = CommandRunner.run();
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.out().isEmpty(), r.out());
        assertTrue(r.err().contains("Usage: luoshi"), r.err());
        CommandRunner.Run bench = CommandRunner.run("bench");
        assertEquals(ExitCodes.USAGE, bench.exitCode());
    }

    @Test
    void missingIndexSaysWhichCommandBuildsIt(@TempDir Path empty) {
        CommandRunner.Run r = CommandRunner.run("search", "安全", "--data", empty.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("./luoshi"), r.err());
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
