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
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.ingest.Quarantined;
import org.luoshi.model.Extraction;
import org.luoshi.model.Json;

/**
 * Extracts metadata, officials and directives (org.luoshi.extract); each record becomes one JSON line. A document whose
 * extraction fails or takes longer than the per-document time budget is quarantined with the reason.
 */
public final class ExtractDirectives extends PTransform<PCollection<NormalizeDocuments.NormalizedInput>, PCollectionTuple> {
    public static final TupleTag<String> RECORDS = new TupleTag<>() {
    };
    /**
     * The decoded original text of a document, {@code {"id": …, "original": …}}, for the document page; only where
     * it differs from the normalized text (the index serves the normalized text as the original otherwise).
     */
    public static final TupleTag<String> ORIGINALS = new TupleTag<>() {
    };

    private final double secondsPerDocument;

    public ExtractDirectives(double secondsPerDocument) {
        this.secondsPerDocument = secondsPerDocument;
    }

    @Override
    public PCollectionTuple expand(PCollection<NormalizeDocuments.NormalizedInput> docs) {
        return docs.apply("Extract", ParDo.of(new ExtractFn(secondsPerDocument)).withOutputTags(RECORDS, TupleTagList.of(Quarantine.TAG).and(ORIGINALS)));
    }

    static final class ExtractFn extends DoFn<NormalizeDocuments.NormalizedInput, String> {
        private final Counter docs = Metrics.counter(ExtractDirectives.class, "documents extracted");
        private final Counter directives = Metrics.counter(ExtractDirectives.class, "directives found");
        private final double secondsPerDocument;
        private transient DocumentExtractor extractor;
        private transient TimeBudget budget;

        ExtractFn(double secondsPerDocument) {
            this.secondsPerDocument = secondsPerDocument;
        }

        @Setup
        public void setup() {
            extractor = new DocumentExtractor();
            budget = new TimeBudget(secondsPerDocument);
        }

        @Teardown
        public void teardown() {
            if (budget != null) {
                budget.close();
            }
        }

        @ProcessElement
        public void process(@Element NormalizeDocuments.NormalizedInput in, MultiOutputReceiver out) {
            try {
                DocumentExtractor x = extractor;
                Extraction e = budget.run(() -> x.extract(in.doc(), in.published()));
                docs.inc();
                LiveProgress.EXTRACTED.incrementAndGet();
                directives.inc(e.directives().size());
                out.get(RECORDS).output(Json.mapper().writeValueAsString(e));
                if (!in.doc().original().equals(e.text())) {
                    out.get(ORIGINALS).output(Json.mapper().writeValueAsString(
                            java.util.Map.of("id", e.doc().id(), "original", in.doc().original())));
                }
            } catch (TimeBudget.Exceeded e) {
                extractor = new DocumentExtractor(); // the abandoned work may still be using the old one
                LiveProgress.QUARANTINED.incrementAndGet();
                out.get(Quarantine.TAG).output(new Quarantined(in.doc().source(), "extract",
                        e.getMessage() + "，" + in.doc().text().length() + " 字符"));
            } catch (Exception | StackOverflowError e) {
                // An extractor bug must not lose the document: it is quarantined with the reason and the batch goes on.
                LiveProgress.QUARANTINED.incrementAndGet();
                out.get(Quarantine.TAG).output(new Quarantined(in.doc().source(), "extract", "抽取出错（extraction failed: " + e + "）"));
            }
        }
    }
}
