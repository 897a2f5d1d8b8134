package org.luoshi.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the index and the published files of a data directory are: the one place every reader (search, track,
 * serve, bench) asks, each time it opens them, so that how ingest publishes (today: {@code DIR/index} committed in
 * place, {@code DIR/ledger.jsonl} and {@code DIR/links.jsonl} renamed into place) can change here alone.
 */
public final class IndexLocation {
    private IndexLocation() {
    }

    /** The directory of the current index of {@code data}; it may not exist yet. */
    public static Path of(Path data) {
        return data.resolve("index");
    }

    /** The ledger of {@code data} ({@code ledger.jsonl}); it may not exist yet. */
    public static Path ledger(Path data) {
        return data.resolve("ledger.jsonl");
    }

    /** The citation and relay links of {@code data} ({@code links.jsonl}); it may not exist yet. */
    public static Path links(Path data) {
        return data.resolve("links.jsonl");
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
