package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.TestCorpus;
import org.luoshi.model.Json;

import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI over HTTP on a free localhost port, over the seeds (and over more than a thousand directives made of
 * them): pages, API, exports, paging, every 400, the Host check, headers, and that half-open connections do not
 * hold up a search.
 */
class WebServerTest {
    @TempDir
    static Path data;
    @TempDir
    static Path many;
    static WebServer server;
    static WebServer big;
    static int bigDirectives;

    @BeforeAll
    static void start() throws Exception {
        server = LocalHttp.ingestAndServe(data, TestCorpus.seeds());
        bigDirectives = ManyDirectives.build(many);
        big = new WebServer(many, "127.0.0.1", 0);
        big.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (big != null) {
            big.close();
        }
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return LocalHttp.get(server, pathAndQuery);
    }

    static String q(String s) {
        return LocalHttp.q(s);
    }

    static long total(WebServer s, String query) throws Exception {
        return LocalHttp.json(s, "/api/search?" + query).get("total").asLong();
    }

    @Test
    void searchPageHighlightsTheQueryWordsInChinese() throws Exception {
        HttpResponse<String> r = get("/?q=" + q("隐患排查"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<mark>隐患</mark>") || r.body().contains("<mark>隐患排查</mark>"), r.body());
        assertTrue(r.body().contains("条指示"), "Chinese first");
        for (String h : List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options")) {
            assertTrue(r.headers().firstValue(h).isPresent(), h);
        }
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertFalse(r.headers().firstValue("Server").isPresent(), "no server version");
        HttpResponse<String> trad = get("/?q=" + q("隱患排查") + "&level=province");
        assertTrue(trad.body().contains("<span class=\"level\">省级</span>"), trad.body());
        assertFalse(trad.body().contains("<span class=\"level\">县级</span>"));
        HttpResponse<String> en = get("/?q=" + q("隱患排查") + "&level=province&lang=en");
        assertTrue(en.body().contains("<span class=\"level\">province</span>") && en.body().contains("directives match"), en.body());
    }

    @Test
    void homePageShowsTheCorpusAtAGlanceAndUnits() throws Exception {
        String home = get("/").body();
        assertTrue(home.contains("语料概览") && home.contains("id=\"levels-years\"") && home.contains("id=\"latest\""), home);
        assertTrue(home.contains("按单位浏览") && home.contains("运城市"), home);
        assertTrue(home.contains("文档 5 篇"), home);
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
        JsonNode api = LocalHttp.json(server, "/api/search?q=" + q("安全") + "&limit=3");
        assertEquals("安全", api.get("query").asText());
        assertEquals(3, api.get("hits").size());
        JsonNode hit = api.get("hits").get(0);
        for (String f : List.of("id", "kind", "score", "text", "highlights", "speaker", "speaker_title", "level", "region", "date", "doc",
                "title", "source", "ordinal", "sectors", "deadline")) {
            assertTrue(hit.has(f), f + " in " + hit);
        }
        String doc = hit.get("doc").asText();
        HttpResponse<String> page = get("/doc/" + doc);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<span class=\"dir\" title=\"" + doc + "#"), "directives marked in place");
        assertTrue(page.body().contains("id=\"d" + hit.get("ordinal").asInt() + "\""), "each directive is an anchor");
        assertTrue(page.body().contains("id=\"original\""), "original text beside the normalized one");
        JsonNode rec = LocalHttp.json(server, "/api/doc/" + doc);
        assertEquals(doc, rec.get("doc").get("id").asText());
        assertFalse(rec.get("original").asText().isEmpty(), "the decoded original is stored with the document");
        assertTrue(rec.get("links").isArray());
    }

    @Test
    void highlightsAreOffsetsAndTheTextKeepsItsOwnBrackets() throws Exception {
        JsonNode r = LocalHttp.json(server, "/api/search?q=" + q("隐患排查") + "&limit=50");
        assertTrue(r.get("total").asInt() > 0);
        for (JsonNode h : r.get("hits")) {
            String text = h.get("text").asText();
            assertFalse(h.get("highlights").isEmpty(), text);
            for (JsonNode m : h.get("highlights")) {
                String marked = text.substring(m.get(0).asInt(), m.get(1).asInt());
                assertTrue(List.of("隐患", "排查", "隐患排查").contains(marked), marked);
            }
        }
        Segment.of("【安全生产月】活动", List.of(new int[] {1, 3})).forEach(s -> assertFalse(s.mark() && s.text().contains("【")));
        assertEquals("【安全生产月】活动", String.join("", Segment.of("【安全生产月】活动", List.of(new int[] {1, 3})).stream().map(Segment::text).toList()));
    }

