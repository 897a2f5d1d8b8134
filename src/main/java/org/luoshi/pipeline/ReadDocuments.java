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
import org.luoshi.formats.DocumentFormats;
import org.luoshi.formats.UnreadableDocumentException;
import org.luoshi.ingest.Quarantined;
import org.luoshi.ingest.Reasons;
import org.luoshi.ingest.Slice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads slices of the inputs into documents: a run of lines of a JSONL export gives one document per line
 * ({@link InputReader}); an Office, PDF, OFD or HTML file gives its text ({@link DocumentFormats}); any other file its
 * bytes (decoded by the normalizer). What cannot be read is quarantined with the reason.
 */
public final class ReadDocuments extends PTransform<PCollection<Slice>, PCollectionTuple> {
    public static final TupleTag<InputDocument> DOCUMENTS = new TupleTag<>() {
    };

    private final long maxBytes;
    private final long maxFileBytes;

    public ReadDocuments(long maxBytes, long maxFileBytes) {
        this.maxBytes = maxBytes;
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public PCollectionTuple expand(PCollection<Slice> slices) {
        return slices.apply("ReadFiles", ParDo.of(new ReadFn(maxBytes, maxFileBytes))
                .withOutputTags(DOCUMENTS, TupleTagList.of(Quarantine.TAG)));
    }

    static final class ReadFn extends DoFn<Slice, InputDocument> {
        private final Counter files = Metrics.counter(ReadDocuments.class, "files read");
        private final Counter docs = Metrics.counter(ReadDocuments.class, "documents read");
        private final long maxBytes;
        private final long maxFileBytes;

        ReadFn(long maxBytes, long maxFileBytes) {
            this.maxBytes = maxBytes;
            this.maxFileBytes = maxFileBytes;
        }

        @ProcessElement
        public void process(@Element Slice slice, MultiOutputReceiver out) {
            java.util.function.Consumer<InputDocument> emit = d -> {
                docs.inc();
                LiveProgress.READ.incrementAndGet();
                out.get(DOCUMENTS).output(d);
            };
            java.util.function.BiConsumer<String, String> refuse = (source, reason) -> {
                LiveProgress.QUARANTINED.incrementAndGet();
                out.get(Quarantine.TAG).output(new Quarantined(source, "read", reason));
            };
            Path file = Path.of(slice.file());
            try {
                if (slice.isLines()) {
                    InputReader.readFrom(file, slice.offset(), slice.name(), slice.fromLine(), slice.toLine(), emit, refuse);
                    return;
                }
                files.inc();
                boolean format = DocumentFormats.isFormat(file.getFileName().toString());
                long size = Files.size(file);
                long limit = format ? maxFileBytes : maxBytes;
                if (size > limit) {
                    refuse.accept(slice.name(), Reasons.tooLarge(size, limit));
                } else if (format) {
                    emit.accept(new InputDocument(slice.name(), null, DocumentFormats.text(file), null));
                } else {
                    emit.accept(new InputDocument(slice.name(), Files.readAllBytes(file), null, null));
                }
            } catch (UnreadableDocumentException e) {
                refuse.accept(slice.name(), e.reason());
            } catch (IOException e) {
                refuse.accept(slice.name(), Reasons.of(e));
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                refuse.accept(slice.name(), "无法读取（cannot read: " + e + "）");
            }
        }
    }
}
