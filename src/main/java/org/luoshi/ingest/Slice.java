package org.luoshi.ingest;

import java.nio.file.Path;

/**
 * One piece of work for the {@link BatchProcessor}: a whole document file, or a run of lines of a JSONL export.
 * {@code name} is the input's source name (its real path, or {@code -} for standard input); {@code file} is where its
 * bytes are read (the input itself, or a decompressed or copied scratch file); lines {@code fromLine..toLine}
 * (1-based, inclusive) start at byte {@code offset} of {@code file}; {@code items} is how many documents it should
 * give (for progress). A document file has {@code fromLine} 0.
 */
public record Slice(String name, String file, int fromLine, int toLine, long offset, int items) implements java.io.Serializable {
    /** A whole document file (text, HTML, Office, PDF, OFD), named by its path. */
    public static Slice document(Path f) {
        return new Slice(f.toString(), f.toString(), 0, 0, 0, 1);
    }

    public boolean isLines() {
        return fromLine > 0;
    }
}
