package org.luoshi.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.luoshi.model.Json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The items of a JSONL export, read once as bytes: per non-blank line its source key (as the reader names its document:
 * {@code name#id} when the line has a string {@code id}, else {@code name:line}), an MD5 of the line (to tell a
 * changed item from an unchanged one; not a security measure), its line number and byte offset. A compressed export
 * is decompressed into {@code scratch} in the same pass, and the offsets point into that copy. A line longer than
 * {@code maxLineBytes} is never held in memory: it is measured, hashed and marked too large.
 */
final class ExportScan {
    /** One non-blank line. {@code bytes} is its length; {@code tooLarge} when it exceeds the limit. */
    record Line(String key, String hash, int number, long offset, long bytes, boolean tooLarge) {
    }

    /** The lines, and the plain (uncompressed) file their offsets point into. */
    record Result(List<Line> lines, Path plain) {
    }

    private ExportScan() {
    }

    static boolean isJsonl(String fileName) {
        return fileName.endsWith(".jsonl") || fileName.endsWith(".jsonl.gz");
    }

    static Result scan(String name, Path file, Path scratch, long maxLineBytes) throws IOException {
        boolean gz = file.getFileName().toString().endsWith(".gz");
        Path plain = file;
        if (gz) {
            Files.createDirectories(scratch);
            plain = Files.createTempFile(scratch, "export-", ".jsonl");
        }
        LineBuffer line = new LineBuffer((int) Math.min(maxLineBytes + 1, Integer.MAX_VALUE - 8));
        List<Line> lines = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(gz ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
             OutputStream copy = gz ? new java.io.BufferedOutputStream(Files.newOutputStream(plain), 1 << 16) : OutputStream.nullOutputStream()) {
            long start = 0;        // offset of the current line
            long pos = 0;
            int number = 1;
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                copy.write(buf, 0, n);
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line.append(buf, from, i - from);
                        if (!line.blank) {
                            lines.add(line.finish(name, number, start, maxLineBytes));
                        }
                        line.reset();
                        number++;
                        start = pos + i + 1;
                        from = i + 1;
                    }
                }
                line.append(buf, from, n - from);
                pos += n;
            }
            if (!line.blank) {
                lines.add(line.finish(name, number, start, maxLineBytes));
            }
        }
        return new Result(lines, plain);
    }

    /** The line being read: hashed as it comes, held in memory only up to the cap. */
    private static final class LineBuffer {
        private final int cap;
        private final MessageDigest md = md5();
        private byte[] bytes = new byte[1 << 12];
        private int kept;
        private long length;
        private boolean blank = true;

        LineBuffer(int cap) {
            this.cap = cap;
        }

        void append(byte[] buf, int from, int len) {
            md.update(buf, from, len);
            length += len;
            blank = blank && allSpace(buf, from, len);
            int take = Math.min(len, cap - kept);
            if (take > 0) {
                if (kept + take > bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(cap, Math.max(kept + take, 2L * bytes.length)));
                }
                System.arraycopy(buf, from, bytes, kept, take);
                kept += take;
            }
        }

        Line finish(String name, int number, long start, long max) {
            String hash = HexFormat.of().formatHex(md.digest());
            boolean tooLarge = length > max;
            String id = id(bytes, kept, tooLarge); // of a line over the limit, from its first bytes when the id comes first
            return new Line(id != null ? name + "#" + id : name + ":" + number, hash, number, start, length, tooLarge);
        }

        void reset() {
            md.reset();
            kept = 0;
            length = 0;
            blank = true;
            if (bytes.length > 1 << 20) {
                bytes = new byte[1 << 12]; // do not keep a huge line's buffer
            }
        }
    }

    private static boolean allSpace(byte[] b, int from, int len) {
        for (int i = from; i < from + len; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                return false;
            }
        }
        return true;
    }

    /**
     * The top-level string {@code id} of a JSON object line, or null (no id, not a string, or not JSON). When the line
     * breaks off (the first bytes of a line over the limit) the id seen before the break counts.
     */
    static String id(byte[] line, int len, boolean brokenOff) {
        if (!contains(line, len, ID)) {
            return null;
        }
        String id = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(line, 0, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("id")) {
                    id = v == JsonToken.VALUE_STRING ? p.getText() : null;
                } else {
                    p.skipChildren();
                }
            }
            return id;
        } catch (IOException e) {
            return brokenOff ? id : null; // as the reader, which refuses a line that is not JSON by its line number
        }
    }

    private static final byte[] ID = "\"id\"".getBytes(StandardCharsets.US_ASCII);

    private static boolean contains(byte[] b, int len, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= len; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (b[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
