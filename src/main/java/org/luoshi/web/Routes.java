package org.luoshi.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.IndexLocation;
import org.luoshi.index.LiveIndex;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.index.SearchRequest;
import org.luoshi.track.IndexedDirectives;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;
import org.luoshi.track.Lineage;
import org.luoshi.track.LinkFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every request of the web UI: the {@code Host} check, GET and HEAD only (405 with {@code Allow} otherwise), bounded
 * request lines (414), then the route; the security headers on every answer, Jetty's own error answers included
 * ({@link #error}); errors of {@code /api/} paths as JSON ({@code {"status", "error"}}), of pages as a page, each
 * with a message in the page's language: 400 for input that is not valid (naming the valid values) and for a query
 * that cannot be read or is too complex, 404, 503 while there is no index, 500 for anything else.
 */
final class Routes extends Handler.Abstract {
    static final int MAX_QUERY = 4096;
    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern DIRECTIVE_ID = Pattern.compile("[0-9a-f]{32}#\\d{1,6}");
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    private static final Map<String, String> SECURITY = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cache-Control", "no-cache");

    private final Path data;
    private final LiveIndex index;
    private final HostCheck hosts;

    Routes(Path data, LiveIndex index, HostCheck hosts) {
        this.data = data;
        this.index = index;
        this.hosts = hosts;
    }

    HostCheck hosts() {
        return hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        boolean api = path.startsWith("/api/");
        String rawQuery = request.getHttpURI().getQuery();
        Params q = Params.parse(null);
        Reply r;
        try {
            q = Params.parse(rawQuery);
            if (!hosts.allows(request.getHeaders().get(HttpHeader.HOST))) {
                r = fail(api, 400, new T(q, path).t("不接受这个 Host 头：只回答本机地址的请求", "Host header not accepted: only requests "
                        + "to this machine's address are answered"), q, path);
            } else if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                r = fail(api, 405, new T(q, path).t("只接受 GET 和 HEAD 请求", "only GET and HEAD"), q, path);
                r = new Reply(r.status(), r.type(), r.body(), Map.of("Allow", "GET, HEAD"), null);
            } else if (rawQuery != null && rawQuery.length() > MAX_QUERY || path.length() > MAX_QUERY) {
                r = fail(api, 414, new T(q, path).t("请求太长", "request too long"), q, path);
            } else {
                r = route(path, q);
            }
        } catch (QuerySyntaxException | IllegalArgumentException e) {
            r = fail(api, 400, e.getMessage(), q, path);
        } catch (MissingIndexException e) {
            r = fail(api, 503, new T(q, path).t("还没有索引：先运行 ./luoshi ingest 路径 --data 数据目录", "No index yet: run ./luoshi ingest PATH first"), q, path);
        } catch (Exception e) {
            r = fail(api, 500, new T(q, path).t("服务器内部错误", "internal error"), q, path);
        }
        send(request, response, callback, r);
        return true;
    }

    /** Jetty's own error answers (a request it refused before routing: bad URI, headers too large ...), in our form. */
    boolean error(Request request, Response response, Callback callback) {
        String path;
        try {
            path = Request.getPathInContext(request);
        } catch (RuntimeException e) {
            path = "/";
        }
        int status = response.getStatus() < 400 ? 400 : response.getStatus();
        Params q = Params.parse(null);
        String message = switch (status) {
            case 400 -> "请求有误（网址或请求头无法解析） / bad request";
            case 404 -> "没有这个页面 / not found";
            case 414, 431 -> "请求太长 / request too long";
            default -> "请求未能完成 / request failed (" + status + ")";
        };
        send(request, response, callback, fail(path != null && path.startsWith("/api/"), status, message, q, path == null ? "/" : path));
        return true;
    }

    private Reply route(String path, Params q) throws Exception {
        Path ledger = IndexLocation.ledger(data);
        Path links = IndexLocation.links(data);
        switch (path) {
            case "/" -> {
                try (DirectiveSearcher s = index.acquire()) {
                    return SearchPage.asksForSearch(q) ? SearchPage.render(q, s) : HomePage.render(q, s);
                }
            }
            case "/api/search" -> {
                SearchRequest req = SearchPage.request(q, 20);
                try (DirectiveSearcher s = index.acquire()) {
                    return Reply.json(200, s.search(req));
                }
            }
            case "/formulas" -> {
                try (DirectiveSearcher s = index.acquire()) {
                    return "csv".equals(Inputs.oneOf("format", q.get("format"), List.of("html", "csv"), "html"))
                            ? FormulasPage.csv(q, s) : FormulasPage.render(q, s);
                }
            }
            case "/api/formulas" -> {
                try (DirectiveSearcher s = index.acquire()) {
                    return FormulasPage.json(q, s);
                }
            }
            case "/export" -> {
                return export(q);
            }
            case "/office" -> {
                try (DirectiveSearcher s = searcherOrNull()) {
                    return "csv".equals(Inputs.oneOf("format", q.get("format"), List.of("html", "csv"), "html"))
                            ? OfficePage.csv(ledger, q, s) : OfficePage.render(ledger, q, s);
                }
            }
            case "/api/track" -> {
                try (DirectiveSearcher s = searcherOrNull()) {
                    return OfficePage.json(ledger, q, s);
                }
            }
            case "/lineage", "/api/lineage" -> {
                String id = q.get("directive", "");
                if (!DIRECTIVE_ID.matcher(id).matches()) {
                    throw new Inputs.BadInput("directive 不能是「" + id + "」：指示编号形如 文档编号#序号（32 位十六进制数字、#、数字）");
                }
                String asOf = Inputs.date("as_of", q.get("as_of"), LocalDate.now()).toString();
                Lineage.Node root = lineage(id, asOf, ledger, links);
                if (path.startsWith("/api/")) {
                    return root == null ? Reply.jsonError(404, "没有这条指示：" + id) : Reply.json(200, root);
                }
                return LineagePage.render(id, root, new T(q, path));
            }
            case "/source" -> {
                return permalink(q);
            }
            default -> {
                if (path.startsWith("/doc/") && DOC_ID.matcher(path.substring(5)).matches()) {
                    try (DirectiveSearcher s = index.acquire()) {
                        String page = DocumentPage.render(path.substring(5), s, links, new T(q, path));
                        return page != null ? Reply.html(200, page) : fail(false, 404, new T(q, path).t(
                                "索引中没有这篇文档（文档编号随内容变化：来源更正后请用永久链接）",
                                "No such document in the index (ids follow the content: use the permalink of a corrected source)"), q, path);
                    }
                }
                if (path.startsWith("/api/doc/") && DOC_ID.matcher(path.substring(9)).matches()) {
                    try (DirectiveSearcher s = index.acquire()) {
                        String json = DocumentPage.json(path.substring(9), s, links);
                        return json == null ? Reply.jsonError(404, "没有这篇文档：" + path.substring(9)) : Reply.json(200, json);
                    }
                }
                return fail(path.startsWith("/api/"), 404, new T(q, path).t("没有这个页面", "no such page"), q, path);
            }
        }
    }

    /** {@code /source?path=SOURCE[&n=N]}: to the current id of the document read from that source (and its directive N). */
    private Reply permalink(Params q) throws IOException, MissingIndexException {
        String source = q.get("path");
        if (source == null) {
            throw new Inputs.BadInput("path 没有给出：永久链接要写文档的来源路径，如 /source?path=corpus/001.txt&n=3");
        }
        int n = Inputs.number("n", q.get("n"), 0, 0, 999_999);
        try (DirectiveSearcher s = index.acquire()) {
            String id = s.documentOfSource(source);
            if (id == null) {
                return fail(false, 404, new T(q, "/source").t("索引中没有来源为「" + source + "」的文档", "No document from source " + source), q, "/source");
            }
            return Reply.redirect(new T(q, "/source").to("/doc/" + id) + (q.get("n") == null ? "" : "#d" + n));
        }
    }

    /** {@code /export?format=csv|jsonl&…}: every hit of the search, streamed. */
    private Reply export(Params q) throws IOException, MissingIndexException, QuerySyntaxException {
        String format = Inputs.oneOf("format", q.get("format"), List.of("csv", "jsonl"), null);
        if (format == null) {
            throw new Inputs.BadInput("format 没有给出：只能是 csv、jsonl 之一");
        }
        SearchRequest req = SearchPage.request(q, 20);
        boolean en = q.en();
        DirectiveSearcher s = index.acquire();
        // The query is checked before anything is sent: a bad query is still a 400.
        try {
            s.search(req.withLimit(1).withOffset(0));
        } catch (QuerySyntaxException | RuntimeException e) {
            s.close();
            throw e;
        }
        return Reply.download(format.equals("csv") ? "text/csv" : "application/x-ndjson", "luoshi-search." + format, out -> {
            try (s) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                if (format.equals("csv")) {
                    var p = Exports.csv(w, Exports.HIT_COLUMNS, en);
                    s.export(req, h -> write(() -> Exports.row(p, Exports.HIT_COLUMNS, h, en)));
                    p.flush();
                } else {
                    s.export(req, h -> write(() -> Exports.jsonl(w, h)));
                    w.flush();
                }
            } catch (QuerySyntaxException e) {
                throw new IOException(e);
            }
        });
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The searcher, or null while there is no index (pages that can do without it). */
    private DirectiveSearcher searcherOrNull() throws IOException {
        try {
            return index.acquire();
        } catch (MissingIndexException e) {
            return null;
        }
    }

    /** The lineage tree of a directive from the index (wording, units), the relay links and the ledger. */
    private Lineage.Node lineage(String id, String asOf, Path ledger, Path links) throws IOException, MissingIndexException {
        List<LedgerRow> rows = Files.isRegularFile(ledger) ? LedgerQuery.forDirective(ledger, id, asOf, null) : List.of();
        try (DirectiveSearcher s = index.acquire()) {
            return Lineage.build(id, new IndexedDirectives(s), LinkFile.relays(links), rows, asOf);
        }
    }

    private static Reply fail(boolean api, int status, String message, Params q, String path) {
        return api ? Reply.jsonError(status, message) : ErrorPage.reply(status, message, new T(q, path));
    }

    private static void send(Request request, Response response, Callback callback, Reply r) {
        response.setStatus(r.status());
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, r.type() + "; charset=utf-8");
        SECURITY.forEach(h::put);
        r.headers().forEach(h::put);
        boolean head = "HEAD".equals(request.getMethod());
        if (r.stream() != null) {
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                if (!head) {
                    r.stream().write(out);
                }
            } catch (IOException | RuntimeException e) {
                callback.failed(e);
                return;
            }
            callback.succeeded();
            return;
        }
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        h.put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
    }}
