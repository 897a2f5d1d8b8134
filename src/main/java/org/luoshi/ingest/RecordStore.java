package org.luoshi.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.luoshi.model.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All extraction records ingested so far, keyed by document id (a hash of the normalized text), each with the
 * sorted set of sources it came from: the same content under two names is one document with two sources. Records
 * are not held in memory but read again, by byte offset, from the file they came from when asked for — the store
 * file of an earlier run ({@link #read}) or the staged files of this one ({@link #addAll}); only a record added as a
 * string ({@link #add}) is held. The store of the scale corpus is 200 MB, which neither a full run nor one that
 * touches 1 % of it need keep in the heap. Its file, {@code extractions.jsonl}, is the state the published outputs
 * are derived from. Close the store when done (it keeps the files it reads from open).
 */
final class RecordStore implements java.io.Closeable {
    /**
     * One stored document: the extraction record as JSON (without sources) — held, or where to read it in the file it
     * came from — its sources and a 64-bit hash of the JSON's UTF-8 bytes.
     */
    record Stored(String held, Location at, TreeSet<String> sources, long hash) {
        Stored(String json, TreeSet<String> sources) {
            this(json, null, sources, hash64(json));
        }

        /** The record as JSON (without sources), read from its file when it is not held. */
        String json() {
            return held != null ? held : new String(at.read(), StandardCharsets.UTF_8);
        }

        /** The record parsed by {@code reader} — from its file's UTF-8 bytes when it is not held. */
        <T> T parse(com.fasterxml.jackson.databind.ObjectReader reader) throws IOException {
            return held != null ? reader.readValue(held) : reader.readValue(at.read());
        }
    }

    /**
     * Where a record's JSON is in a file: the bytes of its line before {@code ,"sources":[…]} (a store file) or before
     * its closing brace (a staged file), to which the closing brace is added back.
     */
    record Location(FileChannel file, long offset, int length) {
        /** The record's UTF-8 bytes, its closing brace included. */
        byte[] read() {
            ByteBuffer buffer = ByteBuffer.allocate(length + 1);
            buffer.limit(length);
            try {
                while (buffer.hasRemaining()) {
                    if (file.read(buffer, offset + buffer.position()) < 0) {
                        throw new IOException("the store file ends inside a record");
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            buffer.array()[length] = '}';
            return buffer.array();
        }
    }

    /** 64-bit FNV-1a over the UTF-8 bytes of a string. */
    static long hash64(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return hash64(b, b.length, false);
    }

    /**
     * 64-bit FNV-1a over the first {@code length} bytes of {@code b}, followed by a closing brace when {@code brace}
     * (a record as {@link Location#read} gives it back): the hash of the same JSON text held as a string.
     */
    static long hash64(byte[] b, int length, boolean brace) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < length; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        if (brace) {
            h ^= '}';
            h *= 0x100000001b3L;
        }
        return h;
    }

    private final Map<String, Stored> byId = new TreeMap<>();
    /** The files records are read from (the store file it was read from, staged files added): closed with the store. */
    private final java.util.List<FileChannel> files = new java.util.ArrayList<>();

    /**
     * The store of a store file (empty when there is none); the records are read from the file when used, so it
     * must not change before the store is closed.
     */
    static RecordStore read(Path file) throws IOException {
        RecordStore s = new RecordStore();
        if (!Files.isRegularFile(file)) {
            return s;
        }
        FileChannel channel = s.open(file);
        try (ByteLines lines = new ByteLines(file)) {
            // lines taken apart on all cores, LINES_AT_ONCE at a time, and stored in file order
            var records = InOrder.map(new Lines(lines), LINES_AT_ONCE, line -> readLine(line, channel));
            while (records.hasNext()) {
                Map.Entry<String, Stored> e = records.next();
                s.byId.put(e.getKey(), e.getValue());
            }
        } catch (java.io.UncheckedIOException e) {
            s.close();
            throw e.getCause();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private FileChannel open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        files.add(channel);
        return channel;
    }

    /**
     * Adds the records of a file of freshly extracted record lines, as {@link #add} does line by line, but leaves
     * them in the file, which must not change before the store is closed.
     *
     * @param beforeAdding told each record's document id before it is added
     * @return the document id and the source of each record, in file order
     */
    java.util.List<String[]> addAll(Path file, java.util.function.Consumer<String> beforeAdding) throws IOException {
        FileChannel channel = open(file);
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (ByteLines bytes = new ByteLines(file)) {
            for (Lines lines = new Lines(bytes); lines.hasNext(); ) {
                Line line = lines.next();
                String[] key = idAndSource(line.bytes());
                beforeAdding.accept(key[0]);
                // the line without its closing brace (nor any white space after it), which Location adds back
                int length = line.bytes().length - 1;
                while (length > 0 && (line.bytes()[length] == ' ' || line.bytes()[length] == '\t' || line.bytes()[length] == '\r')) {
                    length--;
                }
                if (line.bytes()[length] != '}') {
                    throw new IOException("a record line of " + file + " does not end with }");
                }
                out.add(add(key, new Stored(null, new Location(channel, line.offset(), length), new TreeSet<>(),
                        hash64(line.bytes(), length, true))));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        for (FileChannel f : files) {
            f.close();
        }
    }

    /** Lines of the store file taken apart together. */
    private static final int LINES_AT_ONCE = 1024;

    /** One line of a store file: its bytes (without the line end) and where it starts. */
    private record Line(byte[] bytes, long offset) {
    }

    /** The non-blank lines of a file (ended by LF or CR LF), each copied out of {@link ByteLines} with its offset. */
    private static final class Lines implements java.util.Iterator<Line> {
        private final ByteLines lines;
        private Line next;

        Lines(ByteLines lines) {
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && lines.next()) {
                    byte[] b = lines.buf();
                    int end = lines.end() > lines.start() && b[lines.end() - 1] == '\r' ? lines.end() - 1 : lines.end();
                    boolean blank = true;
                    for (int i = lines.start(); i < end && blank; i++) {
                        blank = b[i] == ' ' || b[i] == '\t' || b[i] == '\r';
                    }
                    if (!blank) {
                        next = new Line(java.util.Arrays.copyOfRange(b, lines.start(), end), lines.offset());
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Line out = next;
            next = null;
            return out;
        }
    }

    private static final byte[] SOURCES = ",\"sources\":[".getBytes(StandardCharsets.US_ASCII);

    /**
     * One stored line: the record as {@link #published} wrote it, with {@code "sources":[…]} as its last field. That
     * field is cut off as bytes; the rest is decoded once for its id and hash and then left in the file.
     *
     * @return the document id and the stored record
     */
    private static Map.Entry<String, Stored> readLine(Line line, FileChannel file) {
        try {
            byte[] b = line.bytes();
            int at = lastIndexOf(b, SOURCES);
            if (at < 0 || b.length < 2 || b[b.length - 2] != ']' || b[b.length - 1] != '}') {
                ObjectNode n = (ObjectNode) Json.mapper().readTree(b);
                TreeSet<String> sources = new TreeSet<>();
                n.remove("sources").forEach(x -> sources.add(x.asText()));
                String json = Json.mapper().writeValueAsString(n);
                return Map.entry(n.get("doc").get("id").asText(), new Stored(json, sources));
            }
            TreeSet<String> sources = new TreeSet<>();
            Json.mapper().readTree(b, at + 11, b.length - 1 - (at + 11)).forEach(x -> sources.add(x.asText()));
            return Map.entry(idAndSource(b)[0], new Stored(null, new Location(file, line.offset(), at), sources, hash64(b, at, true)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        for (int i = b.length - what.length; i >= 0; i--) {
            int k = 0;
            while (k < what.length && b[i + k] == what[k]) {
                k++;
            }
            if (k == what.length) {
                return i;
            }
        }
        return -1;
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
        return add(idAndSource(record), new Stored(record, new TreeSet<>()));
    }

    /** Adds a record (its sources empty) under its {@code [id, source]}; returns that key. */
    private String[] add(String[] key, Stored record) {
        String id = key[0];
        String source = key[1];
        Stored existing = byId.get(id);
        if (existing == null) {
            record.sources().add(source);
            byId.put(id, record);
        } else {
            // Keep the record extracted from the first source in order, whatever order the workers finished in:
            // the text is the same, but a source may carry its own publication date.
            boolean first = source.compareTo(existing.sources().first()) < 0;
            existing.sources().add(source);
            if (first) {
                byId.put(id, new Stored(record.held(), record.at(), existing.sources(), record.hash()));
            }
        }
        return key;
    }

    /** {@code doc.id} and {@code doc.source} of a record line, read without parsing the rest (the text) of it. */
    static String[] idAndSource(String record) throws IOException {
        return idAndSource(Json.mapper().getFactory().createParser(record));
    }

    /** {@link #idAndSource(String)} of a record line's UTF-8 bytes. */
    static String[] idAndSource(byte[] record) throws IOException {
        return idAndSource(Json.mapper().getFactory().createParser(record));
    }

    private static String[] idAndSource(JsonParser parser) throws IOException {
        String id = null;
        String source = null;
        try (JsonParser p = parser) {
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

    private static final com.fasterxml.jackson.databind.ObjectReader OBJECT = Json.mapper().readerFor(ObjectNode.class);

    /** The record as it is published: {@code doc.source} is its first source and {@code sources} lists them all. */
    static ObjectNode published(Stored st) throws IOException {
        ObjectNode n = st.parse(OBJECT);
        ((ObjectNode) n.get("doc")).put("source", st.sources().first());
        ArrayNode arr = n.putArray("sources");
        st.sources().forEach(arr::add);
        return n;
    }
}
