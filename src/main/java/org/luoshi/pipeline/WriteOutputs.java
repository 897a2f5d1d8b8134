package org.luoshi.pipeline;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.luoshi.ingest.Quarantined;
import org.luoshi.model.Json;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Writes the pipeline's results into the staging directory as JSONL files: extraction records
 * ({@code extractions-*}), the documents' original texts ({@code originals-*}) and quarantine records
 * ({@code quarantine-*}). The ingest driver merges, orders and commits them; nothing here touches the data
 * directory's outputs.
 *
 * <p>Each bundle writes its own file, under a hidden temporary name that is renamed when the bundle finishes, so a
 * failed and retried bundle leaves no visible partial file. A bundle retried after its rename leaves a second copy
 * of the same lines; the driver keys everything by document id and source, so a repeat changes nothing. (TextIO's
 * sharded write would group every record by shard first, which on the DirectRunner copies the whole output in
 * memory again and again; nothing here needs shards.) Files go through Beam's {@link FileSystems}, so the staging
 * directory may be any filesystem the runner's workers share.
 */
public final class WriteOutputs {
    private WriteOutputs() {
    }

    static PTransform<PCollection<String>, PDone> records(Path staging) {
        return lines(staging, "extractions");
    }

    static PTransform<PCollection<String>, PDone> originals(Path staging) {
        return lines(staging, "originals");
    }

    static PTransform<PCollection<Quarantined>, PDone> quarantine(Path staging) {
        return new PTransform<>() {
            @Override
            public PDone expand(PCollection<Quarantined> in) {
                return in.apply("QuarantineToJson", MapElements.via(new ToJson()))
                        .apply("WriteQuarantine", lines(staging, "quarantine"));
            }
        };
    }

    /** Writes each bundle's lines to {@code staging/PREFIX-<unique>.jsonl}. */
    static PTransform<PCollection<String>, PDone> lines(Path staging, String prefix) {
        String dir = staging.toAbsolutePath().toString();
        return new PTransform<>() {
            @Override
            public PDone expand(PCollection<String> in) {
                in.apply("WriteBundles", ParDo.of(new BundleFileFn(dir, prefix)));
                return PDone.in(in.getPipeline());
            }
        };
    }

    /** One file per bundle, published by a rename when the bundle finishes. */
    static final class BundleFileFn extends DoFn<String, Void> {
        private final String dir;
        private final String prefix;
        private transient ResourceId temporary;
        private transient ResourceId published;
        private transient Writer writer;

        BundleFileFn(String dir, String prefix) {
            this.dir = dir;
            this.prefix = prefix;
        }

        @StartBundle
        public void startBundle() throws IOException {
            discard(); // what a failed bundle may have left open on this instance
        }

        @ProcessElement
        public void process(@Element String line) throws IOException {
            if (writer == null) {
                String name = prefix + "-" + UUID.randomUUID() + ".jsonl";
                ResourceId base = FileSystems.matchNewResource(dir, true);
                temporary = base.resolve("." + name + ".tmp", ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
                published = base.resolve(name, ResolveOptions.StandardResolveOptions.RESOLVE_FILE);
                writer = new OutputStreamWriter(Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT)),
                        StandardCharsets.UTF_8);
            }
            writer.write(line);
            writer.write('\n');
        }

        @FinishBundle
        public void finishBundle() throws IOException {
            if (writer == null) {
                return;
            }
            writer.close();
            writer = null;
            FileSystems.rename(List.of(temporary), List.of(published), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
            temporary = null;
        }

        @Teardown
        public void teardown() throws IOException {
            discard();
        }

        private void discard() throws IOException {
            if (writer != null) {
                writer.close();
                writer = null;
                FileSystems.delete(List.of(temporary), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
                temporary = null;
            }
        }
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