    @Test
    void punctuationIsTextUnlessItIsSyntax() throws Exception {
        assertEquals(200, get("/api/search?q=" + q("煤矿/非煤矿山")).statusCode());
        assertEquals(200, get("/api/search?q=" + q("全覆盖:零容忍")).statusCode());
        assertTrue(total(server, "q=" + q("安全:生产")) > 0, "a colon between words is text, both words are searched");
        assertEquals(total(server, "q=" + q("\"隐患排查\"")), total(server, "q=" + q("“隐患排查”")), "full-width quotes are phrase quotes");
        assertEquals(total(server, "q=" + q("\"隐患排查\"")), total(server, "q=" + q("「隐患排查」")));
        assertTrue(total(server, "q=" + q("煤")) > 0, "a single character finds directives");
        assertTrue(total(server, "q=" + q("煤")) >= total(server, "q=" + q("煤矿")));
        assertEquals(total(server, "q=" + q("煤矿")), total(server, "q=" + q("煤礦")));
    }

    @Test
    void everyInvalidInputIsA400NamingWhatIsValid() throws Exception {
        String[][] cases = {
            {"/api/search?level=foo", "national"}, {"/api/search?sector=" + q("不存在"), "危险化学品"},
            {"/api/search?from=2020&to=2010", "颠倒"}, {"/api/search?from=20", "四位数字"}, {"/api/search?limit=0", "1 到 1000"},
            {"/api/search?limit=abc", "整数"}, {"/api/search?offset=-1", "整数"}, {"/api/search?sort=bogus", "relevance"},
            {"/api/search?deadline=bogus", "overdue"}, {"/api/search?as_of=abc", "年-月-日"}, {"/api/search?region=" + q("不存在的地方"), "GB/T 2260"},
            {"/api/search?after=garbage", "after"}, {"/api/search?docs=2", "0、1"},
            {"/api/search?q=" + q("隐患 AND (排查"), "查询语法有误"},
            {"/api/track?unit=" + q("运城") + "&status=bogus", "已传达"}, {"/api/track?unit=" + q("运城") + "&as_of=abc", "年-月-日"},
            {"/api/track", "unit"}, {"/api/lineage?directive=nope", "指示编号"}, {"/export?format=xls", "csv"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[0].startsWith("/api/") ? "application/json" : "text/html"), c[0]);
            String message = c[0].startsWith("/api/") ? Json.mapper().readTree(r.body()).get("error").asText() : r.body();
            assertTrue(message.contains(c[1]), c[0] + " → " + message);
            assertFalse(message.contains("\\u"), "no escapes: " + message);
        }
        String badEncoding = LocalHttp.raw(server, "GET /api/search?q=%E9%9A%90% HTTP/1.1\r\nHost: 127.0.0.1:"
                + server.address().getPort() + "\r\nConnection: close\r\n\r\n");
        assertTrue(badEncoding.startsWith("HTTP/1.1 400") && badEncoding.contains("百分号") && badEncoding.contains("application/json"), badEncoding);
        // The pages answer the same with a page naming the problem.
        for (String p : List.of("/?q=x&level=foo", "/?q=x&from=abc", "/office?unit=" + q("运城") + "&status=bogus", "/?q=" + q("隐患 AND (排查"))) {
            HttpResponse<String> r = get(p);
            assertEquals(400, r.statusCode(), p);
            assertTrue(r.body().contains("class=\"error\""), p);
        }
        assertEquals(200, get("/api/search?sector=" + q("煤礦")).statusCode(), "Traditional folded in the sector filter");
        assertEquals(200, get("/api/search?level=" + q("縣級")).statusCode(), "and in the level filter, Chinese labels taken");
    }

    @Test
    void aQueryBeyondTheBudgetIsTooComplex() throws Exception {
        StringBuilder fuzzy = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            fuzzy.append("安全").append(i).append("~ ");
        }
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append("词").append(i).append(" OR ");
        }
        for (String query : List.of("text_bigram:/.{1,100}安.{1,100}全.{1,100}/", fuzzy.toString(), many + "安全")) {
            HttpResponse<String> r = get("/api/search?q=" + q(query));
            assertEquals(400, r.statusCode(), query + " " + r.body());
            assertTrue(Json.mapper().readTree(r.body()).get("error").asText().startsWith("查询过于复杂"), r.body());
        }
        assertEquals(200, get("/api/search?q=" + q("安全~ 隐患*")).statusCode(), "a little fuzziness is fine");
    }

    @Test
    void methodsHostsAndLongRequests() throws Exception {
        HttpResponse<String> post = LocalHttp.post(server, "/");
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> apiPost = LocalHttp.post(server, "/api/search");
        assertEquals(405, apiPost.statusCode());
        assertTrue(apiPost.body().startsWith("{\"status\":405"), apiPost.body());
        int port = server.address().getPort();
        String evil = LocalHttp.raw(server, "GET /api/search?q=x HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 400"), evil);
        assertTrue(evil.contains("Content-Security-Policy"), "security headers on every answer");
        String good = LocalHttp.raw(server, "GET /api/search?q=x HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(good.startsWith("HTTP/1.1 200"), good);
        String otherPort = LocalHttp.raw(server, "GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n");
        assertTrue(otherPort.startsWith("HTTP/1.1 400"), otherPort);
        assertEquals(414, get("/?q=" + "a".repeat(Routes.MAX_QUERY + 10)).statusCode());
        String badUri = LocalHttp.raw(server, "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(badUri.startsWith("HTTP/1.1 400") && badUri.contains("Content-Security-Policy"), badUri);
        HttpResponse<String> missing = get("/api/nothing");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().startsWith("{"), "JSON errors on every /api/ path");
    }

    @Test
    void errorsAreStatusesNotStackTraces() throws Exception {
        assertEquals(404, get("/doc/" + "0".repeat(32)).statusCode());
        for (String p : List.of("/doc/..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd", "/doc/%2e%2e/%2e%2e/etc/passwd")) {
            HttpResponse<String> r = get(p);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, p + " " + r.statusCode());
            assertFalse(r.body().contains("root:"), p);
        }
        assertFalse(Files.readString(org.luoshi.index.IndexLocation.generation(data).resolve("documents.jsonl")).isEmpty());
    }

    @Test
    void facetsTakeSeveralValuesCountUnknownsAndOrderYears() throws Exception {
        JsonNode all = LocalHttp.json(server, "/api/search?limit=1");
        long total = all.get("total").asLong();
        for (String dim : List.of("level", "year", "speaker")) {
            long sum = 0;
            Iterator<JsonNode> counts = all.get("facets").get(dim).elements();
            while (counts.hasNext()) {
                sum += counts.next().asLong();
            }
            if (!dim.equals("speaker")) {
                assertEquals(total, sum, dim + " counts and the unknown bucket cover every hit: " + all.get("facets").get(dim));
            }
        }
        assertTrue(all.get("facets").get("speaker").has("unknown"), "directives whose speaker is not known are counted");
        List<String> years = new ArrayList<>();
        all.get("facets").get("year").fieldNames().forEachRemaining(years::add);
        years.remove("unknown");
        List<String> sorted = new ArrayList<>(years);
        sorted.sort(null);
        assertEquals(sorted, years, "years in date order");
        long county = total(server, "level=county");
        long city = total(server, "level=city");
        assertEquals(county + city, total(server, "level=county,city"));
        assertEquals(county + city, total(server, "level=county&level=city"));
        JsonNode both = LocalHttp.json(server, "/api/search?level=county");
        assertTrue(both.get("facets").get("level").has("city"), "a filtered dimension still counts its other values: " + both.get("facets"));
        if (all.get("facets").get("level").has("unknown")) {
            assertEquals(all.get("facets").get("level").get("unknown").asLong(), total(server, "level=unknown"));
        }
    }

    @Test
    void speakerFilterFindsWhatThePersonOrdered() throws Exception {
        long full = total(server, "speaker=" + q("王儒林"));
        assertTrue(full > 0);
        assertEquals(full, total(server, "speaker=" + q("王儒林书记")), "a title after the name");
        assertEquals(full, total(server, "speaker=" + q("王儒")), "the start of the name");
        JsonNode r = LocalHttp.json(server, "/api/search?speaker=" + q("王儒林") + "&limit=100");
        for (JsonNode h : r.get("hits")) {
            assertEquals("王儒林", h.get("speaker").asText());
        }
    }

    @Test
    void sortsPagesToTheEndAndExportsEverything() throws Exception {
        long total = total(big, "q=*");
        assertEquals(bigDirectives, total);
        assertTrue(total > 1000, "more than a thousand directives: " + total);
        for (String sort : List.of("relevance", "newest", "oldest")) {
            Set<String> ids = new HashSet<>();
            List<String> dates = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                JsonNode page = LocalHttp.json(big, "/api/search?q=" + q("安全 OR 要求 OR *") + "&sort=" + sort + "&limit=300"
                        + (after == null ? "" : "&after=" + q(after)));
                for (JsonNode h : page.get("hits")) {
                    assertTrue(ids.add(h.get("id").asText()), "no hit twice: " + h.get("id"));
                    if (!h.get("date").isNull() && h.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                        dates.add(h.get("date").asText());
                    }
                }
                after = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (after != null && pages < 100);
            long matching = total(big, "q=" + q("安全 OR 要求 OR *"));
            assertEquals(matching, ids.size(), sort + ": every hit once, paging to the end");
            if (!sort.equals("relevance")) {
                List<String> expected = new ArrayList<>(dates);
                expected.sort(sort.equals("newest") ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
                assertEquals(expected, dates, sort);
            }
        }
        JsonNode deep = LocalHttp.json(big, "/api/search?sort=oldest&offset=1100&limit=5");
        assertEquals(5, deep.get("hits").size());
        assertEquals(1100, deep.get("offset").asInt());
        HttpResponse<byte[]> csv = LocalHttp.bytes(big, "/export?format=csv&sort=newest");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        byte[] b = csv.body();
        assertTrue(b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF, "UTF-8 BOM first");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180).getRecords();
        assertEquals("编号", rows.get(0).get(0));
        assertEquals(total + 1, rows.size(), "a header and every hit");
        HttpResponse<String> jsonl = LocalHttp.get(big, "/export?format=jsonl&level=county");
        List<String> lines = jsonl.body().lines().toList();
        assertEquals(total(big, "level=county"), lines.size());
        assertEquals("county", Json.mapper().readTree(lines.get(0)).get("level").asText());
    }

    @Test
    void spreadsheetFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")", Exports.safe("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Exports.safe("+1"));
        assertEquals("'-1", Exports.safe("-1"));
        assertEquals("'@SUM(A1)", Exports.safe("@SUM(A1)"));
        assertEquals("安全", Exports.safe("安全"));
        assertEquals("", Exports.safe(null));
    }

    @Test
    void permalinksRedirectToTheCurrentDocument() throws Exception {
        JsonNode hit = LocalHttp.json(server, "/api/search?q=" + q("安全") + "&limit=1").get("hits").get(0);
        HttpResponse<String> r = get("/source?path=" + q(hit.get("source").asText()) + "&n=" + hit.get("ordinal").asInt());
        assertEquals(302, r.statusCode());
        assertEquals("/doc/" + hit.get("doc").asText() + "#d" + hit.get("ordinal").asInt(), r.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/source?path=" + q("no/such/file.txt")).statusCode());
    }

    @Test
    void halfOpenConnectionsDoNotDelayASearch() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket("127.0.0.1", server.address().getPort());
                OutputStream out = s.getOutputStream();
                out.write("GET /?q=%E5%AE%89".getBytes(StandardCharsets.US_ASCII)); // half a request line, never finished
                out.flush();
                stalled.add(s);
            }
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get("/api/search?q=" + q("安全生产"));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(200, r.statusCode());
                assertTrue(ms < 1000, "a search took " + ms + " ms beside 8 half-open connections");
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void aCommitOfAnIngestIsSeenWithoutRestart(@TempDir Path fresh) throws Exception {
        List<Path> seeds = TestCorpus.seeds();
        LocalHttp.ingest(fresh, seeds.subList(0, 2));
        try (WebServer s = new WebServer(fresh, "127.0.0.1", 0)) {
            s.start();
            long before = total(s, "q=*");
            LocalHttp.ingest(fresh, seeds);
            Thread.sleep(org.luoshi.index.LiveIndex.REFRESH_MILLIS + 100);
            total(s, "q=*"); // the first search after the interval refreshes
            long after = total(s, "q=*");
            assertNotEquals(before, after, "the new commit is searched");
        }
    }
}
