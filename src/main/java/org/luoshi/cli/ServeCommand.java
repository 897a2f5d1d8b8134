package org.luoshi.cli;

import org.luoshi.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code luoshi serve}: the local web UI (search and document pages, JSON API) until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a local web UI over DATA (built by ingest): search (/: Simplified or Traditional, filters, "
            + "highlighted hits, clickable facets, paging), documents (/doc/ID: marked text, quality, original, citations and "
            + "relays), the office page (/office?unit=运城市: track in the browser, CSV export), lineage graphs "
            + "(/lineage?directive=ID) and a JSON API under /api/ (search, doc/ID, track, lineage).",
            "Binds to localhost by default; stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!java.nio.file.Files.isDirectory(data.index())) {
            System.err.println("luoshi serve: no index at " + data.index() + "; build it with './luoshi ingest PATH... --data " + data.data + "'");
            return ExitCodes.USAGE;
        }
        WebServer server = new WebServer(data.data, host, port);
        server.start();
        out.println("luoshi serve: http://" + server.address().getHostString() + ":" + server.address().getPort() + "/  (Ctrl-C to stop)");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        forever.await();
        return ExitCodes.OK;
    }
}
