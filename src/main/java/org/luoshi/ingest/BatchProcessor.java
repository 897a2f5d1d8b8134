package org.luoshi.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs read → normalize → extract over slices of the inputs and leaves the results in a staging directory:
 * extraction records (JSONL, one per document) in files named {@code extractions*}, the original texts in
 * {@code originals*} and quarantine records in {@code quarantine*}. The Beam pipeline is the implementation;
 * tests may plug in others.
 */
public interface BatchProcessor {
    /**
     * @param slices  what to read, in order
     * @param staging an empty directory for the results
     */
    void process(List<Slice> slices, Path staging) throws Exception;

    /** The limits this processor applies; the driver checks file and line sizes against them before reading. */
    default Limits limits() {
        return Limits.DEFAULT;
    }

    /**
     * The limits a run applies, which decide what is quarantined (a change of them retries quarantined inputs):
     * bytes of a text document or JSONL line, bytes of an Office/PDF/OFD file, and seconds of normalize + extract per
     * document.
     */
    record Limits(long maxBytes, long maxFileBytes, double secondsPerDocument) implements java.io.Serializable {
        public static final Limits DEFAULT = new Limits(16L << 20, 64L << 20, 60);

        /** The form the manifest records. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "maxBytes=%d maxFileBytes=%d secondsPerDocument=%s", maxBytes, maxFileBytes,
                    secondsPerDocument);
        }
    }
}
