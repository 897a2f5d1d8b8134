package org.luoshi.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs normalize → extract over input files and leaves the results in a staging directory: extraction records
 * (JSONL, one per document, each with a {@code sources} list) in files named {@code extractions*}, and
 * quarantine records in files named {@code quarantine*}. The Beam pipeline is the implementation; tests may
 * plug in others.
 */
public interface BatchProcessor {
    void process(List<Path> files, Path staging) throws Exception;
}
