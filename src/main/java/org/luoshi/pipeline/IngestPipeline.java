package org.luoshi.pipeline;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.luoshi.extract.InputDocument;
import org.luoshi.ingest.BatchProcessor;
import org.luoshi.ingest.Quarantined;
import org.luoshi.ingest.Slice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest pipeline: read → normalize → extract → write staged outputs, each a named composite transform that
 * only wires a plain-Java stage. The runner and its options come from the arguments (a {@code pipelines/*.json}
 * configuration turned into {@code --name=value} flags), so the same pipeline runs on the DirectRunner or Flink.
 */
public final class IngestPipeline implements BatchProcessor {
    private final String[] args;
    private final IngestOptions options;
    private final Map<String, Long> counters = new LinkedHashMap<>();

    private java.io.PrintStream progress;

    /**
     * @param beamArgs {@code --name=value} options (runner, parallelism, {@link IngestOptions})
     * @throws IllegalArgumentException when an option is unknown or its value is invalid (before any work)
     */
    public IngestPipeline(List<String> beamArgs) {
        this.args = beamArgs.toArray(String[]::new);
        this.options = PipelineOptionsFactory.fromArgs(args).withValidation().as(IngestOptions.class);
        if (options.getMaxBytes() <= 0 || options.getMaxFileBytes() <= 0 || !(options.getSecondsPerDocument() > 0)) {
            throw new IllegalArgumentException("--maxBytes, --maxFileBytes and --secondsPerDocument must be positive");
        }
    }

    /** Prints run-wide progress (documents done of the total, rate, time left) every five seconds while the pipeline runs. */
    public IngestPipeline withProgress(java.io.PrintStream out) {
        this.progress = out;
        return this;
    }

    @Override
    public Limits limits() {
        return new Limits(options.getMaxBytes(), options.getMaxFileBytes(), options.getSecondsPerDocument());
    }

    /**
     * Runs the pipeline over the slices in groups, one pipeline run per group, so that memory is bounded by the group
     * (the DirectRunner holds a whole stage's output before the next stage starts).
     */
    @Override
    public void process(List<Slice> slices, Path staging) {
        long total = 0;
        for (Slice s : slices) {
            total += s.items();
        }
        Thread ticker = progress == null ? null : LiveProgress.start(progress, 5, total);
        try {
            int group = SPLITS_PER_RUN * Runtime.getRuntime().availableProcessors();
            for (int from = 0, run = 0; from < slices.size(); from += group, run++) {
                runOnce(slices.subList(from, Math.min(slices.size(), from + group)), staging.resolve(String.format("run%05d", run)));
            }
        } finally {
            if (ticker != null) {
                ticker.interrupt();
                progress.println(LiveProgress.line(total, 0).replaceFirst(", [0-9,.]+/s", ""));
            }
        }
    }

    private static final int SPLITS_PER_RUN = 4;

    private void runOnce(List<Slice> slices, Path staging) {
        try {
            java.nio.file.Files.createDirectories(staging);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Pipeline p = Pipeline.create(options);
        Limits limits = limits();
        PCollection<Slice> inputs = p.apply("ListInputs", Create.of(new ArrayList<>(slices)).withCoder(SerializableCoder.of(Slice.class)));
        PCollectionTuple read = inputs.apply("ReadDocuments", new ReadDocuments(limits.maxBytes(), limits.maxFileBytes()));
        read.get(ReadDocuments.DOCUMENTS).setCoder(SerializableCoder.of(InputDocument.class));
        PCollectionTuple normalized = read.get(ReadDocuments.DOCUMENTS)
                .apply("NormalizeDocuments", new NormalizeDocuments(limits.maxBytes(), limits.secondsPerDocument()));
        normalized.get(NormalizeDocuments.NORMALIZED).setCoder(SerializableCoder.of(NormalizeDocuments.NormalizedInput.class));
        PCollectionTuple extracted = normalized.get(NormalizeDocuments.NORMALIZED)
                .apply("ExtractDirectives", new ExtractDirectives(limits.secondsPerDocument()));
        extracted.get(ExtractDirectives.RECORDS).setCoder(StringUtf8Coder.of());
        extracted.get(ExtractDirectives.RECORDS).apply("WriteRecords", WriteOutputs.records(staging));
        extracted.get(ExtractDirectives.ORIGINALS).setCoder(StringUtf8Coder.of());
        extracted.get(ExtractDirectives.ORIGINALS).apply("WriteOriginals", WriteOutputs.originals(staging));
        PCollectionList.of(quarantine(read)).and(quarantine(normalized)).and(quarantine(extracted))
                .apply("AllQuarantined", Flatten.pCollections())
                .setCoder(SerializableCoder.of(Quarantined.class))
                .apply("WriteQuarantine", WriteOutputs.quarantine(staging));
        PipelineResult result = p.run();
        result.waitUntilFinish();
        collectCounters(result);
    }
    private static PCollection<Quarantined> quarantine(PCollectionTuple t) {
        return t.get(Quarantine.TAG).setCoder(SerializableCoder.of(Quarantined.class));
    }

    private void collectCounters(PipelineResult result) {
        try {
            MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder().build());
            for (MetricResult<Long> c : m.getCounters()) {
                counters.merge(c.getName().getName(), c.getAttempted(), Long::sum);
            }
        } catch (UnsupportedOperationException e) {
            // some runners report no metrics; the driver's own counts still stand
        }
    }

    /** Beam counters of the last run (files read, documents normalized, directives found …). */
    public Map<String, Long> counters() {
        return counters;
    }
}
