package org.luoshi.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web UI over HTTP on a free localhost port: pages, API, escaping and the safety headers. */
class WebServerTest {
    @TempDir
    static Path data;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        server = LocalHttp.ingestAndServe(data, TestCorpus.seeds());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return LocalHttp.get(server, pathAndQuery);
    }

    static String q(String s) {
        return LocalHttp.q(s);
    }

    @Test
    void searchPageHighlightsTheQueryWords() throws Exception {
        HttpResponse<String> r = get("/?q=" + q("隐患排查"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<mark>隐患</mark>"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        HttpResponse<String> trad = get("/?q=" + q("隱患排查") + "&level=province");
        assertTrue(trad.body().contains("<span class=\"level\">province</span>"));
        assertFalse(trad.body().contains("<span class=\"level\">county</span>"));
    }

    @Test
    void scriptInAQueryIsShownAsText() throws Exception {
        HttpResponse<String> r = get("/?q=" + q("<script>alert(1)</script>"));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, "status " + r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;"), r.body());
    }

    @Test
    void apiAndDocumentPages() throws Exception {
        HttpResponse<String> api = get("/api/search?q=" + q("安全") + "&limit=3");
        assertEquals(200, api.statusCode());
        assertTrue(api.body().startsWith("{\"query\":\"安全\""), api.body());
        String doc = org.luoshi.model.Json.mapper().readTree(api.body()).get("hits").get(0).get("doc").asText();
        HttpResponse<String> page = get("/doc/" + doc);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<span class=\"dir\" title=\"" + doc + "#"), "directives marked in place");
        assertTrue(page.body().contains("id=\"original\""), "original text beside the normalized one");
        HttpResponse<String> apiDoc = get("/api/doc/" + doc);
        assertEquals(200, apiDoc.statusCode());
        com.fasterxml.jackson.databind.JsonNode rec = org.luoshi.model.Json.mapper().readTree(apiDoc.body());
        assertEquals(doc, rec.get("doc").get("id").asText());
        assertFalse(rec.get("original").asText().isEmpty(), "the decoded original is stored with the document");
        assertTrue(rec.get("links").isArray());
    }

    @Test
    void pagingAndFacetLinks() throws Exception {
        HttpResponse<String> first = get("/?q=" + q("安全"));
        assertTrue(first.body().contains("rel=\"next\""), "more than one page of 安全 in the seeds");
        assertTrue(first.body().contains("id=\"facet-level\""), first.body());
        assertTrue(first.body().contains("&amp;level=county"), "facet values are links that filter");
        HttpResponse<String> second = get("/?q=" + q("安全") + "&page=2");
        assertTrue(second.body().contains("showing 21–"), second.body());
        assertTrue(second.body().contains("rel=\"prev\""));
        assertEquals(400, get("/?q=x&deadline=" + q("<b>")).statusCode());
        assertFalse(get("/?q=x&deadline=" + q("<b>")).body().contains("<b>,"));
        assertEquals(200, get("/?q=" + q("检查") + "&deadline=immediate").statusCode());
    }

    @Test
    void errorsAreStatusesNotStackTraces() throws Exception {
        assertEquals(400, get("/?q=" + q("隐患 AND (排查")).statusCode());
        assertEquals(404, get("/doc/" + "0".repeat(32)).statusCode());
        assertEquals(404, get("/doc/..%2F..%2Fetc%2Fpasswd").statusCode());
        assertEquals(404, get("/../../etc/passwd").statusCode());
        assertEquals(414, get("/?q=" + "a".repeat(WebServer.MAX_QUERY + 10)).statusCode());
        assertFalse(Files.readString(org.luoshi.ingest.Generations.current(data).resolve("documents.jsonl")).isEmpty());
    }
}
