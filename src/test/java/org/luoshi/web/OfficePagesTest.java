package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Office and lineage pages over the seeds and the national items (read from ../shared). */
class OfficePagesTest {
    @TempDir
    static Path data;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
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

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return LocalHttp.get(server, pathAndQuery);
    }

    static String q(String s) {
        return LocalHttp.q(s);
    }

    @Test
    void officePageApiCsvAndLineage() throws Exception {
        HttpResponse<String> page = get("/office?unit=" + q("运城市"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<b>relayed</b>"), page.body());
        assertTrue(page.body().contains("export CSV"));
        assertTrue(get("/office").body().contains("<option value=\"运城市\">"), "the units of the ledger are offered to pick from");
        HttpResponse<String> csv = get("/office?format=csv&unit=" + q("运城"));
        assertTrue(csv.body().startsWith("directive,from_unit,unit,status"), csv.body());
        JsonNode api = Json.mapper().readTree(get("/api/track?unit=" + q("運城") + "&as_of=2020-01-01").body());
        assertEquals("2020-01-01", api.get("as_of").asText());
        assertTrue(api.get("rows").size() > 0);
        String id = api.get("rows").get(0).get("directive").asText();
        HttpResponse<String> lineage = get("/lineage?directive=" + q(id));
        assertEquals(200, lineage.statusCode());
        assertTrue(lineage.body().contains("<svg") && lineage.body().contains("运城市"), lineage.body());
        assertEquals(404, get("/lineage?directive=nope%231").statusCode());
    }

    @Test
    void documentPageShowsCitationsUpAndRelaysDown() throws Exception {
        String yuncheng = null;
        String national = null;
        for (String line : java.nio.file.Files.readAllLines(org.luoshi.ingest.Generations.current(data).resolve("documents.jsonl"))) {
            JsonNode d = Json.mapper().readTree(line);
            if (d.get("source").asText().endsWith("001_0be5f8c029c189f1.txt")) {
                yuncheng = d.get("id").asText();
            }
            if (d.get("source").asText().endsWith("national_20191122_tvconf.txt")) {
                national = d.get("id").asText();
            }
        }
        String page = get("/doc/" + yuncheng).body();
        String citations = page.substring(page.indexOf("id=\"citations\""), page.indexOf("id=\"relays-up\""));
        assertTrue(citations.contains("cites national tvconf of 2019-11-22 → <a href=\"/doc/" + national + "\">"), citations);
        assertTrue(citations.contains("not ingested"), "the provincial conference is named though not ingested: " + citations);
        assertTrue(page.substring(page.indexOf("id=\"relays-up\"")).contains(" restates "), "Yuncheng relays national directives");
        String relayed = null;
        for (String line : java.nio.file.Files.readAllLines(org.luoshi.ingest.Generations.current(data).resolve("links.jsonl"))) {
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
        HttpResponse<String> r = get("/office?unit=" + q("<script>alert(1)</script>"));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)"));
        assertTrue(r.body().contains("&lt;script&gt;"));
    }
}
