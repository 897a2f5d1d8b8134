package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Office and lineage pages over the seeds and the national items (read from ../shared). Without ../shared each test
 * is skipped with a message (and fails in CI, where it must be there).
 */
class OfficePagesTest {
    @TempDir
    static Path data;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        if (!TestCorpus.present("corpus/national") && !TestCorpus.ci()) {
            return; // each test says it is skipped
        }
        List<Path> files = new ArrayList<>(TestCorpus.seeds());
        files.addAll(TestCorpus.list(TestCorpus.shared("corpus/national")));
        server = LocalHttp.ingestAndServe(data, files);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Skips the test (fails in CI) without the national items. */
    static void national() {
        TestCorpus.shared("corpus/national");
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return LocalHttp.get(server, pathAndQuery);
    }

    /** The seeds and national items are of 2013–2019: ledgers are asked as of the end of 2019. */
    static final String AS_OF = "&as_of=2019-12-31";

    static String q(String s) {
        return LocalHttp.q(s);
    }

    @Test
    void officePageInChineseWithContextCsvAndApi() throws Exception {
        national();
        HttpResponse<String> page = get("/office?unit=" + q("运城市") + AS_OF);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<td class=\"status\">已传达</td>") && body.contains("<td class=\"status\">未落实</td>"), body);
        assertTrue(body.contains("class=\"meeting\"") && body.contains("class=\"speaker\"") && body.contains("<span class=\"nowrap date\">2019年11月22日</span>"),
                "context per row: meeting, speaker, date on one line");
        assertTrue(body.contains("导出 CSV"));
        assertFalse(body.contains(">open<") || body.contains(">relayed<"), "no English codes on the Chinese page");
        assertTrue(get("/office").body().contains("<option value=\"运城市\">"), "the units of the ledger are offered to pick from");
        assertTrue(get("/office?unit=" + q("运城市") + AS_OF + "&lang=en").body().contains("<td class=\"status\">relayed</td>"));

        HttpResponse<byte[]> csv = LocalHttp.bytes(server, "/office?format=csv&unit=" + q("运城") + AS_OF);
        byte[] b = csv.body();
        assertTrue(b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF, "UTF-8 BOM first");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("状态,指示,下达单位,会议或文件,讲话人,日期"), text);
        assertTrue(text.contains("已传达,") && text.contains(",全国,"), "labels and unit names, not codes");

        JsonNode api = Json.mapper().readTree(get("/api/track?unit=" + q("運城") + "&as_of=2020-01-01").body());
        assertEquals("2020-01-01", api.get("as_of").asText());
        assertTrue(api.get("unit").get("name").asText().contains("运城市"));
        assertTrue(api.get("rows").size() > 0);
        for (JsonNode row : api.get("rows")) {
            for (String f : List.of("directive", "status", "text", "from_unit", "from_unit_name", "unit", "unit_name", "date", "meeting",
                    "speaker", "doc", "deadline", "evidence")) {
                assertTrue(row.has(f), f + " in " + row);
            }
        }
        assertEquals(400, get("/office?unit=" + q("运城") + "&status=" + q("已完成")).statusCode());
        assertEquals(200, get("/office?unit=" + q("运城") + AS_OF + "&status=" + q("已传达")).statusCode(), "statuses by their Chinese labels");
    }

    @Test
    void lineageIsNestedByTheAdministrativeTreeOneBoxPerUnit() throws Exception {
        national();
        JsonNode rows = Json.mapper().readTree(get("/api/track?unit=" + q("运城市") + AS_OF + "&status=relayed").body()).get("rows");
        String id = rows.get(0).get("directive").asText();
        HttpResponse<String> lineage = get("/lineage?directive=" + q(id));
        assertEquals(200, lineage.statusCode());
        String body = lineage.body();
        assertTrue(Pattern.compile("<section class=\"unit level-province\"><div class=\"head\"><a href=\"/office\\?unit=[^\"]+\">山西省（省级）</a></div>\\s*"
                + "<section class=\"unit level-city\"><div class=\"head\"><a href=\"/office\\?unit=[^\"]+\">运城市（市级）</a>").matcher(body).find(),
                "运城市 inside 山西省, each box a link: " + body);
        int boxes = body.split("运城市（市级）</a>", -1).length - 1;
        assertEquals(1, boxes, "one box per unit");
        assertTrue(body.contains("<b class=\"status\">已传达</b>"));
        assertEquals(404, get("/lineage?directive=" + q("0".repeat(32) + "#1")).statusCode());
    }

    @Test
    void documentPageShowsCitationsUpAndRelaysDown() throws Exception {
        national();
        String yuncheng = null;
        String nationalDoc = null;
        for (String line : java.nio.file.Files.readAllLines(org.luoshi.index.IndexLocation.generation(data).resolve("documents.jsonl"))) {
            JsonNode d = Json.mapper().readTree(line);
            if (d.get("source").asText().endsWith("001_0be5f8c029c189f1.txt")) {
                yuncheng = d.get("id").asText();
            }
            if (d.get("source").asText().endsWith("national_20191122_tvconf.txt")) {
                nationalDoc = d.get("id").asText();
            }
        }
        String page = get("/doc/" + yuncheng).body();
        String citations = page.substring(page.indexOf("id=\"citations\""), page.indexOf("id=\"relays-up\""));
        assertTrue(citations.contains("引用 国家级 tvconf 2019年11月22日 → <a href=\"/doc/" + nationalDoc + "\">"), citations);
        assertTrue(citations.contains("未收录"), "the provincial conference is named though not ingested: " + citations);
        assertTrue(page.substring(page.indexOf("id=\"relays-up\"")).contains(" 传达了 "), "Yuncheng relays national directives");
        String relayed = null;
        for (String line : java.nio.file.Files.readAllLines(org.luoshi.index.IndexLocation.generation(data).resolve("links.jsonl"))) {
            JsonNode l = Json.mapper().readTree(line);
            if ("relay".equals(l.get("type").asText()) && l.get("from").asText().startsWith(yuncheng + "#")) {
                relayed = l.get("to").asText();
            }
        }
        JsonNode tree = Json.mapper().readTree(get("/api/lineage?directive=" + q(relayed)).body());
        assertEquals(relayed, tree.get("directive").asText());
        boolean found = false;
        for (JsonNode c : tree.get("children")) {
            found |= c.get("unit").asText().contains("运城市") && c.get("status").asText().equals("relayed") && c.get("text").asText().length() > 5;
        }
        assertTrue(found, "the lineage JSON has Yuncheng's relay with its wording: " + tree);
    }

    @Test
    void unitTextIsEscaped() throws Exception {
        national();
        HttpResponse<String> r = get("/office?unit=" + q("<script>alert(1)</script>"));
        assertEquals(400, r.statusCode(), "no such unit");
        assertFalse(r.body().contains("<script>alert(1)"));
        assertTrue(r.body().contains("&lt;script&gt;"));
    }
}
