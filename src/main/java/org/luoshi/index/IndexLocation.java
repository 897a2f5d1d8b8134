package org.luoshi.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the index and the published files of a data directory are: the one place every reader (search, track,
 * serve, bench) asks, each time it opens them. Ingest commits generations ({@code org.luoshi.ingest.Generations}):
 * {@code DIR/gen-N/} holds the index and the published files, and the one-line pointer {@code DIR/CURRENT} names the
 * committed one; a directory without the pointer (written by {@code luoshi index}) is read as it is.
 */
public final class IndexLocation {
    /** The pointer file naming the committed generation. */
    public static final String POINTER = "CURRENT";
    private static final Pattern GENERATION = Pattern.compile("gen-\\d{6,}");

    private IndexLocation() {
    }

    /**
     * The directory every data file of {@code data} is read from: {@code DIR/gen-N} as {@code DIR/CURRENT} names it,
     * or {@code data} itself when there is no pointer (or it names nothing that exists). Resolve it once per command
     * or request and read all files from it, so that they come from one generation.
     */
    public static Path generation(Path data) {
        String name = generationName(data);
        return name == null ? data : data.resolve(name);
    }

    /** The name of the committed generation, or null when there is none. */
    public static String generationName(Path data) {
        try {
            String name = Files.readString(data.resolve(POINTER), StandardCharsets.US_ASCII).strip();
            return GENERATION.matcher(name).matches() && Files.isDirectory(data.resolve(name)) ? name : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The directory of the current index of {@code data}; it may not exist yet. */
    public static Path of(Path data) {
        return generation(data).resolve("index");
    }

    /** The ledger of {@code data} ({@code ledger.jsonl}); it may not exist yet. */
    public static Path ledger(Path data) {
        return generation(data).resolve("ledger.jsonl");
    }

    /** The citation and relay links of {@code data} ({@code links.jsonl}); it may not exist yet. */
    public static Path links(Path data) {
        return generation(data).resolve("links.jsonl");
    }

    /** The index directory {@code dir} opened, with a commit in it; else a {@link MissingIndexException}. */
    static Directory open(Path dir) throws IOException, MissingIndexException {
        if (!Files.isDirectory(dir)) {
            throw new MissingIndexException(dir);
        }
        Directory d = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(d)) {
            d.close();
            throw new MissingIndexException(dir);
        }
        return d;
    }
}
