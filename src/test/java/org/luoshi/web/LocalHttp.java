package org.luoshi.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A {@link WebServer} over a freshly ingested data directory, and GET requests against it on localhost, for the web tests. */
final class LocalHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalHttp() {
    }

    /** Ingests {@code inputs} into {@code data} (the default pipeline, progress discarded) and starts a server on a free port. */
    static WebServer ingestAndServe(java.nio.file.Path data, java.util.List<java.nio.file.Path> inputs) throws Exception {
        new org.luoshi.ingest.IngestRun(data, new org.luoshi.pipeline.IngestPipeline(org.luoshi.pipeline.PipelineConfig.arguments(null)),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(inputs, java.util.List.of());
        WebServer server = new WebServer(data, "127.0.0.1", 0);
        server.start();
        return server;
    }

    static HttpResponse<String> get(WebServer server, String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
