package org.luoshi.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Options of the ingest pipeline (the limits that decide what is quarantined); every other Beam option (runner,
 * parallelism) can be given as well.
 */
public interface IngestOptions extends PipelineOptions {
    @Description("Refuse a text document or a JSONL line larger than this many bytes")
    @Default.Long(16L * 1024 * 1024)
    Long getMaxBytes();

    void setMaxBytes(Long value);

    @Description("Refuse an Office, PDF, OFD or HTML file larger than this many bytes")
    @Default.Long(64L * 1024 * 1024)
    Long getMaxFileBytes();

    void setMaxFileBytes(Long value);

    @Description("Quarantine a document whose normalization or extraction takes longer than this many seconds")
    @Default.Double(60)
    Double getSecondsPerDocument();

    void setSecondsPerDocument(Double value);
}
