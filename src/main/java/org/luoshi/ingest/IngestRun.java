package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.index.DirectiveIndexWriter;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One incremental, idempotent ingest into a data directory. Input files whose content hash is in the manifest are
 * skipped; the others go through the {@link BatchProcessor} into a staging directory; their records replace what
 * those sources gave before; the published outputs ({@code documents.jsonl}, {@code directives.jsonl},
 * {@code officials.jsonl}, {@code quarantine.jsonl}) are rewritten atomically from the record store in
 * document-id order; the index is updated and committed; the manifest is written last. A run killed anywhere is
 * redone by the next one to the same result: nothing is taken as done before the manifest says so.
 */
public final class IngestRun {
    public static final String STORE = "extractions.jsonl";
    public static final String MANIFEST = "manifest.json";

    private final Path data;
    private final BatchProcessor processor;
    private final PrintStream progress;

    public record Summary(int inputs, int unchanged, int processed, int documents, int directives, int officials,
                          int quarantined, boolean wrote, double seconds) {
    }

    public IngestRun(Path data, BatchProcessor processor, PrintStream progress) {
        this.data = data;
        this.processor = processor;
        this.progress = progress;
    }

    /** @param missing inputs named on the command line that do not exist: quarantined with that reason */
    public Summary run(List<Path> files, List<String> missing) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(data);
        cleanLeftovers();
        Manifest manifest = Manifest.read(data.resolve(MANIFEST));
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        Map<String, String> hashes = new LinkedHashMap<>();
        List<Path> changed = new ArrayList<>();
        Map<String, Quarantined> quarantined = new LinkedHashMap<>();
        for (String m : missing) {
            quarantined.put(m, new Quarantined(m, "read", "no such file or directory"));
        }
        for (Path f : files) {
            String source = f.toString();
            try {
                String hash = AtomicFiles.digest(f);
                hashes.put(source, hash);
                Manifest.Entry e = manifest.entries.get(source);
                if (e == null || !hash.equals(e.hash())) {
                    changed.add(f);
                }
            } catch (IOException e) {
                quarantined.put(source, new Quarantined(source, "read", "cannot read: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
        }
        boolean stateIntact = manifest.storeDigest != null && manifest.storeDigest.equals(AtomicFiles.digest(data.resolve(STORE)))
                && outputsExist();
        int unchanged = files.size() - changed.size() - (int) quarantined.keySet().stream().filter(hashes::containsKey).count();
        progress.printf("ingest: %d inputs, %d unchanged, %d to process%s%n", files.size() + missing.size(), unchanged,
                changed.size(), quarantined.isEmpty() ? "" : ", " + quarantined.size() + " unreadable");
        if (changed.isEmpty() && stateIntact && quarantined.isEmpty()) {
            return new Summary(files.size() + missing.size(), unchanged, 0, manifest.documents, manifest.directives,
                    manifest.officials, manifestQuarantined(manifest, hashes.keySet()).size(), false, (System.nanoTime() - started) / 1e9);
        }
        RecordStore store = RecordStore.read(data.resolve(STORE));

        // What each document was before this run, as two 64-bit hashes (record; record and sources): a copy of
        // the records themselves would double the store in memory.
        Map<String, long[]> before = new HashMap<>();
        if (stateIntact) {
            for (Map.Entry<String, RecordStore.Stored> e : store.records().entrySet()) {
                before.put(e.getKey(), fingerprint(e.getValue()));
            }
        }
        Map<String, List<String>> docsBySource = new HashMap<>();
        Path staging = changed.isEmpty() ? null : Files.createTempDirectory(data, ".staging-");
        List<Quarantined> allQuarantined;
        int[] counts;
        try {
        if (staging != null) {
            {
                long t = System.nanoTime();
                processor.process(changed, staging);
                progress.printf("ingest: pipeline done in %.1f s%n", (System.nanoTime() - t) / 1e9);
                Set<String> changedSources = new HashSet<>();
                changed.forEach(f -> changedSources.add(f.toString()));
                store.removeSources(s -> changedSources.contains(fileOf(s, changedSources)));
                for (String line : staged(staging, "extractions")) {
                    String[] idAndSource = store.add(line);
                    docsBySource.computeIfAbsent(fileOf(idAndSource[1], changedSources), k -> new ArrayList<>()).add(idAndSource[0]);
                }
                for (String line : staged(staging, "quarantine")) {
                    Quarantined q = Json.mapper().readValue(line, Quarantined.class);
                    quarantined.put(q.source(), q);
                }
            }
        }
        for (Path f : changed) {
            String s = f.toString();
            List<String> docs = docsBySource.getOrDefault(s, List.of()).stream().distinct().sorted().toList();
            Quarantined q = quarantined.get(s);
            boolean allRefused = docs.isEmpty() && q != null;
            manifest.entries.put(s, new Manifest.Entry(s, hashes.get(s), docs, allRefused ? "quarantined" : "processed",
                    allRefused ? q.stage() : null, allRefused ? q.reason() : null, now));
        }
        for (Quarantined q : quarantined.values()) {
            if (!hashes.containsKey(q.source()) && !q.source().matches(".*:\\d+$")) {
                manifest.entries.put(q.source(), new Manifest.Entry(q.source(), null, List.of(), "quarantined", q.stage(), q.reason(), now));
            }
        }
        allQuarantined = mergedQuarantine(manifest, quarantined);
        long t = System.nanoTime();
        counts = writeOutputs(store, allQuarantined, stateIntact ? fresh(store, before) : null);
        progress.printf("ingest: outputs written in %.1f s%n", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        updateIndex(store, stateIntact ? before : null, staging);
        progress.printf("ingest: index committed in %.1f s%n", (System.nanoTime() - t) / 1e9);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
        manifest.storeDigest = AtomicFiles.digest(data.resolve(STORE));
        manifest.documents = store.records().size();
        manifest.directives = counts[0];
        manifest.officials = counts[1];
        manifest.write(data.resolve(MANIFEST));
        long thisRun = allQuarantined.stream().filter(q -> hashes.containsKey(fileOf(q.source(), hashes.keySet()))
                || missing.contains(q.source())).count();
        return new Summary(files.size() + missing.size(), unchanged, changed.size(), store.records().size(), counts[0],
                counts[1], (int) thisRun, true, (System.nanoTime() - started) / 1e9);
    }

    private boolean outputsExist() {
        return Stream.of(STORE, "documents.jsonl", "directives.jsonl", "officials.jsonl", "quarantine.jsonl", "links.jsonl", "ledger.jsonl")
                .allMatch(f -> Files.isRegularFile(data.resolve(f))) && Files.isDirectory(data.resolve("index"));
    }

    /** The quarantine list: what this run refused plus what earlier runs refused and is still unchanged. */
    private static List<Quarantined> mergedQuarantine(Manifest manifest, Map<String, Quarantined> now) {
        Map<String, Quarantined> all = new java.util.TreeMap<>();
        for (Manifest.Entry e : manifest.entries.values()) {
            if ("quarantined".equals(e.status())) {
                all.put(e.source(), new Quarantined(e.source(), e.stage(), e.reason()));
            }
        }
        all.putAll(now);
        return new ArrayList<>(all.values());
    }

    private static List<Quarantined> manifestQuarantined(Manifest manifest, Set<String> inputs) {
        return manifest.entries.values().stream().filter(e -> "quarantined".equals(e.status()) && inputs.contains(e.source()))
                .map(e -> new Quarantined(e.source(), e.stage(), e.reason())).toList();
    }

    /** Documents that are new or whose record changed since the last committed run. */
    private static Set<String> fresh(RecordStore store, Map<String, long[]> before) {
        Set<String> fresh = new HashSet<>();
        for (Map.Entry<String, RecordStore.Stored> e : store.records().entrySet()) {
            long[] old = before.get(e.getKey());
            if (old == null || old[0] != hash64(e.getValue().json())) {
                fresh.add(e.getKey());
            }
        }
        return fresh;
    }

    /** Hashes of a stored record: of its JSON, and of its JSON with its sources. */
    private static long[] fingerprint(RecordStore.Stored st) {
        return new long[] {hash64(st.json()), hash64(st.json() + st.sources())};
    }

    /** 64-bit FNV-1a over the characters of a string. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /**
     * Writes the published outputs from the store and returns the number of directives and officials in them.
     * Links are computed incrementally when {@code fresh} names the documents new since a committed run whose
     * {@code links.jsonl} is intact, else for the whole corpus.
     */
    private int[] writeOutputs(RecordStore store, List<Quarantined> quarantined, Set<String> fresh) throws IOException {
        // One pass over the store, each output written line by line as it goes: nothing is held twice in memory.
        int[] counts = new int[2];
        try (AtomicFiles.Lines storeOut = AtomicFiles.open(data.resolve(STORE));
             AtomicFiles.Lines documents = AtomicFiles.open(data.resolve("documents.jsonl"));
             AtomicFiles.Lines directives = AtomicFiles.open(data.resolve("directives.jsonl"));
             AtomicFiles.Lines officials = AtomicFiles.open(data.resolve("officials.jsonl"))) {
            for (RecordStore.Stored st : store.records().values()) {
                ObjectNode rec = RecordStore.published(st);
                storeOut.add(Json.mapper().writeValueAsString(rec));
                ObjectNode doc = rec.get("doc").deepCopy();
                doc.set("sources", rec.get("sources"));
                documents.add(Json.mapper().writeValueAsString(doc));
                String id = doc.get("id").asText();
                counts[0] += rec.get("directives").size();
                counts[1] += rec.get("officials").size();
                for (JsonNode d : rec.get("directives")) {
                    ObjectNode x = (ObjectNode) d;
                    x.put("doc", id);
                    directives.add(Json.mapper().writeValueAsString(x));
                }
                for (JsonNode o : rec.get("officials")) {
                    ObjectNode x = (ObjectNode) o;
                    x.put("doc", id);
                    officials.add(Json.mapper().writeValueAsString(x));
                }
            }
            storeOut.commit();
            documents.commit();
            directives.commit();
            officials.commit();
        }
        List<String> q = new ArrayList<>();
        for (Quarantined x : quarantined) {
            q.add(Json.mapper().writeValueAsString(x));
        }
        AtomicFiles.writeLines(data.resolve("quarantine.jsonl"), q);
        long t = System.nanoTime();
        Iterable<Extraction> all = () -> store.records().values().stream().map(st -> {
            try {
                ObjectNode rec = RecordStore.published(st);
                rec.remove("sources");
                return Json.mapper().treeToValue(rec, Extraction.class);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).iterator();
        Path linksFile = data.resolve("links.jsonl");
        boolean incremental = fresh != null && Files.isRegularFile(linksFile);
        List<String> links = incremental
                ? new org.luoshi.link.CorpusLinker().link(all, fresh, Files.readAllLines(linksFile, StandardCharsets.UTF_8))
                : new org.luoshi.link.CorpusLinker().link(all);
        AtomicFiles.writeLines(data.resolve("links.jsonl"), links);
        List<JsonNode> linkNodes = new ArrayList<>(links.size());
        for (String l : links) {
            linkNodes.add(Json.mapper().readTree(l));
        }
        List<String> ledger = new ArrayList<>();
        for (org.luoshi.track.LedgerRow row : new org.luoshi.track.LedgerBuilder().build(all, linkNodes)) {
            ledger.add(Json.mapper().writeValueAsString(row));
        }
        AtomicFiles.writeLines(data.resolve("ledger.jsonl"), ledger);
        progress.printf("ingest: %d links (citations and relays; %s), %d ledger rows in %.1f s%n", links.size(),
                incremental ? "linked " + fresh.size() + " new documents to the rest" : "all linked",
                ledger.size(), (System.nanoTime() - t) / 1e9);
        return counts;
    }

    /**
     * Brings the index to the store: removed documents deleted, new and changed ones (re)written by document id.
     * With no trustworthy previous state ({@code before} null: first run, or a run that was killed) all are written.
     */
    private void updateIndex(RecordStore store, Map<String, long[]> before, Path staging) throws IOException {
        Path index = data.resolve("index");
        Files.createDirectories(index);
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(index)) {
            w.deleteAllExcept(store.records().keySet());
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Runtime.getRuntime().availableProcessors());
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (Map.Entry<String, RecordStore.Stored> entry : store.records().entrySet()) {
                RecordStore.Stored st = entry.getValue();
                long[] old = before == null ? null : before.get(entry.getKey());
                if (old != null && old[1] == fingerprint(st)[1]) {
                    continue;
                }
                pending.add(pool.submit(() -> {
                    ObjectNode published = RecordStore.published(st);
                    published.remove("sources");
                    Extraction e = Json.mapper().treeToValue(published, Extraction.class);
                    w.write(e, e.text());
                    if (written.incrementAndGet() % 5000 == 0) {
                        progress.printf("ingest: indexed %d documents%n", written.get());
                    }
                    return null;
                }));
            }
            pool.shutdown();
            try {
                for (java.util.concurrent.Future<?> f : pending) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("indexing interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("indexing failed: " + e.getCause(), e.getCause());
            }
            if (staging != null) {
                writeOriginals(w, staging, store.records().keySet());
            }
            w.commit();
        }
    }

    /** Streams the original texts the pipeline staged into the index, one line at a time (they are not kept in memory). */
    private static void writeOriginals(DirectiveIndexWriter w, Path staging, Set<String> kept) throws IOException {
        forEachStaged(staging, "originals", line -> {
            JsonNode n = Json.mapper().readTree(line);
            String id = n.get("id").asText();
            if (kept.contains(id)) {
                w.writeOriginal(id, n.get("original").asText());
            }
        });
    }

    /** The input file a record source belongs to: the file itself, or a JSONL export for "file:line" and "file#id". */
    static String fileOf(String source, Set<String> files) {
        if (files.contains(source)) {
            return source;
        }
        for (String sep : new String[] {":", "#"}) {
            int i = source.lastIndexOf(sep);
            if (i > 0 && files.contains(source.substring(0, i))) {
                return source.substring(0, i);
            }
        }
        return source;
    }

    private static List<String> staged(Path staging, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        forEachStaged(staging, prefix, lines::add);
        return lines;
    }

    /** A handler of one staged line. */
    @FunctionalInterface
    private interface LineHandler {
        void accept(String line) throws IOException;
    }

    /** Every non-blank line of the staged files whose names start with {@code prefix}, in file-name order. */
    private static void forEachStaged(Path staging, String prefix, LineHandler handler) throws IOException {
        try (Stream<Path> s = Files.walk(staging)) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            handler.accept(line);
                        }
                    }
                }
            }
        }
    }

    private void cleanLeftovers() throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".staging-")) {
                    deleteTree(p);
                } else if (n.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }
}
