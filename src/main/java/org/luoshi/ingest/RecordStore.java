package org.luoshi.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All extraction records ingested so far, keyed by document id (a hash of the normalized text), each with the
 * sorted set of sources it came from: the same content under two names is one document with two sources. Records
 * are held as JSON strings (parsed only when used) so a store of the whole scale corpus stays small. Its file,
 * {@code extractions.jsonl}, is the state the published outputs are derived from.
 */
final class RecordStore {
    /** One stored document: the extraction record as JSON (without sources), its sources and a 64-bit hash of the JSON. */
    record Stored(String json, TreeSet<String> sources, long hash) {
        Stored(String json, TreeSet<String> sources) {
            this(json, sources, hash64(json));
        }
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

    private final Map<String, Stored> byId = new TreeMap<>();

    static RecordStore read(Path file) throws IOException {
        RecordStore s = new RecordStore();
        if (!Files.isRegularFile(file)) {
            return s;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // lines taken apart on all cores, LINES_AT_ONCE at a time, and stored in file order
            var records = InOrder.map(r.lines().filter(l -> !l.isBlank()).iterator(), LINES_AT_ONCE, RecordStore::readLine);
            while (records.hasNext()) {
                Map.Entry<String, Stored> e = records.next();
                s.byId.put(e.getKey(), e.getValue());
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return s;
    }

    /** Lines of the store file taken apart together. */
    private static final int LINES_AT_ONCE = 1024;

    /**
     * One stored line: the record as {@link #published} wrote it, with {@code "sources":[…]} as its last field. That
     * field is cut off as text (the record itself is not parsed: the store of the scale corpus is 190 MB).
     *
     * @return the document id and the stored record
     */
    private static Map.Entry<String, Stored> readLine(String line) {
        try {
            int at = line.lastIndexOf(",\"sources\":[");
            if (at < 0 || !line.endsWith("]}")) {
                ObjectNode n = (ObjectNode) Json.mapper().readTree(line);
                TreeSet<String> sources = new TreeSet<>();
                n.remove("sources").forEach(x -> sources.add(x.asText()));
                String json = Json.mapper().writeValueAsString(n);
                return Map.entry(n.get("doc").get("id").asText(), new Stored(json, sources));
            }
            TreeSet<String> sources = new TreeSet<>();
            Json.mapper().readTree(line.substring(at + 11, line.length() - 1)).forEach(x -> sources.add(x.asText()));
            String json = line.substring(0, at) + "}";
            return Map.entry(idAndSource(json)[0], new Stored(json, sources));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Removes these sources; documents left with no source are dropped. */
    void removeSources(java.util.Set<String> gone) {
        if (gone.isEmpty()) {
            return;
        }
        byId.values().removeIf(st -> {
            st.sources().removeAll(gone);
            return st.sources().isEmpty();
        });
    }

    /**
     * Adds a freshly extracted record, one JSON line as the pipeline wrote it (Jackson's serialization of an
     * {@code Extraction}, kept as it is); an existing document with the same id gains the source.
     *
     * @return the document id and the source of the record
     */
    String[] add(String record) throws IOException {
        String[] key = idAndSource(record);
        String id = key[0];
        String source = key[1];
        Stored existing = byId.get(id);
        if (existing == null) {
            TreeSet<String> sources = new TreeSet<>();
            sources.add(source);
            byId.put(id, new Stored(record, sources));
        } else {
            // Keep the record extracted from the first source in order, whatever order the workers finished in:
            // the text is the same, but a source may carry its own publication date.
            boolean first = source.compareTo(existing.sources().first()) < 0;
            existing.sources().add(source);
            if (first) {
                byId.put(id, new Stored(record, existing.sources()));
            }
        }
        return key;
    }

    /** {@code doc.id} and {@code doc.source} of a record line, read without parsing the rest (the text) of it. */
    static String[] idAndSource(String record) throws IOException {
        String id = null;
        String source = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(record)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a record is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("doc")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME && (id == null || source == null)) {
                    String name = p.currentName();
                    p.nextToken();
                    if (name.equals("id")) {
                        id = p.getValueAsString();
                    } else if (name.equals("source")) {
                        source = p.getValueAsString();
                    } else {
                        p.skipChildren();
                    }
                }
                break;
            }
        }
        if (id == null || source == null) {
            throw new IOException("a record without doc.id and doc.source");
        }
        return new String[] {id, source};
    }

    Map<String, Stored> records() {
        return byId;
    }

    /** The record as it is published: {@code doc.source} is its first source and {@code sources} lists them all. */
    static ObjectNode published(Stored st) throws IOException {
        ObjectNode n = (ObjectNode) Json.mapper().readTree(st.json());
        ((ObjectNode) n.get("doc")).put("source", st.sources().first());
        ArrayNode arr = n.putArray("sources");
        st.sources().forEach(arr::add);
        return n;
    }
}
