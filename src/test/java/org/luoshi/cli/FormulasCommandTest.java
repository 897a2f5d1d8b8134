package org.luoshi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.formula.FormulaFixture;
import org.luoshi.model.Json;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code luoshi formulas}: the report of phrases as table, JSON and CSV, mining a year, and strict options. */
class FormulasCommandTest {
    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void ingest() throws Exception {
        Path d = dir.resolve("data");
        FormulaFixture.ingest(dir, d);
        data = d.toString();
    }

    @Test
    void tableJsonAndCsv() throws Exception {
        CommandRunner.Run table = CommandRunner.run("formulas", "党政同责 一岗双责", "時時放心不下", "--data", data);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("提法「党政同责 一岗双责」") && table.out().contains("首次使用：2013-06-08"), table.out());
        assertTrue(table.out().contains("提法「时时放心不下」"), "Traditional folded: " + table.out());
        assertTrue(table.out().contains("各层级首次使用") && table.out().contains("使用单位"), table.out());
        JsonNode json = Json.mapper().readTree(CommandRunner.run("formulas", "两个至上", "--data", data, "--format", "json").out());
        assertEquals(1, json.size());
        assertEquals(FormulaFixture.scan("两个至上").size(), json.get(0).get("documents").asInt());
        assertEquals("2014-03-05", json.get(0).get("first").get("date").asText());
        String csv = CommandRunner.run("formulas", "两个至上", "--data", data, "--format", "csv", "--lang", "en").out();
        assertTrue(csv.startsWith("\uFEFFformula,year,total,national"), csv);
    }

    @Test
    void miningAYear() throws Exception {
        CommandRunner.Run r = CommandRunner.run("formulas", "--new", "2014", "--data", data);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2014 年首次出现") && r.out().contains("两个至上") && r.out().contains("三管三必须"), r.out());
        JsonNode json = Json.mapper().readTree(CommandRunner.run("formulas", "--new", "2014", "--data", data, "--format", "json", "--top", "2").out());
        assertEquals(2, json.get("formulas").size());
        assertEquals(1, json.get("formulas").get(0).get("rank").asInt());
        for (String field : java.util.List.of("documents_12m", "units_12m", "directives", "first_date")) {
            assertTrue(json.get("formulas").get(0).has(field), field + " in " + json);
        }
    }

    @Test
    void badOptionsExitTwoInChinese() {
        for (String[] args : new String[][] {{"formulas", "--data", data}, {"formulas", "两个至上", "--format", "xml", "--data", data},
                {"formulas", "--new", "20x4", "--data", data}, {"formulas", "--new", "2014", "两个至上", "--data", data},
                {"formulas", "“”", "--data", data}, {"formulas", "两个至上", "--data", dir.resolve("nowhere").toString()}}) {
            CommandRunner.Run r = CommandRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("luoshi formulas: "), r.err());
            assertTrue(r.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
