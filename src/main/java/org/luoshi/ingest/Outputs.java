package org.luoshi.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a generation's record store ({@code extractions.jsonl}) and its published {@code documents.jsonl},
 * {@code directives.jsonl} and {@code officials.jsonl}, in document-id order. The lines of a document whose record and
 * sources are what the previous generation held are copied from that generation's files as text; only new and
 * changed documents are serialized again, so a run that adds a few documents to a large corpus costs little more
 * than the copy.
 */
final class Outputs {
    static final String STORE = "extractions.jsonl";
    static final String DOCUMENTS = "documents.jsonl";
    static final String DIRECTIVES = "directives.jsonl";
    static final String OFFICIALS = "officials.jsonl";

    private Outputs() {
    }

    /**
     * @param unchanged ids of documents identical (record and sources) to the previous generation's
     * @param previous  the previous generation's directory, or null
     * @return the number of directives and of officials written
     */
    static int[] write(RecordStore store, Set<String> unchanged, Path previous, Path generation) throws IOException {
        int[] counts = new int[2];
        boolean copy = previous != null && !unchanged.isEmpty();
        try (AtomicFiles.Lines storeOut = AtomicFiles.open(generation.resolve(STORE));
             AtomicFiles.Lines documents = AtomicFiles.open(generation.resolve(DOCUMENTS));
             AtomicFiles.Lines directives = AtomicFiles.open(generation.resolve(DIRECTIVES));
             AtomicFiles.Lines officials = AtomicFiles.open(generation.resolve(OFFICIALS));
             Cursor oldStore = copy ? new Cursor(previous.resolve(STORE), Cursor::leadingDocId) : null;
             Cursor oldDocuments = copy ? new Cursor(previous.resolve(DOCUMENTS), Cursor::leadingId) : null;
             Cursor oldDirectives = copy ? new Cursor(previous.resolve(DIRECTIVES), Cursor::trailingDoc) : null;
             Cursor oldOfficials = copy ? new Cursor(previous.resolve(OFFICIALS), Cursor::trailingDoc) : null) {
            for (var entry : store.records().entrySet()) {
                String id = entry.getKey();
                if (copy && unchanged.contains(id)) {
                    if (oldStore.copy(id, storeOut) == 1 && oldDocuments.copy(id, documents) == 1) {
                        counts[0] += oldDirectives.copy(id, directives);
                        counts[1] += oldOfficials.copy(id, officials);
                        continue;
                    }
                    throw new IOException("the previous generation " + previous + " does not hold document " + id + " as its manifest says");
                }
                ObjectNode rec = RecordStore.published(entry.getValue());
                storeOut.add(Json.mapper().writeValueAsString(rec));
                ObjectNode doc = rec.get("doc").deepCopy();
                doc.set("sources", rec.get("sources"));
                documents.add(Json.mapper().writeValueAsString(doc));
                counts[0] += rec.get("directives").size();
                counts[1] += rec.get("officials").size();
                for (JsonNode d : rec.get("directives")) {
                    directives.add(Json.mapper().writeValueAsString(((ObjectNode) d).put("doc", id)));
                }
                for (JsonNode o : rec.get("officials")) {
                    officials.add(Json.mapper().writeValueAsString(((ObjectNode) o).put("doc", id)));
                }
            }
            storeOut.commit();
            documents.commit();
            directives.commit();
            officials.commit();
        }
        return counts;
    }

    /** Reads a previous output in document-id order and copies the lines of one document at a time. */
    private static final class Cursor implements java.io.Closeable {
        private final BufferedReader reader;
        private final java.util.function.Function<String, String> idOf;
        private String line;
        private String id;

        Cursor(Path file, java.util.function.Function<String, String> idOf) throws IOException {
            this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            this.idOf = idOf;
            advance();
        }

        private void advance() throws IOException {
            line = reader.readLine();
            id = line == null ? null : idOf.apply(line);
        }

        /** Skips the lines of documents before {@code target}, copies those of {@code target}; returns how many. */
        int copy(String target, AtomicFiles.Lines out) throws IOException {
            while (id != null && id.compareTo(target) < 0) {
                advance();
            }
            int n = 0;
            while (id != null && id.equals(target)) {
                out.add(line);
                n++;
                advance();
            }
            return n;
        }

        /** {@code {"doc":{"id":"…"} …} (a store line). */
        static String leadingDocId(String line) {
            return quotedAfter(line, "{\"doc\":{\"id\":\"", false);
        }

        /** {@code {"id":"…", …}} (a documents line). */
        static String leadingId(String line) {
            return quotedAfter(line, "{\"id\":\"", false);
        }

        /** {@code {…,"doc":"…"}} (a directive or official line). */
        static String trailingDoc(String line) {
            return quotedAfter(line, ",\"doc\":\"", true);
        }

        private static String quotedAfter(String line, String marker, boolean last) {
            int at = last ? line.lastIndexOf(marker) : (line.startsWith(marker) ? 0 : -1);
            if (at < 0) {
                return "";
            }
            int from = at + marker.length();
            int to = line.indexOf('"', from);
            return to < 0 ? "" : line.substring(from, to);
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
