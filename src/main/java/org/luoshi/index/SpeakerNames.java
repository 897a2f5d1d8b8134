package org.luoshi.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.luoshi.nlp.ScriptConverter;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The speaker names of the index a person filter stands for, so that it finds what that person ordered: the name
 * in Simplified ({@code 習近平} → 习近平); a name the index holds that begins with it ({@code 王儒} → 王儒林); the
 * longest name the index holds at its start ({@code 王儒林同志}, {@code 王儒林书记} → 王儒林); else any held name that
 * contains it ({@code 近平} → 习近平). At most {@value #MAX} names; the input itself (folded) when none is held.
 */
final class SpeakerNames {
    static final int MAX = 20;

    private SpeakerNames() {
    }

    static List<String> resolve(IndexReader reader, String input) throws IOException {
        String s = ScriptConverter.get().toSimplified(input.strip());
        Terms terms = MultiTerms.getTerms(reader, Fields.SPEAKER);
        if (terms == null || s.isEmpty()) {
            return List.of(s);
        }
        Set<String> out = new LinkedHashSet<>();
        TermsEnum te = terms.iterator();
        if (te.seekExact(new BytesRef(s))) {
            out.add(s);
        }
        if (s.length() >= 2 && te.seekCeil(new BytesRef(s)) != TermsEnum.SeekStatus.END) {
            for (BytesRef b = te.term(); b != null && out.size() < MAX; b = te.next()) {
                String t = b.utf8ToString();
                if (!t.startsWith(s)) {
                    break;
                }
                out.add(t);
            }
        }
        for (int k = s.length() - 1; out.isEmpty() && k >= 2; k--) {
            if (te.seekExact(new BytesRef(s.substring(0, k)))) {
                out.add(s.substring(0, k));
            }
        }
        if (out.isEmpty() && s.length() >= 2) {
            te = terms.iterator();
            for (BytesRef b = te.next(); b != null && out.size() < MAX; b = te.next()) {
                String t = b.utf8ToString();
                if (t.contains(s)) {
                    out.add(t);
                }
            }
        }
        return out.isEmpty() ? List.of(s) : List.copyOf(out);
    }
}
