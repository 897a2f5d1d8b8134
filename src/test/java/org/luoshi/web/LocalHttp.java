package org.luoshi.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.model.Json;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A {@link WebServer} over a freshly ingested data directory, and requests against it on localhost, for the web tests. */
final class LocalHttp {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private LocalHttp() {
    }

    /** Ingests {@code inputs} into {@code data} (the default pipeline, progress discarded). */
    static void ingest(Path data, List<Path> inputs) throws Exception {
        new org.luoshi.ingest.IngestRun(data, new org.luoshi.pipeline.IngestPipeline(org.luoshi.pipeline.PipelineConfig.arguments(null)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(inputs, List.of());
    }

    /** Ingests {@code inputs} into {@code data} and starts a server on a free port. */
    static WebServer ingestAndServe(Path data, List<Path> inputs) throws Exception {
        ingest(data, inputs);
        WebServer server = new WebServer(data, "127.0.0.1", 0);
        server.start();
        return server;
    }

    static HttpResponse<String> get(WebServer server, String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> bytes(WebServer server, String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> post(WebServer server, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(WebServer server, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(server, pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " → " + r.statusCode() + " " + r.body());
        }
        return Json.mapper().readTree(r.body());
    }

    /** A request written as it is (any Host header), the whole answer read back as text. */
    static String raw(WebServer server, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.address().getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
