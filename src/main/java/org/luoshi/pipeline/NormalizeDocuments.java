package org.luoshi.pipeline;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.luoshi.extract.InputDocument;
import org.luoshi.ingest.Quarantined;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.UnreadableInputException;

/** Normalizes each document (org.luoshi.normalize); an unreadable one is quarantined with the reason. */
public final class NormalizeDocuments extends PTransform<PCollection<InputDocument>, PCollectionTuple> {
    public static final TupleTag<NormalizedInput> NORMALIZED = new TupleTag<>() {
    };

    /** A normalized document with the publication date its input carried. */
    public record NormalizedInput(NormalizedDocument doc, String published) implements java.io.Serializable {
    }

    private final int maxBytes;

    public NormalizeDocuments(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public PCollectionTuple expand(PCollection<InputDocument> docs) {
        return docs.apply("Normalize", ParDo.of(new NormalizeFn(maxBytes))
                .withOutputTags(NORMALIZED, TupleTagList.of(Quarantine.TAG)));
    }

    static final class NormalizeFn extends DoFn<InputDocument, NormalizedInput> {
        private final int maxBytes;
        private final Counter ok = Metrics.counter(NormalizeDocuments.class, "documents normalized");
        private final Counter refused = Metrics.counter(NormalizeDocuments.class, "documents quarantined at normalize");
        private transient Normalizer normalizer;

        NormalizeFn(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Setup
        public void setup() {
            normalizer = new Normalizer(maxBytes);
        }

        @ProcessElement
        public void process(@Element InputDocument in, MultiOutputReceiver out) {
            try {
                NormalizedDocument d = in.bytes() != null ? normalizer.normalize(in.source(), in.bytes())
                        : normalizer.normalize(in.source(), in.text());
                ok.inc();
                LiveProgress.NORMALIZED.incrementAndGet();
                out.get(NORMALIZED).output(new NormalizedInput(d, in.published()));
            } catch (UnreadableInputException e) {
                refused.inc();
                LiveProgress.QUARANTINED.incrementAndGet();
                out.get(Quarantine.TAG).output(new Quarantined(in.source(), "normalize", e.reason()));
            }
        }
    }
}
