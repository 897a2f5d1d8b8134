package org.luoshi.cli;

import org.luoshi.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code luoshi serve}: the local web UI (home, search, documents, office, lineage, formulas, JSON API, exports) until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a local web UI over DATA (built by ingest), in Chinese (English with ?lang=en): the home page "
            + "(/: the corpus at a glance, browsing by unit) and search (/?q=…: sort, paging to the end, facets, exports), "
            + "documents (/doc/ID; permalinks /source?path=SOURCE&n=N), the office ledger (/office?unit=运城市, CSV), lineage "
            + "(/lineage?directive=ID), policy formulas (/formulas?q=党政同责、一岗双责: first use, spread per year and level as a "
            + "chart, CSV) and a JSON API under /api/ (search, doc/ID, track, lineage, formulas).",
            "Binds to localhost by default; answers only requests whose Host is this address (add names with --allow-host). "
            + "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A further name the Host header may carry (a proxy's name); repeatable.")
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!java.nio.file.Files.isDirectory(data.index())) {
            System.err.println("luoshi serve: " + data.index() + " 处没有索引；先运行 './luoshi ingest 路径... --data " + data.data + "'");
            return ExitCodes.USAGE;
        }
        WebServer server = new WebServer(data.data, host, port, allowHosts);
        try {
            server.start();
        } catch (java.io.IOException e) {
            System.err.println("luoshi serve: 无法在 " + host + ":" + port + " 上监听（" + e.getMessage() + "）；端口是否已被占用？换一个 --port 再试");
            server.close();
            return ExitCodes.FAILED;
        }
        out.println("luoshi serve: http://" + server.address().getHostString() + ":" + server.address().getPort() + "/  (Ctrl-C 停止)");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        forever.await();
        return ExitCodes.OK;
    }
}
