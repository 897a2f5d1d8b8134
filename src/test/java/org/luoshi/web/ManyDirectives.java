package org.luoshi.web;

import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.index.DirectiveIndexWriter;
import org.luoshi.index.IndexLocation;
import org.luoshi.index.VariantIndex;
import org.luoshi.model.Extraction;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A data directory whose index holds more than {@value #AT_LEAST} directives: the seeds written as seeded variants. */
final class ManyDirectives {
    static final int AT_LEAST = 1_200;

    private ManyDirectives() {
    }

    /** Builds the index into {@code data} and returns the number of directives written. */
    static int build(Path data) throws Exception {
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        List<Extraction> records = new ArrayList<>();
        int perCopy = 0;
        for (Path p : TestCorpus.seeds()) {
            Extraction e = x.extract(n.normalize(p.toString(), Files.readAllBytes(p)), null);
            records.add(e);
            perCopy += e.directives().size();
        }
        int copies = AT_LEAST / perCopy + 1;
        Files.createDirectories(IndexLocation.of(data));
        try (DirectiveIndexWriter w = new DirectiveIndexWriter(IndexLocation.of(data))) {
            for (Extraction e : records) {
                VariantIndex.write(w, e, copies, 7);
            }
            w.commit();
        }
        return copies * perCopy;
    }
}
