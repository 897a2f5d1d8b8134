package org.luoshi.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the ingest pipeline; every other Beam option (runner, parallelism) can be given as well. */
public interface IngestOptions extends PipelineOptions {
    @Description("Refuse input files larger than this many bytes")
    @Default.Integer(16 * 1024 * 1024)
    Integer getMaxBytes();

    void setMaxBytes(Integer value);
}
