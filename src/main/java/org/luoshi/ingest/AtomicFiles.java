package org.luoshi.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes a file of a generation so that readers and a later run see either the old or the new content, never half of
 * it: the lines go to {@code NAME.tmp}, which is renamed over the old one. The files are forced to disk together when
 * their generation is committed ({@link Generations#commit}), so the disk writes them back meanwhile.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeLines(Path target, List<String> lines) throws IOException {
        try (Lines w = open(target)) {
            for (String line : lines) {
                w.add(line);
            }
            w.commit();
        }
    }

    /** Opens {@code target} for writing line by line; nothing replaces it until {@link Lines#commit()}. */
    static Lines open(Path target) throws IOException {
        return new Lines(target);
    }

    /** A file being written line by line, so large outputs are never held in memory. */
    static final class Lines implements java.io.Closeable {
        private final Path target;
        private final Path tmp;
        private final OutputStream w;
        private boolean committed;

        private Lines(Path target) throws IOException {
            this.target = target;
            this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
            this.w = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        }

        void add(String line) throws IOException {
            w.write(line.getBytes(StandardCharsets.UTF_8));
            w.write('\n');
        }

        /** Adds a line given as UTF-8 bytes (without its line end). */
        void add(byte[] utf8, int from, int length) throws IOException {
            w.write(utf8, from, length);
            w.write('\n');
        }

        /** Flushes and renames over the target (forced to disk by {@link Generations#commit}). */
        void commit() throws IOException {
            w.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                w.close();
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Hex SHA-256 of a file's bytes, or null when the file does not exist. */
    static String digest(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (var in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
