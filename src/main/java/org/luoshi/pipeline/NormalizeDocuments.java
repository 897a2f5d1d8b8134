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

/**
 * Normalizes each document (org.luoshi.normalize) within the per-document time budget; an unreadable one, or one that
 * takes too long, is quarantined with the reason.
 */
public final class NormalizeDocuments extends PTransform<PCollection<InputDocument>, PCollectionTuple> {
    public static final TupleTag<NormalizedInput> NORMALIZED = new TupleTag<>() {
    };

    /** A normalized document with the publication date its input carried. */
    public record NormalizedInput(NormalizedDocument doc, String published) implements java.io.Serializable {
    }

    private final int maxBytes;
    private final double secondsPerDocument;

    public NormalizeDocuments(long maxBytes, double secondsPerDocument) {
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
        this.secondsPerDocument = secondsPerDocument;
    }

    @Override
    public PCollectionTuple expand(PCollection<InputDocument> docs) {
        return docs.apply("Normalize", ParDo.of(new NormalizeFn(maxBytes, secondsPerDocument))
                .withOutputTags(NORMALIZED, TupleTagList.of(Quarantine.TAG)));
    }

    static final class NormalizeFn extends DoFn<InputDocument, NormalizedInput> {
        private final int maxBytes;
        private final double secondsPerDocument;
        private final Counter ok = Metrics.counter(NormalizeDocuments.class, "documents normalized");
        private final Counter refused = Metrics.counter(NormalizeDocuments.class, "documents quarantined at normalize");
        private transient Normalizer normalizer;
        private transient TimeBudget budget;

        NormalizeFn(int maxBytes, double secondsPerDocument) {
            this.maxBytes = maxBytes;
            this.secondsPerDocument = secondsPerDocument;
        }

        @Setup
        public void setup() {
            normalizer = new Normalizer(maxBytes);
            budget = new TimeBudget(secondsPerDocument);
        }

        @ProcessElement
        public void process(@Element InputDocument in, MultiOutputReceiver out) {
            String reason;
            try {
                Normalizer n = normalizer;
                NormalizedDocument d = budget.run(() -> in.bytes() != null ? n.normalize(in.source(), in.bytes())
                        : n.normalize(in.source(), in.text()));
                ok.inc();
                LiveProgress.NORMALIZED.incrementAndGet();
                out.get(NORMALIZED).output(new NormalizedInput(d, in.published()));
                return;
            } catch (UnreadableInputException e) {
                reason = e.reason();
            } catch (TimeBudget.Exceeded e) {
                normalizer = new Normalizer(maxBytes); // the abandoned work may still be using the old one
                reason = e.getMessage() + "，" + length(in) + " 字符";
            } catch (Exception | StackOverflowError e) {
                reason = "规范化出错（normalization failed: " + e + "）";
            }
            refused.inc();
            LiveProgress.QUARANTINED.incrementAndGet();
            out.get(Quarantine.TAG).output(new Quarantined(in.source(), "normalize", reason));
        }

        private static int length(InputDocument in) {
            return in.text() != null ? in.text().length() : in.bytes().length;
        }

        @Teardown
        public void teardown() {
            if (budget != null) {
                budget.close();
            }
        }
    }
}
