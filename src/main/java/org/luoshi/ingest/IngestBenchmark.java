package org.luoshi.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.extract.InputDocument;
import org.luoshi.extract.InputReader;
import org.luoshi.model.Json;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.nlp.Segmenter;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.UnreadableInputException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Throughput of the ingest path on one set of documents, measured in one run: bare HanLP segmentation of every
 * sentence, normalize + extract called directly, the full {@code ingest} (pipeline, outputs, index) into a fresh
 * data directory, a second {@code ingest} of the same input with nothing changed, then the last 1 % of the items
 * removed from the export (an ingest that retires them) and appended again (an ingest that reads only them).
 * Characters are those of the decoded input texts.
 */
public final class IngestBenchmark {
    public record Result(int documents, long chars, double segmentSeconds, double extractSeconds, double ingestSeconds,
                         double reingestSeconds, int changedItems, double removeSeconds, double appendSeconds, long peakHeapBytes) {
        public double segmentCharsPerSecond() {
            return chars / segmentSeconds;
        }

        public double extractCharsPerSecond() {
            return chars / extractSeconds;
        }

        public double ingestCharsPerSecond() {
            return chars / ingestSeconds;
        }
    }

    public Result run(List<Path> inputs, int limit, Supplier<BatchProcessor> processor, Path work) throws Exception {
        List<InputDocument> docs = new ArrayList<>();
        for (Path p : inputs) {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> InputReader.ENDINGS.stream().anyMatch(e -> f.toString().endsWith(e)))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
            for (Path f : files) {
                if (docs.size() < limit) {
                    InputReader.read(f, d -> {
                        if (docs.size() < limit) {
                            docs.add(d);
                        }
                    }, (source, reason) -> { });
                }
            }
        }
        Normalizer normalizer = new Normalizer();
        List<String> jsonl = new ArrayList<>();
        long chars = 0;
        int count = 0;
        for (InputDocument d : docs) {
            String text;
            try {
                text = d.bytes() != null ? normalizer.normalize(d.source(), d.bytes()).original() : d.text();
            } catch (UnreadableInputException e) {
                continue;
            }
            chars += text.length();
            count++;
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("text", text);
            if (d.published() != null) {
                n.put("date", d.published());
            }
            jsonl.add(Json.mapper().writeValueAsString(n));
        }
        docs.clear();
        Files.createDirectories(work);
        Path input = work.resolve("bench-input.jsonl");
        Files.write(input, jsonl, StandardCharsets.UTF_8);
        jsonl.clear();

        Segmenter segmenter = Segmenter.standard();
        long t0 = System.nanoTime();
        InputReader.read(input, d -> {
            for (String sentence : d.text().split("[。！？；\\n]")) {
                segmenter.segment(sentence);
            }
        }, (source, reason) -> { });
        double segment = (System.nanoTime() - t0) / 1e9;

        DocumentExtractor extractor = new DocumentExtractor();
        t0 = System.nanoTime();
        InputReader.read(input, d -> {
            try {
                NormalizedDocument n = normalizer.normalize(d.source(), d.text());
                extractor.extract(n, d.published());
            } catch (UnreadableInputException e) {
                // counted in chars but nothing to extract; the same input is refused by ingest too
            }
        }, (source, reason) -> { });
        double extract = (System.nanoTime() - t0) / 1e9;

        Path data = work.resolve("bench-data");
        deleteTree(data);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        t0 = System.nanoTime();
        new IngestRun(data, processor.get(), quiet).run(List.of(input), List.of());
        double ingest = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        new IngestRun(data, processor.get(), quiet).run(List.of(input), List.of());
        double reingest = (System.nanoTime() - t0) / 1e9;
        List<String> all = Files.readAllLines(input, StandardCharsets.UTF_8);
        int changed = Math.max(1, all.size() / 100);
        Files.write(input, all.subList(0, all.size() - changed), StandardCharsets.UTF_8);
        t0 = System.nanoTime();
        new IngestRun(data, processor.get(), quiet).run(List.of(input), List.of());
        double remove = (System.nanoTime() - t0) / 1e9;
        Files.write(input, all, StandardCharsets.UTF_8);
        all = null;
        t0 = System.nanoTime();
        new IngestRun(data, processor.get(), quiet).run(List.of(input), List.of());
        double append = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(count, chars, segment, extract, ingest, reingest, changed, remove, append, peak);
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (Files.exists(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }
}
