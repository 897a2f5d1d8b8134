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
import org.luoshi.extract.InputReader;
import org.luoshi.ingest.Quarantined;

import java.nio.file.Path;

/** Reads input files into documents: a text file is one, a JSONL export one per line; unreadable ones are quarantined. */
public final class ReadDocuments extends PTransform<PCollection<String>, PCollectionTuple> {
    public static final TupleTag<InputDocument> DOCUMENTS = new TupleTag<>() {
    };

    @Override
    public PCollectionTuple expand(PCollection<String> files) {
        return files.apply("ReadFiles", ParDo.of(new ReadFn())
                .withOutputTags(DOCUMENTS, TupleTagList.of(Quarantine.TAG)));
    }

    static final class ReadFn extends DoFn<String, InputDocument> {
        private final Counter files = Metrics.counter(ReadDocuments.class, "files read");
        private final Counter docs = Metrics.counter(ReadDocuments.class, "documents read");

        @ProcessElement
        public void process(@Element String split, MultiOutputReceiver out) {
            InputSplits.Split sp = InputSplits.parse(split);
            String file = sp.name();
            if (sp.fromLine() <= 1) {
                files.inc();
            }
            try {
                java.util.function.Consumer<org.luoshi.extract.InputDocument> emit = d -> {
                    docs.inc();
                    LiveProgress.READ.incrementAndGet();
                    out.get(DOCUMENTS).output(d);
                };
                java.util.function.BiConsumer<String, String> refuse = (source, reason) -> {
                    LiveProgress.QUARANTINED.incrementAndGet();
                    out.get(Quarantine.TAG).output(new Quarantined(source, "read", reason));
                };
                if (sp.seekable() && sp.offset() >= 0) {
                    InputReader.readFrom(Path.of(sp.file()), sp.offset(), sp.name(), sp.fromLine(), sp.toLine(), emit, refuse);
                } else {
                    InputReader.read(Path.of(sp.name()), sp.fromLine(), sp.toLine(), emit, refuse);
                }
            } catch (Exception e) {
                out.get(Quarantine.TAG).output(new Quarantined(file, "read", "cannot read: " + e.getMessage()));
            }
        }
    }
}
