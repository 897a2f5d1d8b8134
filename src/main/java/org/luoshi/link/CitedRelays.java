package org.luoshi.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relays inside a citation (ANNOTATION.md, Links): when document A cites document B, every directive of A is
 * compared with every directive of B (the pair is small) by content — the share of A's weighted bigrams B holds
 * ({@link ContentOverlap}), the ideas of the field both name ({@code relay-terms.txt}: 隐患排查, 吸取教训, 党政同责 …)
 * and the local alignment of the two sentences — and each directive of A keeps its best directive of B when the
 * combined score reaches {@link #MIN_SCORE}. The evidence is the shared stretches and ideas. Weights were set on the
 * dev link gold; they are stated here, not learned.
 */
public final class CitedRelays {
    /** Weight of each shared idea of the field. */
    static final double IDEA = 0.2;
    /** Weight of the local alignment score. */
    static final double ALIGNMENT = 0.3;
    static final double MIN_SCORE = 0.40;
    /** The least weight of shared content: a short directive (一要务必高度重视) shares all of little. */
    static final double MIN_WEIGHT = 10.0;

    private static final java.util.regex.Pattern QUOTES_INSTRUCTION = java.util.regex.Pattern.compile("(作出|做出)[^，。；]{0,6}(批示|指示)");
    private final ContentOverlap overlap;

    /** @param overlap bigram weights over the corpus's directives */
    public CitedRelays(ContentOverlap overlap) {
        this.overlap = overlap;
    }

    /**
     * @param lower  the directives of the citing document
     * @param higher the directives of the cited document
     * @return one relay per directive of {@code lower} that restates one of {@code higher}
     */
    public List<RelayLinker.RelayLink> link(List<RelayLinker.DirectiveRef> lower, List<RelayLinker.DirectiveRef> higher) {
        List<RelayLinker.RelayLink> out = new ArrayList<>();
        for (RelayLinker.DirectiveRef l : lower) {
            if (QUOTES_INSTRUCTION.matcher(l.text()).find()) {
                continue; // the sentence that says the instruction was made is the citation, not a relay of it
            }
            RelayLinker.RelayLink best = null;
            for (RelayLinker.DirectiveRef h : higher) {
                ContentOverlap.Overlap o = overlap.score(l.text(), h.text());
                Set<String> ideas = ContentOverlap.sharedIdeas(l.text(), h.text());
                double alignment = LocalAlignment.score(l.text(), h.text());
                double score = o.score() + IDEA * ideas.size() + ALIGNMENT * alignment;
                if (score >= MIN_SCORE && o.weight() >= MIN_WEIGHT && (best == null || score > best.score())) {
                    best = new RelayLinker.RelayLink(l.id(), h.id(), "relay", Math.round(Math.min(1, score) * 1000) / 1000.0,
                            new RelayLinker.Evidence(String.join("…", o.shared()), h.text(), List.copyOf(ideas),
                                    Math.round(alignment * 1000) / 1000.0));
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    /** The directives of each document, by document id, as the linker holds them. */
    static Map<String, List<RelayLinker.DirectiveRef>> byDocument(List<RelayLinker.DirectiveRef> refs) {
        Map<String, List<RelayLinker.DirectiveRef>> out = new java.util.HashMap<>();
        for (RelayLinker.DirectiveRef r : refs) {
            out.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
