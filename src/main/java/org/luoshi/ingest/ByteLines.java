package org.luoshi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a file as bytes, read in large blocks and never decoded: after {@link #next()} the current line
 * (without its LF) is {@code buf()[start(), end())}, which starts at byte {@link #offset()} of the file. The bytes are
 * valid until the next call. A last line without a line end counts; a CR before the LF stays in the line.
 */
final class ByteLines implements java.io.Closeable {
    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    /** The file offset of {@code buf[0]}. */
    private long base;
    private int start;
    private int end;
    /** Bytes from {@code next} to {@code filled} are read ahead. */
    private int next;
    private int filled;
    private boolean eof;

    ByteLines(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** Moves to the next line; false at the end of the file. */
    boolean next() throws IOException {
        int scanned = next;
        while (true) {
            for (int i = scanned; i < filled; i++) {
                if (buf[i] == '\n') {
                    start = next;
                    end = i;
                    next = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (next < filled) { // a last line without its line end
                    start = next;
                    end = filled;
                    next = filled;
                    return true;
                }
                return false;
            }
            int kept = filled - next; // a line begun but not ended: keep it at the front, growing the buffer if full
            if (kept == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            System.arraycopy(buf, next, buf, 0, kept);
            base += next;
            next = 0;
            filled = kept;
            scanned = kept;
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
            }
        }
    }

    byte[] buf() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Where the current line starts in the file, in bytes. */
    long offset() {
        return base + start;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
