package org.luoshi.pipeline;

import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.luoshi.ingest.Quarantined;
import org.luoshi.model.Json;

import java.nio.file.Path;

/**
 * Writes the pipeline's results into the staging directory as sharded JSONL: extraction records
 * ({@code extractions-*}), the documents' original texts ({@code originals-*}) and quarantine records
 * ({@code quarantine-*}). The ingest driver merges, orders and
 * commits them; nothing here touches the data directory's outputs.
 */
public final class WriteOutputs {
    private WriteOutputs() {
    }

    static PTransform<PCollection<String>, PDone> records(Path staging) {
        return TextIO.write().to(staging.resolve("extractions").toString()).withSuffix(".jsonl");
    }

    static PTransform<PCollection<String>, PDone> originals(Path staging) {
        return TextIO.write().to(staging.resolve("originals").toString()).withSuffix(".jsonl");
    }

    static PTransform<PCollection<Quarantined>, PDone> quarantine(Path staging) {
        return new PTransform<>() {
            @Override
            public PDone expand(PCollection<Quarantined> in) {
                return in.apply("QuarantineToJson", MapElements.via(new ToJson()))
                        .apply("WriteQuarantine", TextIO.write().to(staging.resolve("quarantine").toString()).withSuffix(".jsonl"));
            }
        };
    }

    static final class ToJson extends SimpleFunction<Quarantined, String> {
        @Override
        public String apply(Quarantined q) {
            try {
                return Json.mapper().writeValueAsString(q);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
