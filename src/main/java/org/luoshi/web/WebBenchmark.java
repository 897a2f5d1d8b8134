package org.luoshi.web;

import org.luoshi.index.DirectiveSearcher;
import org.luoshi.index.LiveIndex;
import org.luoshi.index.SearchBenchmark;
import org.luoshi.index.SearchRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code /api/search} under load beside the same searches in-process, in one run: {@code clients} threads each
 * sending the benchmark's queries ({@link SearchBenchmark#requests}, words of the index's own vocabulary, half with a
 * level filter) one after another over keep-alive HTTP for {@code seconds}, then the same threads running the same
 * queries on a {@link LiveIndex} for as long. A warm-up of a third of the time (at most 10 s) over HTTP comes first.
 */
public final class WebBenchmark {
    /** Latencies over HTTP and in-process, and the failed requests (non-200 answers and I/O errors). */
    public record Report(SearchBenchmark.Stats http, SearchBenchmark.Stats inProcess, int clients, int seconds, long errors, int queries) {
    }

    public Report run(Path data, int clients, int seconds, int queries, long seed) throws Exception {
        List<SearchRequest> requests;
        try (LiveIndex index = new LiveIndex(data); DirectiveSearcher s = index.acquire()) {
            requests = SearchBenchmark.requests(s, queries, seed);
        }
        List<String> paths = new ArrayList<>();
        for (SearchRequest r : requests) {
            paths.add("/api/search?q=" + Params.enc(r.query()) + (r.levels().isEmpty() ? "" : "&level=" + r.levels().get(0)));
        }
        AtomicLong errors = new AtomicLong();
        SearchBenchmark.Stats http;
        try (WebServer server = new WebServer(data, "127.0.0.1", 0)) {
            server.start();
            String base = "http://127.0.0.1:" + server.address().getPort();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            Task overHttp = i -> {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + paths.get(i))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            };
            load(overHttp, clients, Math.min(10, Math.max(1, seconds / 3)), paths.size(), errors);
            http = load(overHttp, clients, seconds, paths.size(), errors);
        }
        SearchBenchmark.Stats local;
        try (LiveIndex index = new LiveIndex(data)) {
            local = load(i -> {
                try (DirectiveSearcher s = index.acquire()) {
                    s.search(requests.get(i));
                }
            }, clients, seconds, requests.size(), errors);
        }
        return new Report(http, local, clients, seconds, errors.get(), requests.size());
    }

    @FunctionalInterface
    private interface Task {
        void run(int query) throws Exception;
    }

    /** Runs {@code task} from {@code clients} threads for {@code seconds}; the latencies of all calls. */
    private static SearchBenchmark.Stats load(Task task, int clients, int seconds, int queries, AtomicLong errors) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[1 << 18];
            perThread.add(lat);
            int id = c;
            Thread t = new Thread(() -> {
                int i = id * 97 % queries;
                while (System.nanoTime() < end && counts[id] < lat.length) {
                    long t0 = System.nanoTime();
                    try {
                        task.run(i);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    lat[counts[id]++] = System.nanoTime() - t0;
                    i = (i + 1) % queries;
                }
            }, "bench-client-" + c);
            threads.add(t);
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        long[] all = new long[n];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perThread.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        return SearchBenchmark.stats(all, wall);
    }
}
