package org.luoshi.pipeline;

import org.luoshi.extract.InputReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Splits a JSONL export into ranges of lines, so a single export of thousands of documents is read by several
 * workers at once without a shuffle; any other file is one split. Each split knows the byte where its first line
 * starts, so a worker reads its range and nothing before it. A compressed export cannot be entered in the middle:
 * it is decompressed once, in the same pass that counts its lines, into the run's scratch directory, and the
 * splits point into that copy while documents keep the name of the export as given.
 * A split is written {@code name\tfile\tfrom\tto\toffset}.
 */
final class InputSplits {
    static final int LINES_PER_SPLIT = 1000;

    /** Lines {@code fromLine..toLine} of the export {@code name}, read from {@code file} starting at byte {@code offset}. */
    record Split(String name, String file, int fromLine, int toLine, long offset) {
        /** Whether this split is entered at its byte offset (a plain JSONL file) rather than read whole. */
        boolean seekable() {
            return InputReader.isJsonl(Path.of(file)) && !file.endsWith(".gz");
        }
    }

    private InputSplits() {
    }

    /** The splits of one input; {@code scratch} receives decompressed copies of compressed exports. */
    static List<String> of(Path f, Path scratch) {
        if (!InputReader.isJsonl(f)) {
            return List.of(format(new Split(f.toString(), f.toString(), 1, Integer.MAX_VALUE, 0)));
        }
        boolean gz = f.getFileName().toString().endsWith(".gz");
        try {
            Path plain = f;
            if (gz) {
                Files.createDirectories(scratch);
                String name = f.getFileName().toString();
                plain = Files.createTempFile(scratch, "input-", "-" + name.substring(0, name.length() - 3));
            }
            List<Long> starts = new ArrayList<>();
            int lines;
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = new BufferedInputStream(gz ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16);
                 OutputStream copy = gz ? Files.newOutputStream(plain) : OutputStream.nullOutputStream()) {
                lines = scan(in, copy, starts);
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                int from = 1 + i * LINES_PER_SPLIT;
                int to = from + LINES_PER_SPLIT - 1;
                out.add(format(new Split(f.toString(), plain.toString(), from, to >= lines ? Integer.MAX_VALUE : to, starts.get(i))));
            }
            return out;
        } catch (IOException e) {
            // Unreadable or damaged: one split that reads the export as given, so its reader quarantines it
            // with the reason (after whatever documents it could read).
            return List.of(format(new Split(f.toString(), f.toString(), 1, Integer.MAX_VALUE, -1)));
        }
    }

    /** Copies the bytes, counts the lines and records the byte offset of every split's first line. */
    private static int scan(InputStream in, OutputStream copy, List<Long> starts) throws IOException {
        byte[] buf = new byte[1 << 16];
        long pos = 0;
        int newlines = 0;
        int last = -1;
        starts.add(0L);
        int n;
        while ((n = in.read(buf)) > 0) {
            copy.write(buf, 0, n);
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    newlines++;
                    if (newlines % LINES_PER_SPLIT == 0) {
                        starts.add(pos + i + 1);
                    }
                }
            }
            last = buf[n - 1];
            pos += n;
        }
        int lines = newlines + (pos > 0 && last != '\n' ? 1 : 0);
        if (starts.size() > 1 && starts.get(starts.size() - 1) == pos) {
            starts.remove(starts.size() - 1); // the last newline ends the file: no split after it
        }
        return lines;
    }

    static String format(Split s) {
        return s.name() + "\t" + s.file() + "\t" + s.fromLine() + "\t" + s.toLine() + "\t" + s.offset();
    }

    static Split parse(String s) {
        String[] p = s.split("\t");
        return new Split(p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]), Long.parseLong(p[4]));
    }
}
