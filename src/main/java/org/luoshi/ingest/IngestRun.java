package org.luoshi.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.luoshi.index.DirectiveIndexWriter;
import org.luoshi.index.Fields;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One incremental, idempotent ingest into a data directory, under its {@link DataLock}. Inputs are keyed by their
 * real path; a document file whose content hash is in the manifest, and an item of a JSONL export whose line hash is,
 * are not read again (unless the program version changed, which re-extracts everything, or {@code force}); quarantined
 * inputs and items are retried when the limits change. Inputs that no longer exist are retired with their
 * documents, links and ledger rows. The rest goes through the {@link BatchProcessor} into a staging directory; the
 * records replace what those sources gave before; a new generation (record store, published JSONL, links, ledger,
 * index, manifest) is written beside the current one and committed by one atomic pointer switch
 * ({@link Generations}). A run killed anywhere leaves the previous commit as it was; the next run redoes the work
 * and ends byte-identical to an uninterrupted one.
 */
public final class IngestRun {
    public static final String MANIFEST = Manifest.FILE;
    /** The published files of a generation, besides the index and the manifest. */
    public static final List<String> OUTPUTS = List.of(Outputs.DOCUMENTS, Outputs.DIRECTIVES, Outputs.OFFICIALS, "quarantine.jsonl",
            Outputs.STORE, "links.jsonl", "ledger.jsonl");
    /** The system property naming a phase at which a run stops and waits to be killed (for the kill tests). */
    public static final String STOP_AT = "luoshi.ingest.stopAt";

    private final Path data;
    private final BatchProcessor processor;
    private final PrintStream log;
    private boolean force;
    private String program = ProgramVersion.current();

    /** An input: its source name (real path, or {@code -}) and the file its bytes are read from. */
    public record Input(String source, Path file) {
        /** An input file named by its real path (symbolic links resolved). */
        public static Input of(Path file) throws IOException {
            return new Input(file.toRealPath().toString(), file);
        }
    }

    /**
     * What a run did. {@code items} is the number of documents and export items read; {@code quarantined} counts the quarantine records of this run's inputs (new and kept ones);
     * {@code reextracted} the unchanged inputs extracted again because the program changed ({@code upgradedFrom}).
     */
    public record Summary(int inputs, int unchanged, int processed, int items, int retried, int reextracted, String upgradedFrom,
                          List<String> retired, List<String> renamed, int skipped, int documents, int directives, int officials,
                          int quarantined, boolean wrote, double seconds) {
    }

    public IngestRun(Path data, BatchProcessor processor, PrintStream log) {
        this.data = data;
        this.processor = processor;
        this.log = log;
    }

    /** Extract every input again, changed or not. */
    public IngestRun force(boolean force) {
        this.force = force;
        return this;
    }

    /** The program version recorded in the manifest (tests pose as another version). */
    public IngestRun program(String version) {
        this.program = version;
        return this;
    }

    /** @param missing inputs named on the command line that do not exist: quarantined with that reason */
    public Summary run(List<Path> files, List<String> missing) throws Exception {
        List<Input> inputs = new ArrayList<>();
        List<Quarantined> refused = new ArrayList<>();
        for (Path f : files) {
            try {
                inputs.add(Input.of(f));
            } catch (IOException e) {
                refused.add(new Quarantined(f.toAbsolutePath().normalize().toString(), "read", Reasons.of(e)));
            }
        }
        for (String m : missing) {
            refused.add(new Quarantined(Path.of(m).toAbsolutePath().normalize().toString(), "read", "没有这个文件或目录（no such file or directory）"));
        }
        return run(inputs, refused, List.of());
    }

