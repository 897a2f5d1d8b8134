package org.luoshi.link;

import org.luoshi.model.Deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relays inside a citation (ANNOTATION.md, Links): when document A cites document B, every directive of A is
 * compared with every directive of B (the pair is small) by content — the share of A's weighted bigrams B holds
 * ({@link ContentOverlap}), the best share of one of A's clauses B holds (a relay restates a point of a long
 * directive), the ideas of the field both name ({@code relay-terms.txt}: 隐患排查, 吸取教训, 党政同责 …), the local
 * alignment of the two sentences and a deadline both set (the same day, or both at once) — and each directive of A
 * keeps its best directive of B when the combined score reaches {@link #MIN_SCORE}, with any other within
 * {@link #NEAR_BEST} of it (one sentence restating two points). A directive of B that points back
 * ({@code 这必须作为…}) is read with the one before it. The evidence is the shared stretches and ideas.
 * {@link CorpusLinker} also runs this on the uncited pairs the corpus search shows to relay. Weights were set on the
 * dev link gold; they are stated here, not learned.
 */
public final class CitedRelays {
    /** Weight of each shared idea of the field. */
    static final double IDEA = 0.2;
    /** Weight of the local alignment score. */
    static final double ALIGNMENT = 0.3;
    /** Weight of the best clause share. */
    static final double CLAUSE = 0.2;
    /** The least weight of a clause that counts for {@link #CLAUSE}. */
    static final double MIN_CLAUSE_WEIGHT = 6.0;
    static final double MIN_SCORE = 0.52;
    /** Weight of a deadline both directives set on the same day (从6月初至9月底 … / … 到9月底结束). */
    static final double SAME_DAY = 0.2;
    /** Weight of a deadline both directives set as at once (立即, 紧急): weaker, many orders are urgent. */
    static final double BOTH_AT_ONCE = 0.1;
    /** Other directives of B kept beside the best: those scoring at least this share of the best. */
    static final double NEAR_BEST = 0.85;
    /** The least weight of shared content: a short directive (一要务必高度重视) shares all of little. */
    static final double MIN_WEIGHT = 10.0;

    /**
     * A higher directive that points back to the one before it ({@code 这必须作为一条不可逾越的红线}): it states the
     * same point, so a lower directive that names its idea is compared with both together. Not 这次/此次 (a time).
     */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile("[这此](?![次时])");
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
        Texts texts = new Texts();
        int[][] rows = new int[2][];
        for (RelayLinker.DirectiveRef l : lower) {
            if (reportsAnInstruction(l.text())) {
                continue;
            }
            String lc = texts.canonical(l.text());
            Set<String> lowerIdeas = texts.ideas(l.text());
            ContentOverlap.Lower reading = overlap.lower(lc);
            // Everything but the alignment first: with the alignment at its most (LocalAlignment.bound, from the letters
            // both hold) that bounds each score from above.
            List<Partial> partials = new ArrayList<>();
            for (int i = 0; i < higher.size(); i++) {
                RelayLinker.DirectiveRef h = higher.get(i);
                boolean pointsBack = i > 0 && POINTS_BACK.matcher(h.text()).lookingAt()
                        && !shared(lowerIdeas, texts.ideas(h.text())).isEmpty();
                String ht = pointsBack ? higher.get(i - 1).text() + h.text() : h.text();
                Set<Integer> hb = texts.held(ht);
                ContentOverlap.Overlap o = overlap.score(reading, hb);
                if (o.weight() < MIN_WEIGHT) {
                    continue;
                }
                Set<String> ideas = shared(lowerIdeas, texts.ideas(ht));
                double clause = overlap.clauseScore(lc, hb, MIN_CLAUSE_WEIGHT);
                double deadline = sameDeadline(l.deadline(), h.deadline());
                double mostAlignment = LocalAlignment.bound(texts.sortedLetters(l.text()), texts.sortedLetters(ht));
                partials.add(new Partial(i, ht, o, ideas, clause, deadline, score(o, ideas, mostAlignment, clause, deadline)));
            }
            // Aligned from the highest bound down, until no score left can reach MIN_SCORE or NEAR_BEST of the best
            // (scores rise with the alignment, so the relays kept are those that scoring every pair would keep).
            partials.sort(java.util.Comparator.comparingDouble(Partial::bound).reversed().thenComparingInt(Partial::index));
            double best = 0;
            List<Partial> scored = new ArrayList<>();
            double[] scores = new double[higher.size()];
            double[] alignments = new double[higher.size()];
            for (Partial p : partials) {
                if (p.bound() < MIN_SCORE || p.bound() < NEAR_BEST * best) {
                    break;
                }
                alignments[p.index()] = LocalAlignment.score(texts.letters(l.text()), texts.letters(p.text()), rows);
                scores[p.index()] = score(p.overlap(), p.ideas(), alignments[p.index()], p.clause(), p.deadline());
                best = Math.max(best, scores[p.index()]);
                scored.add(p);
            }
            scored.sort(java.util.Comparator.comparingInt(Partial::index));
            for (Partial p : scored) {
                int i = p.index();
                if (scores[i] >= MIN_SCORE && scores[i] >= NEAR_BEST * best) {
                    out.add(new RelayLinker.RelayLink(l.id(), higher.get(i).id(), "relay", Math.round(scores[i] * 1000) / 1000.0,
                            new RelayLinker.Evidence(String.join("…", p.overlap().shared()), higher.get(i).text(), List.copyOf(p.ideas()),
                                    Math.round(alignments[i] * 1000) / 1000.0)));
                }
            }
        }
        return out;
    }

    /**
     * A higher directive's scores but the alignment, for one lower directive: its place in the higher document, its
     * text (with the one before it when it points back) and the bound of its score with a perfect alignment.
     */
    private record Partial(int index, String text, ContentOverlap.Overlap overlap, Set<String> ideas, double clause,
                           double deadline, double bound) {
    }

    /**
     * The readings of the texts of one pair, each made once (the scores are those of ContentOverlap's String methods
     * and LocalAlignment's): written canonically, the ideas named, the bigrams held, the letters aligned and sorted.
     */
    private static final class Texts {
        private final Map<String, String> canonical = new java.util.HashMap<>();
        private final Map<String, Set<String>> ideas = new java.util.HashMap<>();
        private final Map<String, Set<Integer>> held = new java.util.HashMap<>();
        private final Map<String, char[]> letters = new java.util.HashMap<>();
        private final Map<String, char[]> sorted = new java.util.HashMap<>();

        String canonical(String text) {
            return canonical.computeIfAbsent(text, ContentOverlap::canonical);
        }

        Set<String> ideas(String text) {
            return ideas.computeIfAbsent(canonical(text), ContentOverlap::ideas);
        }

        Set<Integer> held(String text) {
            return held.computeIfAbsent(text, ContentOverlap::held);
        }

        char[] letters(String text) {
            return letters.computeIfAbsent(text, LocalAlignment::letters);
        }

        char[] sortedLetters(String text) {
            return sorted.computeIfAbsent(text, t -> LocalAlignment.sorted(letters(t)));
        }
    }

    /** The combined score, at most 1 (1 and above: as sure as it gets). */
    private static double score(ContentOverlap.Overlap o, Set<String> ideas, double alignment, double clause, double deadline) {
        return Math.min(1, o.score() + IDEA * ideas.size() + ALIGNMENT * alignment + CLAUSE * clause + deadline);
    }

    /** The ideas both sets hold, in order (as {@link ContentOverlap#sharedIdeas}). */
    private static Set<String> shared(Set<String> lower, Set<String> higher) {
        Set<String> out = new java.util.TreeSet<>(lower);
        out.retainAll(higher);
        return out;
    }

    /**
     * What the deadlines of two directives add to the score (a relay passes the higher deadline on): {@link #SAME_DAY}
     * when both are dates of the same month and day, of the same year where both give one ({@code --09-30} of a
     * yearless report is the day of 2013-09-30); {@link #BOTH_AT_ONCE} when both are immediate; else 0.
     */
    static double sameDeadline(Deadline lower, Deadline higher) {
        if (lower == null || higher == null || !lower.type().equals(higher.type())) {
            return 0;
        }
        if ("immediate".equals(lower.type())) {
            return BOTH_AT_ONCE;
        }
        String l = lower.value();
        String h = higher.value();
        if (!"date".equals(lower.type()) || l == null || h == null || l.length() < 7 || h.length() < 7) {
            return 0;
        }
        String ly = l.substring(0, l.length() - 6);
        String hy = h.substring(0, h.length() - 6);
        return l.endsWith(h.substring(h.length() - 6)) && (ly.equals(hy) || ly.equals("-") || hy.equals("-")) ? SAME_DAY : 0;
    }

    /**
     * Whether a directive is the sentence that says a higher instruction was made ({@code 习近平作出重要指示，要求…}):
     * that is the citation of the instruction, not a relay of it (the dev link gold never counts it).
     */
    static boolean reportsAnInstruction(String directive) {
        return QUOTES_INSTRUCTION.matcher(directive).find();
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
