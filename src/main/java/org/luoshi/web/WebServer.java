package org.luoshi.web;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.luoshi.index.LiveIndex;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The local web UI over a data directory on Jetty 12 (core handlers, no servlets): search, home, document, office
 * and lineage pages rendered from templates that escape everything, a JSON API under {@code /api/} and exports. A
 * bounded pool of {@value #MAX_THREADS} threads with a queue of {@value #QUEUE} requests; connections idle (or sending
 * half a request) for {@value #IDLE_MILLIS} ms are closed, and a half-sent request holds no thread meanwhile; request
 * headers at most 8 KiB. Searches share one reader of the index, refreshed after each ingest commit
 * ({@link LiveIndex}). Only the index, {@code ledger.jsonl} and {@code links.jsonl} are read, never a file named by a
 * request.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_THREADS = 16;
    static final int QUEUE = 256;
    static final int IDLE_MILLIS = 10_000;

    private final Server server;
    private final ServerConnector connector;
    private final LiveIndex index;
    private final Routes routes;

    /** A server over {@code data} on {@code host:port} (port 0: any free one), started by {@link #start()}. */
    public WebServer(Path data, String host, int port) {
        this(data, host, port, List.of());
    }

    /**
     * @param allowHosts names besides the bound address that the {@code Host} header may carry (a name the server is
     *     reached by through a proxy); every other name is refused, so a page of another site cannot read the API
     *     through DNS rebinding
     */
    public WebServer(Path data, String host, int port, List<String> allowHosts) {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2, 60_000, new BlockingArrayQueue<>(QUEUE, QUEUE, QUEUE));
        pool.setName("luoshi-web");
        this.server = new Server(pool);
        HttpConfiguration cfg = new HttpConfiguration();
        cfg.setSendServerVersion(false);
        cfg.setRequestHeaderSize(8192);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(cfg));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_MILLIS);
        server.addConnector(connector);
        this.index = new LiveIndex(data);
        this.routes = new Routes(data, index, new HostCheck(host, allowHosts));
        server.setHandler(routes);
        server.setErrorHandler(routes::error);
    }

    public void start() throws Exception {
        server.start();
        routes.hosts().port(connector.getLocalPort());
    }

    /** The address bound (the port chosen when 0 was asked). */
    public InetSocketAddress address() {
        try {
            return new InetSocketAddress(InetAddress.getByName(connector.getHost() == null ? "0.0.0.0" : connector.getHost()),
                    connector.getLocalPort());
        } catch (java.net.UnknownHostException e) {
            return InetSocketAddress.createUnresolved(connector.getHost(), connector.getLocalPort());
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
            index.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
