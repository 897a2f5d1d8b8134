package org.luoshi.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.MissingIndexException;
import org.luoshi.index.QuerySyntaxException;
import org.luoshi.model.Json;
import org.luoshi.track.IndexedDirectives;
import org.luoshi.track.LedgerQuery;
import org.luoshi.track.LedgerRow;
import org.luoshi.track.Lineage;
import org.luoshi.track.LinkFile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The local web UI over a data directory, on the JDK's own HTTP server: search, document, office and lineage
 * pages, server-rendered with every text escaped, and a JSON API under {@code /api/} with the CLI's shapes. Pages
 * carry a Content-Security-Policy that allows no script at all. Only GET, bounded request lines; only the index,
 * {@code ledger.jsonl} and {@code links.jsonl} are read, never a file named by a request.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_QUERY = 4096;
    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern DIRECTIVE_ID = Pattern.compile("[0-9a-f]{32}#\\d{1,6}");
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpServer server;
    private final Path data;

    public WebServer(Path data, String host, int port) throws IOException {
        this.data = data;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
    }

    public void start() {
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            URI uri = ex.getRequestURI();
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                send(ex, new Response(405, "text/plain", "only GET"));
            } else if (uri.getRawQuery() != null && uri.getRawQuery().length() > MAX_QUERY || uri.getRawPath().length() > MAX_QUERY) {
                send(ex, new Response(414, "text/plain", "request too long"));
            } else {
                send(ex, route(uri.getPath(), Params.parse(uri.getRawQuery())));
            }
        } catch (QuerySyntaxException e) {
            send(ex, Response.html(400, "bad query", "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>"));
        } catch (MissingIndexException e) {
            send(ex, Response.html(503, "no index", "<p>" + Html.esc(e.getMessage()) + "</p>"));
        } catch (IllegalArgumentException e) {
            send(ex, Response.html(400, "bad request", "<p class=\"error\">" + Html.esc(e.getMessage()) + "</p>"));
        } catch (RuntimeException e) {
            send(ex, new Response(500, "text/plain", "internal error"));
        } finally {
            ex.close();
        }
    }

    private Response route(String path, Params q) throws IOException, QuerySyntaxException, MissingIndexException {
        // One committed generation per request: an ingest switching generations meanwhile is not seen half-way.
        Path generation = org.luoshi.ingest.Generations.current(data);
        Path index = generation.resolve("index");
        Path ledger = generation.resolve("ledger.jsonl");
        Path links = generation.resolve("links.jsonl");
        switch (path) {
            case "/" -> {
                try (DirectiveSearcher s = new DirectiveSearcher(index)) {
                    return SearchPage.render(q, s);
                }
            }
            case "/api/search" -> {
                String bad = SearchPage.badFilter(q);
                if (bad != null) {
                    return Response.json(400, Json.mapper().writeValueAsString(java.util.Map.of("error", bad)));
                }
                try (DirectiveSearcher s = new DirectiveSearcher(index)) {
                    return Response.json(200, Json.mapper().writeValueAsString(s.search(SearchPage.request(q, q.integer("limit", 20, 1, 100)))));
                }
            }
            case "/office" -> {
                return "csv".equals(q.get("format")) ? OfficePage.csv(ledger, q) : OfficePage.render(ledger, q);
            }
            case "/api/track" -> {
                return OfficePage.json(ledger, q);
            }
            case "/lineage", "/api/lineage" -> {
                String id = q.get("directive", "");
                Lineage.Node root = DIRECTIVE_ID.matcher(id).matches() ? lineage(id, OfficePage.asOf(q), index, ledger, links) : null;
                if (path.startsWith("/api/")) {
                    return root == null ? Response.json(404, "{\"error\":\"no such directive\"}") : LineagePage.json(root);
                }
                return LineagePage.render(id, root);
            }
            default -> {
                if (path.startsWith("/doc/") && DOC_ID.matcher(path.substring(5)).matches()) {
                    try (DirectiveSearcher s = new DirectiveSearcher(index)) {
                        return DocumentPage.render(path.substring(5), s, links);
                    }
                }
                if (path.startsWith("/api/doc/") && DOC_ID.matcher(path.substring(9)).matches()) {
                    try (DirectiveSearcher s = new DirectiveSearcher(index)) {
                        String json = DocumentPage.json(path.substring(9), s, links);
                        return json == null ? Response.json(404, "{\"error\":\"no such document\"}") : Response.json(200, json);
                    }
                }
                return path.startsWith("/api/") ? Response.json(404, "{\"error\":\"no such resource\"}")
                        : Response.html(404, "not found", "<p>No such page.</p>");
            }
        }
    }

    /** The lineage tree of a directive from the index (wording, units), the relay links and the ledger. */
    Lineage.Node lineage(String id, String asOf, Path index, Path ledger, Path links) throws IOException, MissingIndexException {
        List<LedgerRow> rows = Files.isRegularFile(ledger) ? LedgerQuery.forDirective(ledger, id, asOf, null) : List.of();
        try (DirectiveSearcher s = new DirectiveSearcher(index)) {
            return Lineage.build(id, new IndexedDirectives(s), LinkFile.relays(links), rows, asOf);
        }
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", r.type() + "; charset=utf-8");
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if ("text/csv".equals(r.type())) {
            ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"ledger.csv\"");
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(r.status(), head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        }
    }
}