    /**
     * @param inputs  the input files (each read once, however often it was named)
     * @param refused inputs that could not even be listed (missing, symbolic-link loops, unreadable directories,
     *                special files): quarantined with their reasons
     * @param skipped files of other types found in walked directories (reported, not read)
     */
    public Summary run(List<Input> inputs, List<Quarantined> refused, List<String> skipped) throws Exception {
        long started = System.nanoTime();
        try (DataLock lock = DataLock.acquire(data)) {
            if (lock.takenOverFrom() != null) {
                log.println("ingest: 接管了已结束的进程 " + lock.takenOverFrom() + " 留下的锁（took over the lock of pid "
                        + lock.takenOverFrom() + ", which is no longer running）");
            }
            return runLocked(dedup(inputs), refused, skipped, started);
        }
    }

    private static List<Input> dedup(List<Input> inputs) {
        Map<String, Input> bySource = new LinkedHashMap<>();
        for (Input in : inputs) {
            bySource.putIfAbsent(in.source(), in);
        }
        return new ArrayList<>(bySource.values());
    }

    private Summary runLocked(List<Input> inputs, List<Quarantined> refused, List<String> skipped, long started) throws Exception {
        phase("scan");
        Generations.clean(data);
        Generations.publishView(data, published());
        String currentName = Generations.currentName(data);
        Path previous = currentName != null ? data.resolve(currentName)
                : Files.isRegularFile(data.resolve(MANIFEST)) ? data : null; // the layout before generations
        Manifest old = previous != null && intact(previous) ? Manifest.read(previous.resolve(MANIFEST)) : new Manifest();
        // A manifest without a program version is from before generations: its sources were named as typed, so its
        // store is not merged into; everything is read again (and reported as an upgrade).
        boolean intact = old.program != null;
        BatchProcessor.Limits limits = processor.limits();
        String options = limits.describe();
        String upgradedFrom = old.entries.isEmpty() || program.equals(old.program) ? null
                : old.program == null ? "an earlier version" : old.program;
        boolean redoAll = force || upgradedFrom != null;
        boolean retryQuarantined = old.options != null && !old.options.equals(options);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

        Plan plan = new Plan();
        Path staging = Files.createTempDirectory(data, ".staging-");
        List<java.io.Closeable> opened = new ArrayList<>();
        try {
            for (Input in : inputs) {
                plan.consider(in, old.entries.get(in.source()), limits, redoAll, retryQuarantined, staging.resolve("inputs"));
            }
            for (Quarantined q : refused) {
                plan.refuse(q, old.entries.get(q.source()));
            }
            for (Manifest.Entry e : old.entries.values()) {
                if (!plan.named.contains(e.source()) && !e.source().equals("-") && !Files.exists(Path.of(e.source()))) {
                    plan.retire(e);
                }
            }
            List<String> renamed = plan.renames(old);
            boolean nothingToDo = plan.toRead == 0 && plan.retired.isEmpty() && plan.newRefusals == 0 && intact && !redoAll
                    && currentName != null;
            log.printf(Locale.ROOT, "ingest: %d inputs: %d unchanged, %d to read (%d documents or items)%s%s%s%n",
                    inputs.size() + refused.size(), plan.unchanged, plan.toRead, plan.items(),
                    plan.retried > 0 ? ", " + plan.retried + " quarantined inputs retried (limits changed)" : "",
                    plan.retired.isEmpty() ? "" : ", " + plan.retired.size() + " deleted inputs retired",
                    upgradedFrom != null ? ", everything re-extracted (program changed: " + upgradedFrom + " → " + program + ")"
                        : force ? ", everything re-extracted (--force)" : "");
            if (nothingToDo) {
                return new Summary(inputs.size() + refused.size(), plan.unchanged, 0, 0, 0, 0, null, List.of(), List.of(), skipped.size(),
                        old.documents, old.directives, old.officials, plan.quarantinedCount(old), false, seconds(started));
            }

            phase("extract");
            if (!plan.slices.isEmpty()) {
                long t = System.nanoTime();
                processor.process(plan.slices, staging);
                log.printf(Locale.ROOT, "ingest: read, normalized and extracted in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }

            phase("merge");
            RecordStore store = intact ? RecordStore.read(previous.resolve(Outputs.STORE)) : new RecordStore();
            opened.add(store); // it reads the previous generation's records from its file until the run ends
            // The documents this run touches, with their fingerprints before it (null: new); the others stay as they were.
            Map<String, long[]> before = new HashMap<>();
            if (!plan.goneSources.isEmpty()) {
                for (Map.Entry<String, RecordStore.Stored> e : store.records().entrySet()) {
                    if (e.getValue().sources().stream().anyMatch(plan.goneSources::contains)) {
                        before.put(e.getKey(), fingerprint(e.getValue()));
                    }
                }
            }
            store.removeSources(plan.goneSources);
            Map<String, String> docOfSource = new HashMap<>();
            // the records of this run stay in their staged files (deleted once the store is closed) until used
            for (Path f : Staged.files(staging, "extractions")) {
                for (String[] idAndSource : store.addAll(f, id -> {
                    if (!before.containsKey(id)) {
                        RecordStore.Stored was = store.records().get(id);
                        before.put(id, was == null ? null : fingerprint(was));
                    }
                })) {
                    docOfSource.put(idAndSource[1], idAndSource[0]);
                }
            }
            List<Quarantined> stagedQuarantine = new ArrayList<>();
            Staged.forEach(staging, "quarantine", line -> stagedQuarantine.add(Json.mapper().readValue(line, Quarantined.class)));
            Manifest next = new Manifest();
            next.program = program;
            next.options = options;
            for (Manifest.Entry e : old.entries.values()) {
                if (!plan.retiredSources.contains(e.source()) && !plan.replaced.contains(e.source())) {
                    next.entries.put(e.source(), e);
                }
            }
            plan.record(next, docOfSource, stagedQuarantine, now);

            Path generation = Generations.create(data);
            phase("outputs");
            Set<String> unchanged = new HashSet<>();
            Set<String> fresh = new HashSet<>();
            for (Map.Entry<String, RecordStore.Stored> e : store.records().entrySet()) {
                if (!before.containsKey(e.getKey())) {
                    unchanged.add(e.getKey());
                    continue;
                }
                long[] was = before.get(e.getKey());
                long[] is = fingerprint(e.getValue());
                if (was == null || was[0] != is[0]) {
                    fresh.add(e.getKey());
                } else if (was[1] == is[1]) {
                    unchanged.add(e.getKey());
                }
            }
            long t = System.nanoTime();
            int[] counts = Outputs.write(store, unchanged, intact ? previous : null, generation);
            List<Quarantined> quarantine = new ArrayList<>();
            next.entries.values().forEach(e -> quarantine.addAll(e.quarantine()));
            quarantine.sort(java.util.Comparator.comparing(Quarantined::source).thenComparing(Quarantined::stage).thenComparing(Quarantined::reason));
            List<String> qLines = new ArrayList<>();
            for (Quarantined q : quarantine) {
                qLines.add(Json.mapper().writeValueAsString(q));
            }
            AtomicFiles.writeLines(generation.resolve("quarantine.jsonl"), qLines);
            log.printf(Locale.ROOT, "ingest: %d documents written in %.1f s (%d unchanged copied)%n", store.records().size(),
                    (System.nanoTime() - t) / 1e9, unchanged.size());

            phase("links");
            writeLinks(store, intact ? fresh : null, intact ? previous : null, generation);

            phase("index");
            t = System.nanoTime();
            updateIndex(store, intact ? unchanged : Set.of(), intact ? previous : null, generation, staging);
            log.printf(Locale.ROOT, "ingest: index committed in %.1f s%n", (System.nanoTime() - t) / 1e9);

            phase("manifest");
            next.documents = store.records().size();
            next.directives = counts[0];
            next.officials = counts[1];
            next.write(generation.resolve(MANIFEST));

            phase("commit");
            Generations.commit(data, generation);
            phase("clean");
            if (previous == data) {
                removeOldLayout();
            }
            Generations.clean(data);
            Generations.publishView(data, published());
            return new Summary(inputs.size() + refused.size(), plan.unchanged, plan.toRead, plan.items(), plan.retried,
                    upgradedFrom != null ? plan.reextracted : 0, upgradedFrom, plan.retired, renamed, skipped.size(),
                    store.records().size(), counts[0], counts[1], plan.quarantinedCount(next), true, seconds(started));
        } finally {
            for (java.io.Closeable c : opened) {
                c.close();
            }
            Generations.deleteTree(staging);
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Stops here, waiting to be killed, when the {@link #STOP_AT} property names this phase; prints the phase. */
    private void phase(String name) {
        log.println("ingest: phase " + name);
        if (name.equals(System.getProperty(STOP_AT))) {
            System.err.println("ingest: stopped at phase " + name);
            System.err.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped at phase " + name);
                }
            }
        }
    }

    private static boolean intact(Path generation) {
        return Stream.concat(OUTPUTS.stream(), Stream.of(MANIFEST)).allMatch(f -> Files.isRegularFile(generation.resolve(f)))
                && Files.isDirectory(generation.resolve("index"));
    }

    /** The names of the published view ({@link Generations#publishView}): the outputs, the manifest and the index. */
    private static List<String> published() {
        List<String> names = new ArrayList<>(OUTPUTS);
        names.add(MANIFEST);
        names.add("index");
        return names;
    }

    /** Removes the files of the layout before generations, once a generation has been committed in their place. */
    private void removeOldLayout() throws IOException {
        for (String f : OUTPUTS) {
            Files.deleteIfExists(data.resolve(f));
        }
        Files.deleteIfExists(data.resolve(MANIFEST));
        Generations.deleteTree(data.resolve("index"));
    }

    /** What this run reads, keeps, retires and refuses, input by input and item by item. */
    private final class Plan {
        final List<Slice> slices = new ArrayList<>();
        final Set<String> named = new HashSet<>();
        final Set<String> goneSources = new HashSet<>();
        final Set<String> replaced = new HashSet<>();
        final Set<String> retiredSources = new HashSet<>();
        final List<String> retired = new ArrayList<>();
        final List<Manifest.Entry> retiredEntries = new ArrayList<>();
        /** Per input read this run: how to build its manifest entry once the pipeline has run. */
        final List<Pending> pending = new ArrayList<>();
        long lineLimit;
        int unchanged;
        int toRead;
        int retried;
        int reextracted;
        int newRefusals;

        record Pending(Input input, String hash, Manifest.Entry old, List<ExportScan.Line> lines, Set<String> reread,
                       Quarantined refused) {
        }

        int items() {
            int n = 0;
            for (Slice s : slices) {
                n += s.items();
            }
            return n;
        }

        void consider(Input in, Manifest.Entry old, BatchProcessor.Limits limits, boolean redoAll, boolean retryQuarantined,
                      Path scratch) {
            named.add(in.source());
            lineLimit = limits.maxBytes();
            String fileName = in.file().getFileName() == null ? in.source() : in.file().getFileName().toString().toLowerCase(Locale.ROOT);
            boolean export = ExportScan.isJsonl(fileName);
            String hash;
            try {
                if (!Files.isRegularFile(in.file())) {
                    refuseInput(in, old, Reasons.special(in.file()));
                    return;
                }
                long size = Files.size(in.file());
                long limit = formatFile(fileName) ? limits.maxFileBytes() : limits.maxBytes();
                if (!export && size > limit) {
                    refuseInput(in, old, Reasons.tooLarge(size, limit));
                    return;
                }
                hash = AtomicFiles.digest(in.file());
            } catch (IOException e) {
                refuseInput(in, old, Reasons.of(e));
                return;
            }
            boolean retry = retryQuarantined && old != null && !old.quarantine().isEmpty();
            if (!redoAll && old != null && hash.equals(old.hash()) && !retry) {
                unchanged++;
                return; // the old entry stays as it is
            }
            if (old != null && redoAll && hash.equals(old.hash())) {
                reextracted++;
            }
            if (retryQuarantined && old != null && old.quarantined()) {
                retried++;
            }
            toRead++;
            replaced.add(in.source());
            if (!export) {
                if (old != null) {
                    goneSources.add(in.source());
                }
                slices.add(new Slice(in.source(), in.file().toString(), 0, 0, 0, 1));
                pending.add(new Pending(in, hash, old, null, null, null));
                return;
            }
            ExportScan.Result scan;
            try {
                scan = ExportScan.scan(in.source(), in.file(), scratch, limits.maxBytes());
            } catch (IOException e) {
                refuseInput(in, old, Reasons.of(e));
                return;
            }
            // An item is read again when it is new or changed (all lines of its key, as one key is one source) or gave
            // no document last time (so its quarantine record is made anew); items gone from the export lose theirs.
            Map<String, List<String>> oldHashes = new HashMap<>();
            Set<String> gaveNothing = new HashSet<>();
            if (old != null && old.items() != null && !redoAll) {
                for (Manifest.Item it : old.items()) {
                    oldHashes.computeIfAbsent(it.key(), k -> new ArrayList<>()).add(it.hash());
                    if (it.doc() == null) {
                        gaveNothing.add(it.key());
                    }
                }
            }
            Map<String, List<String>> newHashes = new HashMap<>();
            for (ExportScan.Line l : scan.lines()) {
                newHashes.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l.hash());
            }
            Set<String> reread = new HashSet<>();
            for (Map.Entry<String, List<String>> e : newHashes.entrySet()) {
                if (!e.getValue().equals(oldHashes.get(e.getKey())) || gaveNothing.contains(e.getKey())) {
                    reread.add(e.getKey());
                }
            }
            if (old != null) {
                for (String key : sourcesOf(old)) {
                    if (reread.contains(key) || !newHashes.containsKey(key) || old.items() == null) {
                        goneSources.add(key);
                    }
                }
            }
            List<ExportScan.Line> run = new ArrayList<>();
            for (ExportScan.Line l : scan.lines()) {
                if (!reread.contains(l.key()) || l.tooLarge()) {
                    if (!run.isEmpty()) {
                        slices.add(slice(in.source(), scan.plain(), run));
                        run = new ArrayList<>();
                    }
                    continue;
                }
                run.add(l);
                if (run.size() == LINES_PER_SLICE) {
                    slices.add(slice(in.source(), scan.plain(), run));
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty()) {
                slices.add(slice(in.source(), scan.plain(), run));
            }
            pending.add(new Pending(in, hash, old, scan.lines(), reread, null));
        }

        /** An input that cannot be read at all: quarantined alone, its earlier documents retired. */
        private void refuseInput(Input in, Manifest.Entry old, String reason) {
            Quarantined q = new Quarantined(in.source(), "read", reason);
            if (old != null && old.quarantined() && old.quarantine().equals(List.of(q))) {
                unchanged++;
                return;
            }
            newRefusals++;
            if (old != null) {
                goneSources.addAll(sourcesOf(old));
            }
            replaced.add(in.source());
            pending.add(new Pending(in, null, old, null, null, q));
        }

        /** An input that could not even be listed (missing, a loop, an unreadable directory). */
        void refuse(Quarantined q, Manifest.Entry old) {
            named.add(q.source());
            refuseInput(new Input(q.source(), Path.of(q.source())), old, q.reason());
        }

        void retire(Manifest.Entry e) {
            retired.add(e.source());
            retiredEntries.add(e);
            retiredSources.add(e.source());
            goneSources.addAll(sourcesOf(e));
        }

        /** Retired inputs whose content reappears under a new name this run: "old → new". */
        List<String> renames(Manifest old) {
            Map<String, String> retiredByHash = new HashMap<>();
            for (Manifest.Entry e : retiredEntries) {
                if (e.hash() != null) {
                    retiredByHash.put(e.hash(), e.source());
                }
            }
            List<String> out = new ArrayList<>();
            for (Pending p : pending) {
                String from = p.hash() == null || old.entries.containsKey(p.input().source()) ? null : retiredByHash.get(p.hash());
                if (from != null) {
                    out.add(from + " → " + p.input().source());
                }
            }
            return out;
        }

        /** Writes the manifest entries of the inputs read or refused this run. */
        void record(Manifest next, Map<String, String> docOfSource, List<Quarantined> staged, String now) {
            Map<String, List<Quarantined>> byInput = new HashMap<>();
            TreeMap<String, Pending> byName = new TreeMap<>();
            pending.forEach(p -> byName.put(p.input().source(), p));
            for (Quarantined q : staged) {
                byInput.computeIfAbsent(owner(byName, q.source()), k -> new ArrayList<>()).add(q);
            }
            for (Pending p : pending) {
                String source = p.input().source();
                if (p.refused() != null) {
                    next.entries.put(source, new Manifest.Entry(source, null, "quarantined", List.of(), List.of(p.refused()), null, now));
                    continue;
                }
                List<Quarantined> q = new ArrayList<>(byInput.getOrDefault(source, List.of()));
                if (p.lines() == null) {
                    String doc = docOfSource.get(source);
                    List<String> docs = doc == null ? List.of() : List.of(doc);
                    next.entries.put(source, new Manifest.Entry(source, p.hash(), docs.isEmpty() && !q.isEmpty() ? "quarantined" : "processed",
                            docs, sorted(q), null, now));
                    continue;
                }
                Map<String, String> oldDoc = new HashMap<>();
                if (p.old() != null && p.old().items() != null) {
                    for (Manifest.Item it : p.old().items()) {
                        if (it.doc() != null) {
                            oldDoc.put(it.key(), it.doc());
                        }
                    }
                }
                List<Manifest.Item> items = new ArrayList<>();
                boolean anyDoc = false;
                for (ExportScan.Line l : p.lines()) {
                    String doc = p.reread().contains(l.key()) ? docOfSource.get(l.key()) : oldDoc.get(l.key());
                    if (l.tooLarge()) {
                        doc = null;
                        q.add(new Quarantined(l.key(), "read", "第 " + l.number() + " 行" + Reasons.tooLarge(l.bytes(), lineLimit)));
                    }
                    items.add(new Manifest.Item(l.key(), l.hash(), doc));
                    anyDoc |= doc != null;
                }
                next.entries.put(source, new Manifest.Entry(source, p.hash(), !anyDoc && !q.isEmpty() ? "quarantined" : "processed",
                        List.of(), sorted(q), items, now));
            }
        }

        /** The input a staged record belongs to: its source is the input's name, or the name with ":line" or "#id". */
        private static String owner(TreeMap<String, Pending> byName, String source) {
            String name = byName.floorKey(source);
            for (int steps = 0; name != null && steps < 16; steps++, name = byName.lowerKey(name)) {
                if (source.equals(name) || source.startsWith(name) && (source.charAt(name.length()) == ':' || source.charAt(name.length()) == '#')) {
                    return name;
                }
            }
            return source;
        }

        private static List<Quarantined> sorted(List<Quarantined> q) {
            q.sort(java.util.Comparator.comparing(Quarantined::source).thenComparing(Quarantined::stage).thenComparing(Quarantined::reason));
            return q;
        }

        /** Quarantine records of the inputs named in this run. */
        int quarantinedCount(Manifest m) {
            int n = 0;
            for (String s : named) {
                Manifest.Entry e = m.entries.get(s);
                if (e != null) {
                    n += e.quarantine().size();
                }
            }
            return n;
        }
    }

    static final int LINES_PER_SLICE = 1000;

    /** A run of lines of an export, read from {@code plain} starting at the first line's offset. */
    private static Slice slice(String name, Path plain, List<ExportScan.Line> run) {
        return new Slice(name, plain.toString(), run.get(0).number(), run.get(run.size() - 1).number(), run.get(0).offset(), run.size());
    }

    /** The sources an input's documents carry: its own name, or one per item of an export. */
    private static List<String> sourcesOf(Manifest.Entry e) {
        if (e.items() == null) {
            return List.of(e.source());
        }
        List<String> out = new ArrayList<>(e.items().size());
        e.items().forEach(it -> out.add(it.key()));
        return out;
    }

    private static boolean formatFile(String fileName) {
        return org.luoshi.formats.DocumentFormats.isFormat(fileName);
    }

    /** Hashes of a stored record: of its JSON, and of its JSON with its sources. */
    private static long[] fingerprint(RecordStore.Stored st) {
        return new long[] {st.hash(), st.hash() * 31 + RecordStore.hash64(String.join("\n", st.sources()))};
    }

    private static final ObjectReader EXTRACTION = Json.mapper().readerFor(Extraction.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Records parsed together, on all cores, while iterating the store. */
    private static final int PARSED_AT_ONCE = 512;

    /** A record's document and directives: what is read of a record whose text and officials are not needed. */
    private record DocumentAndDirectives(DocumentInfo doc, List<org.luoshi.model.Directive> directives) {
    }

    private static final ObjectReader DOCUMENT_AND_DIRECTIVES = Json.mapper().readerFor(DocumentAndDirectives.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The store's records as extractions, parsed as they are iterated, a few hundred at a time on all cores, in store
     * order ({@code doc.source}: the first source).
     */
    private static Iterable<Extraction> extractions(RecordStore store) {
        return extractions(store, id -> true);
    }

    /**
     * {@link #extractions(RecordStore)}, but only the records whose id {@code whole} accepts are read whole; the others
     * without their text and officials (empty), which the parser then skips over.
     */
    private static Iterable<Extraction> extractions(RecordStore store, java.util.function.Predicate<String> whole) {
        return () -> InOrder.map(store.records().entrySet().iterator(), PARSED_AT_ONCE,
                e -> extraction(e.getValue(), whole.test(e.getKey())));
    }

    private static Extraction extraction(RecordStore.Stored st, boolean whole) {
        try {
            Extraction e;
            if (whole) {
                e = st.parse(EXTRACTION);
            } else {
                DocumentAndDirectives r = st.parse(DOCUMENT_AND_DIRECTIVES);
                e = new Extraction(r.doc(), List.of(), r.directives(), null);
            }
            DocumentInfo d = e.doc();
            String first = st.sources().first();
            if (!first.equals(d.source())) {
                e = new Extraction(new DocumentInfo(d.id(), first, d.title(), d.level(), d.region(), d.meetingDate(), d.published(),
                        d.addressees(), d.quality()), e.officials(), e.directives(), e.text());
            }
            return e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Links (incrementally when {@code fresh} names the documents new since the previous generation) and the ledger,
     * rebuilt from all links.
     */
    private void writeLinks(RecordStore store, Set<String> fresh, Path previous, Path generation) throws IOException {
        long t = System.nanoTime();
        Iterable<Extraction> all = extractions(store);
        boolean incremental = fresh != null && previous != null && Files.isRegularFile(previous.resolve("links.jsonl"));
        List<String> links = incremental
                ? new org.luoshi.link.CorpusLinker().link(all, fresh, Files.readAllLines(previous.resolve("links.jsonl"), StandardCharsets.UTF_8))
                : new org.luoshi.link.CorpusLinker().link(all);
        AtomicFiles.writeLines(generation.resolve("links.jsonl"), links);
        double linking = (System.nanoTime() - t) / 1e9;
        List<JsonNode> linkNodes = new ArrayList<>(links.size());
        Set<String> citing = new HashSet<>();
        for (String l : links) {
            JsonNode n = Json.mapper().readTree(l);
            linkNodes.add(n);
            if ("citation".equals(n.path("type").asText())) {
                citing.add(n.path("from").asText());
            }
        }
        // the ledger reads texts only where it looks for reports of work done: in documents that cite something
        List<org.luoshi.track.LedgerEntry> ledger = new org.luoshi.track.LedgerBuilder().build(extractions(store, citing::contains), linkNodes);
        try (AtomicFiles.Lines out = AtomicFiles.open(generation.resolve("ledger.jsonl"))) {
            for (org.luoshi.track.LedgerEntry row : ledger) {
                out.add(Json.mapper().writeValueAsString(row));
            }
            out.commit();
        }
        log.printf(Locale.ROOT, "ingest: %d links (citations and relays; %s) in %.1f s, %d ledger entries in %.1f s%n", links.size(),
                incremental ? "linked " + fresh.size() + " new documents to the rest" : "all linked", linking, ledger.size(),
                (System.nanoTime() - t) / 1e9 - linking);
    }

    /**
     * Writes the generation's index: the previous generation's index files are linked (Lucene never changes a file it
     * has written), removed documents deleted, new and changed ones written, then committed. Without a previous
     * generation, or when its index has an older schema ({@link Fields#SCHEMA}: entries without the newer fields),
     * everything is written.
     */
    private void updateIndex(RecordStore store, Set<String> unchangedRecords, Path previous, Path generation, Path staging) throws IOException {
        Path index = Files.createDirectories(generation.resolve("index"));
        if (previous != null && Files.isDirectory(previous.resolve("index"))) {
            try (Stream<Path> s = Files.list(previous.resolve("index"))) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    if (!f.getFileName().toString().equals("write.lock")) {
                        linkOrCopy(f, index.resolve(f.getFileName()));
                    }
                }
            }
        }
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(index)) {
            boolean older = !unchangedRecords.isEmpty() && w.openedSchema() < Fields.SCHEMA;
            if (older) {
                log.printf(Locale.ROOT, "ingest: index of schema %d, now %d: every document indexed again%n", w.openedSchema(), Fields.SCHEMA);
            }
            Set<String> unchanged = older ? Set.of() : unchangedRecords;
            w.deleteAllExcept(store.records().keySet());
            java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Runtime.getRuntime().availableProcessors());
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            int total = store.records().size() - unchanged.size();
            for (Map.Entry<String, RecordStore.Stored> entry : store.records().entrySet()) {
                if (unchanged.contains(entry.getKey())) {
                    continue;
                }
                RecordStore.Stored st = entry.getValue();
                pending.add(pool.submit(() -> {
                    Extraction e = extraction(st, true);
                    w.write(e, e.text());
                    if (written.incrementAndGet() % 10000 == 0) {
                        log.printf(Locale.ROOT, "ingest: indexed %d of %d documents%n", written.get(), total);
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
            Set<String> kept = store.records().keySet();
            Staged.forEach(staging, "originals", line -> {
                JsonNode n = Json.mapper().readTree(line);
                String id = n.get("id").asText();
                if (kept.contains(id) && !unchanged.contains(id)) {
                    w.writeOriginal(id, n.get("original").asText());
                }
            });
            w.commit();
        }
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Reading the pipeline's staged files. */
    static final class Staged {
        private Staged() {
        }

        @FunctionalInterface
        interface LineHandler {
            void accept(String line) throws IOException;
        }

        /** The staged files whose names start with {@code prefix}, in file-name order. */
        static List<Path> files(Path staging, String prefix) throws IOException {
            try (Stream<Path> s = Files.walk(staging)) {
                return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            }
        }

        /** Every non-blank line of the staged files whose names start with {@code prefix}, in file-name order. */
        static void forEach(Path staging, String prefix, LineHandler handler) throws IOException {
            for (Path f : files(staging, prefix)) {
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
}
