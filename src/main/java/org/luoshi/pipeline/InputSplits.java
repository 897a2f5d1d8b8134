package org.luoshi.pipeline;

import org.luoshi.extract.InputReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Splits a JSONL export into ranges of lines, so a single export of thousands of documents is read by several
 * workers at once without a shuffle; any other file is one split. A split is written {@code path\tfrom\tto}.
 */
final class InputSplits {
    static final int LINES_PER_SPLIT = 1000;

    record Split(String file, int fromLine, int toLine) {
    }

    private InputSplits() {
    }

    static List<String> of(Path f) {
        if (!InputReader.isJsonl(f)) {
            return List.of(f + "\t1\t" + Integer.MAX_VALUE);
        }
        int lines = countLines(f);
        List<String> out = new ArrayList<>();
        for (int from = 1; from <= Math.max(1, lines); from += LINES_PER_SPLIT) {
            int to = from + LINES_PER_SPLIT - 1;
            out.add(f + "\t" + from + "\t" + (to >= lines ? Integer.MAX_VALUE : to));
        }
        return out;
    }

    static Split parse(String s) {
        String[] p = s.split("\t");
        return new Split(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static int countLines(Path f) {
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            while (r.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            return 1; // unreadable: one split, whose reader quarantines it with the reason
        }
    }

}
