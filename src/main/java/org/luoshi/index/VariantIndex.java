package org.luoshi.index;

import org.luoshi.model.Directive;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * A larger index from a corpus for benchmarks and paging tests: each record written as {@code copies} seeded
 * variants. Variant 0 is the record itself; variant k has its own document id (MD5 of k and the id), its own
 * directive ids and source ({@code SOURCE#vK}), and its dates moved by a seeded whole number of years in [-3, 3], so
 * the copies spread over the years and orders by date interleave them. The texts are the same: term statistics grow
 * as a corpus of k times the size would.
 */
public final class VariantIndex {
    private VariantIndex() {
    }

    /** Writes the {@code copies} variants of {@code e} (seeded by {@code seed} and the record's id). */
    public static void write(DirectiveIndexWriter w, Extraction e, int copies, long seed) throws IOException {
        for (int k = 0; k < copies; k++) {
            Extraction v = k == 0 ? e : variant(e, k, new Random(seed * 31 + k * 7919L + e.doc().id().hashCode()));
            w.write(v, v.text());
        }
    }

    static Extraction variant(Extraction e, int k, Random random) {
        DocumentInfo d = e.doc();
        String id = md5(k + ":" + d.id());
        int shift = random.nextInt(7) - 3;
        DocumentInfo doc = new DocumentInfo(id, d.source() + "#v" + k, d.title(), d.level(), d.region(), shifted(d.meetingDate(), shift),
                shifted(d.published(), shift), d.quality());
        List<Directive> directives = new ArrayList<>();
        for (Directive x : e.directives()) {
            String n = x.id().contains("#") ? x.id().substring(x.id().indexOf('#')) : "#" + directives.size();
            directives.add(new Directive(id + n, x.text(), x.span(), x.modality(), x.speaker(), x.addressees(), x.sectors(), x.deadline()));
        }
        return new Extraction(doc, e.officials(), directives, e.text());
    }

    private static String shifted(String date, int years) {
        if (date == null || !date.matches("\\d{4}.*")) {
            return date;
        }
        String moved = (Integer.parseInt(date.substring(0, 4)) + years) + date.substring(4);
        return moved.endsWith("-02-29") ? moved.substring(0, moved.length() - 2) + "28" : moved;
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
