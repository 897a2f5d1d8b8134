package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.formula.FormulaFixture;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The formula page over the formula fixture: first use, the chart as inline SVG with the numbers of the table, the
 * CSV and the JSON; strict inputs in Chinese; and the search page linking a formula in a hit to its page.
 */
class FormulasPageTest {
    @TempDir
    static Path dir;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        Path data = dir.resolve("data");
        FormulaFixture.ingest(dir, data);
        server = new WebServer(data, "127.0.0.1", 0);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return LocalHttp.get(server, path);
    }

    @Test
    void pageShowsFirstUseChartLevelsUnitsAndDirectives() throws Exception {
        HttpResponse<String> r = get("/formulas?q=" + LocalHttp.q("两个至上"));
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("首次使用") && body.contains("2014年3月5日") && body.contains("国务院常务会议部署安全生产工作"), body);
        assertTrue(body.contains("<svg") && body.contains("<polyline") && body.contains("国家级"), "chart, one series per level");
        assertFalse(body.contains("<script"), "no script");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(body.contains("各层级首次使用") && body.contains("使用单位") && body.contains("含此提法的指示"), body);
        assertTrue(body.contains("<mark>两个至上</mark>"), "the phrase marked in the sentence and the directives");
        assertTrue(get("/formulas?q=" + LocalHttp.q("两个至上") + "&lang=en").body().contains("First use"));
    }

    @Test
    void chartTableCsvAndJsonHoldTheSameNumbers() throws Exception {
        String phrase = "党政同责、一岗双责";
        JsonNode json = LocalHttp.json(server, "/api/formulas?q=" + LocalHttp.q(phrase)).get(0);
        List<String> fromJson = new ArrayList<>();
        for (JsonNode y : json.get("years")) {
            fromJson.add(y.get("year").asInt() + ":" + y.get("total").asInt() + ":" + y.get("levels").path("national").asInt(0));
        }
        HttpResponse<String> csv = get("/formulas?q=" + LocalHttp.q(phrase) + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFF提法,年份,合计,国家级"), csv.body());
        List<String> fromCsv = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv.body().substring(1)), CSVFormat.RFC4180.builder().setHeader().build())) {
            for (CSVRecord rec : p) {
                assertEquals(phrase, rec.get("提法"));
                fromCsv.add(rec.get("年份") + ":" + rec.get("合计") + ":" + rec.get("国家级"));
            }
        }
        assertEquals(fromJson, fromCsv);
        assertEquals(FormulaFixture.scan(phrase).size(), json.get("documents").asInt());
        // The chart's points: one tooltip per year and level, with the count of the table.
        String page = get("/formulas?q=" + LocalHttp.q(phrase)).body();
        Matcher m = Pattern.compile("<title>国家级 (\\d{4})年：(\\d+) 篇</title>").matcher(page);
        List<String> fromChart = new ArrayList<>();
        while (m.find()) {
            fromChart.add(m.group(1) + ":" + m.group(2));
        }
        assertEquals(fromJson.stream().map(s -> s.substring(0, 5) + s.substring(s.lastIndexOf(':') + 1)).toList(), fromChart);
    }

    @Test
    void inputsAreStrictAndMessagesChinese() throws Exception {
        HttpResponse<String> none = get("/api/formulas");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("q 没有给出"), none.body());
        HttpResponse<String> punct = get("/formulas?q=" + LocalHttp.q("“、”"));
        assertEquals(400, punct.statusCode());
        assertTrue(punct.body().contains("至少要有两个汉字"), punct.body());
        StringBuilder six = new StringBuilder("/api/formulas?");
        for (int i = 0; i < 6; i++) {
            six.append("q=").append(LocalHttp.q("两个至上" + i)).append('&');
        }
        assertEquals(400, get(six.toString()).statusCode());
        assertEquals(400, get("/formulas?q=" + LocalHttp.q("两个至上") + "&format=xls").statusCode());
        String landing = get("/formulas").body();
        assertTrue(landing.contains("常见提法") && landing.contains("/formulas?q=" + LocalHttp.q("三管三必须")), landing);
    }

    @Test
    void searchHitsLinkTheirFormulasToTheirPages() throws Exception {
        String page = get("/?q=" + LocalHttp.q("责任感")).body();
        assertTrue(page.contains("<a class=\"formula\" href=\"/formulas?q=" + LocalHttp.q("时时放心不下") + "\">"), page);
        String list = get("/?q=" + LocalHttp.q("严执法")).body();
        assertTrue(list.contains("href=\"/formulas?q=" + LocalHttp.q("全覆盖、零容忍、严执法、重实效") + "\"><mark>"), list);
    }
}
