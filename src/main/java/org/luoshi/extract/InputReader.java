package org.luoshi.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads input documents from files: a text file is one document; a {@code *.jsonl} or {@code *.jsonl.gz} export
 * holds one document per line ({@code text}, optional {@code title} and {@code date}). A line that is not a JSON
 * object with text is reported as rejected with its line number; the rest of the file is still read.
 */
public final class InputReader {
    private InputReader() {
    }

    public static final Set<String> ENDINGS = Set.of(".txt", ".text", ".htm", ".html", ".jsonl", ".jsonl.gz");

    public static boolean isJsonl(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    public static void read(Path f, Consumer<InputDocument> docs, BiConsumer<String, String> rejected) throws IOException {
        read(f, 1, Integer.MAX_VALUE, docs, rejected);
    }

    /** Reads lines {@code fromLine..toLine} (1-based, inclusive) of a JSONL export; a text file only when fromLine is 1. */
    public static void read(Path f, int fromLine, int toLine, Consumer<InputDocument> docs, BiConsumer<String, String> rejected)
            throws IOException {
        if (!isJsonl(f)) {
            if (fromLine > 1) {
                return;
            }
            docs.accept(new InputDocument(f.toString(), Files.readAllBytes(f), null, null));
            return;
        }
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while (n + 1 < fromLine && r.readLine() != null) {
                n++;
            }
            readLines(r, f.toString(), n + 1, toLine, docs, rejected);
        }
    }

    /**
     * Reads lines {@code fromLine..toLine} of a plain (uncompressed) JSONL file whose line {@code fromLine} starts at
     * byte {@code offset}, naming the documents after {@code name} (the export as given, which may be a compressed
     * original of this file): a split of a large export is read without reading what comes before it.
     */
    public static void readFrom(Path plain, long offset, String name, int fromLine, int toLine, Consumer<InputDocument> docs,
                                BiConsumer<String, String> rejected) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(plain)) {
            ch.position(offset);
            BufferedReader r = new BufferedReader(new InputStreamReader(java.nio.channels.Channels.newInputStream(ch),
                    StandardCharsets.UTF_8), 1 << 16);
            readLines(r, name, fromLine, toLine, docs, rejected);
        }
    }

    /** Parses lines numbered from {@code firstLine} up to {@code toLine} as documents, one JSON object per line. */
    private static void readLines(BufferedReader r, String name, int firstLine, int toLine, Consumer<InputDocument> docs,
                                  BiConsumer<String, String> rejected) throws IOException {
        String line;
        for (int n = firstLine; n <= toLine && (line = r.readLine()) != null; n++) {
            if (line.isBlank()) {
                continue;
            }
            String source = name + ":" + n;
            JsonNode node;
            try {
                node = Json.mapper().readTree(line);
            } catch (IOException e) {
                rejected.accept(source, "line is not JSON");
                continue;
            }
            if (!node.isObject() || !node.path("text").isTextual()) {
                rejected.accept(source, "line has no \"text\" field");
                continue;
            }
            String title = node.path("title").asText("");
            String text = title.isBlank() ? node.get("text").asText() : title.strip() + "\n" + node.get("text").asText();
            String date = node.path("date").isTextual() ? isoDate(node.get("date").asText()) : null;
            String id = node.path("id").isTextual() ? name + "#" + node.get("id").asText() : source;
            docs.accept(new InputDocument(id, null, text, date));
        }
    }

    private static String isoDate(String s) {
        String digits = s.replaceAll("[^0-9]", "");
        if (digits.length() >= 8) {
            return digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6, 8);
        }
        return null;
    }
}
