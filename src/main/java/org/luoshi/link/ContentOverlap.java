package org.luoshi.link;

import org.luoshi.nlp.ChineseChars;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a lower directive's content a higher directive holds, in words of the field: both texts have their
 * field terms written one way ({@code relay-terms.txt}: 汲取教训 → 吸取教训, 大排查 → 隐患排查) and what names who
 * speaks or is relayed blanked out, then the character pairs (bigrams) of the lower one are weighted by inverse
 * document frequency over the directives of the corpus and the share of that weight the higher one also holds, in
 * its field terms or in its own wording, is the score. Common pairs (要求, 工作, 安全) weigh little, rare
 * ones (警醒, 教训) much. Build one per corpus with every directive's text; then {@link #score} is cheap.
 */
public final class ContentOverlap {
    private static final List<String[]> TERMS = terms();
    private static final List<String> REFERENCES = ResourceLines.read(ContentOverlap.class, "relay-references.txt").stream()
            .map(String::strip).sorted((a, b) -> b.length() - a.length()).toList();
    /** Each of {@link #REFERENCES} blanked out: as many {@code |} as it has characters. */
    private static final List<String> BLANKS = REFERENCES.stream().map(r -> "|".repeat(r.length())).toList();
    /**
     * A speaker's or meeting's lead-in: a short subject, then 指出/强调/要求/表示/提出 and a comma or colon; never a
     * clause that begins with a preposition, where 要求 is a noun (按照国家要求，).
     */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile(
            "(?!按|根据|依照|遵照|对照|面对|针对|结合|为)[^，。：；“”]{1,14}?(指出|强调|要求|表示|提出)[，：:]");
    private static final List<String> IDEAS = TERMS.stream().map(t -> t[0]).distinct().toList();
    private final IntCounts documentFrequency = new IntCounts();
    private int documents;

    /** The shared content of two directives: the score (0..1), the shared weight and the shared stretches of the lower one. */
    public record Overlap(double score, double weight, List<String> shared) {
    }

    /** Counts each directive text once per bigram it holds. */
    public void add(String directive) {
        addAll(List.of(directive));
    }

    /**
     * Counts each directive text once per bigram it holds, as {@link #add} one by one does: the texts' distinct
     * bigrams are found on all cores, then counted in one table.
     */
    public void addAll(List<String> directives) {
        int[][] distinct = directives.parallelStream().map(d -> distinct(bigrams(canonical(d)))).toArray(int[][]::new);
        for (int[] g : distinct) {
            for (int b : g) {
                documentFrequency.add(b, 1);
            }
        }
        documents += directives.size();
    }

    /** The distinct values of {@code a}, sorted (a directive holds few bigrams: sorting them is cheap). */
    private static int[] distinct(int[] a) {
        java.util.Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || a[i] != a[n - 1]) {
                a[n++] = a[i];
            }
        }
        return java.util.Arrays.copyOf(a, n);
    }

    /** The inverse document frequency of a bigram: {@code ln((N + 1) / (df + 1))}, at least a small floor. */
    double idf(int bigram) {
        int df = documentFrequency.get(bigram);
        return Math.max(0.05, Math.log((documents + 1.0) / (df + 1.0)));
    }

    /**
     * The share (0..1) of the lower directive's weighted bigrams that the higher one holds, with the shared stretches
     * of the lower one (its words found in the higher, in text order) as evidence.
     */
    public Overlap score(String lower, String higher) {
        return score(lower(canonical(lower)), held(higher));
    }

    /**
     * A lower directive's {@link #canonical} text read for comparison with many higher ones: the place of each pair of
     * Han characters in it, the pair, whether it is its first occurrence and its weight, and the total weight.
     */
    record Lower(String text, int[] at, int[] bigram, boolean[] first, double[] weight, double total) {
    }

    /** The {@link Lower} reading of a {@link #canonical} text (weights as {@link #idf} gives them now). */
    Lower lower(String l) {
        int[] at = new int[Math.max(0, l.length() - 1)];
        int[] bigram = new int[at.length];
        boolean[] first = new boolean[at.length];
        double[] weight = new double[at.length];
        java.util.Set<Integer> counted = new java.util.HashSet<>();
        double total = 0;
        int n = 0;
        for (int i = 0; i + 1 < l.length(); i++) {
            if (!isHanPair(l, i)) {
                continue;
            }
            int g = pair(l.charAt(i), l.charAt(i + 1));
            at[n] = i;
            bigram[n] = g;
            first[n] = counted.add(g);
            weight[n] = idf(g);
            if (first[n]) {
                total += weight[n];
            }
            n++;
        }
        return new Lower(l, java.util.Arrays.copyOf(at, n), java.util.Arrays.copyOf(bigram, n),
                java.util.Arrays.copyOf(first, n), java.util.Arrays.copyOf(weight, n), total);
    }

    /** {@link #score(String, String)} of a {@link Lower} reading and a higher directive's {@link #held} bigrams. */
    Overlap score(Lower l, java.util.Set<Integer> hb) {
        double shared = 0;
        boolean[] in = null;
        for (int k = 0; k < l.at().length; k++) {
            if (hb.contains(l.bigram()[k])) {
                if (l.first()[k]) {
                    shared += l.weight()[k];
                }
                if (in == null) {
                    in = new boolean[l.text().length()];
                }
                in[l.at()[k]] = true;
                in[l.at()[k] + 1] = true;
            }
        }
        List<String> stretches = new ArrayList<>();
        for (int i = 0; in != null && i < in.length; ) {
            if (!in[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < in.length && in[j]) {
                j++;
            }
            if (j - i >= 3) {
                stretches.add(l.text().substring(i, j));
            }
            i = j;
        }
        return new Overlap(l.total() == 0 ? 0 : shared / l.total(), shared, stretches);
    }

    /**
     * The best share of one clause of the lower directive that the higher one holds: a relay restates a point, and a
     * point is a clause. Clauses whose weight is under {@code minWeight} (确保安全稳定) are too slight to count.
     */
    public double clauseScore(String lower, String higher, double minWeight) {
        return clauseScore(canonical(lower), held(higher), minWeight);
    }

    /** {@link #clauseScore(String, String, double)} of a {@link #canonical} lower text and {@link #held} higher bigrams. */
    double clauseScore(String canonicalLower, java.util.Set<Integer> h, double minWeight) {
        double best = 0;
        for (String clause : canonicalLower.split("[，；：、。！？,;:]")) {
            double total = 0;
            double shared = 0;
            for (int g : java.util.Arrays.stream(bigrams(clause)).distinct().toArray()) {
                double w = idf(g);
                total += w;
                if (h.contains(g)) {
                    shared += w;
                }
            }
            if (total >= minWeight) {
                best = Math.max(best, shared / total);
            }
        }
        return best;
    }

    /**
     * The ideas of the field both texts name (the first word of each line of {@code relay-terms.txt}: 隐患排查,
     * 吸取教训, 党政同责 …), each written in any of its forms.
     */
    public static java.util.Set<String> sharedIdeas(String lower, String higher) {
        java.util.Set<String> out = new java.util.TreeSet<>(ideas(canonical(lower)));
        out.retainAll(ideas(canonical(higher)));
        return out;
    }

    /** The ideas of the field a {@link #canonical} text names. */
    static java.util.Set<String> ideas(String canonical) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String idea : IDEAS) {
            if (canonical.contains(idea)) {
                out.add(idea);
            }
        }
        return out;
    }

    /** The summed weight of the distinct bigrams both directives hold (their field terms written one way). */
    public double sharedWeight(String lower, String higher) {
        java.util.Set<Integer> h = held(higher);
        double shared = 0;
        for (int g : java.util.Arrays.stream(bigrams(canonical(lower))).distinct().toArray()) {
            if (h.contains(g)) {
                shared += idf(g);
            }
        }
        return shared;
    }

    /**
     * The bigrams a higher directive holds: those of its text with the field terms written one way and those of its
     * own wording, so that canonical forms never hide a word the lower one repeats as written (吸取血的教训 becomes
     * 吸取教训, yet a lower 从血的教训中警醒起来 still finds 血的教训 in it).
     */
    static java.util.Set<Integer> held(String higher) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int g : bigrams(canonical(higher))) {
            out.add(g);
        }
        for (int g : bigrams(blanked(higher))) {
            out.add(g);
        }
        return out;
    }

    /**
     * The text with what is not content blanked out: its words of reference ({@code relay-references.txt}) and its
     * lead-in naming who speaks ({@code 王儒林在讲话中指出，}, {@code 会议强调，}), for who said it is not what is ordered.
     */
    private static String blanked(String text) {
        java.util.regex.Matcher lead = LEAD_IN.matcher(text);
        String t = lead.lookingAt() ? "|".repeat(lead.end()) + text.substring(lead.end()) : text;
        for (int i = 0; i < REFERENCES.size(); i++) {
            if (t.contains(REFERENCES.get(i))) {
                t = t.replace(REFERENCES.get(i), BLANKS.get(i));
            }
        }
        return t;
    }

    /** The text with each field term written in its one form, and what is not content {@link #blanked}. */
    static String canonical(String text) {
        String t = blanked(text);
        for (String[] term : TERMS) {
            if (!term[0].equals(term[1]) && t.contains(term[1])) {
                t = t.replace(term[1], term[0]);
            }
        }
        return t;
    }

    private static int[] bigrams(String t) {
        int[] out = new int[Math.max(0, t.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            if (isHanPair(t, i)) {
                out[n++] = pair(t.charAt(i), t.charAt(i + 1));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isHanPair(String t, int i) {
        return ChineseChars.isHan(t.charAt(i)) && ChineseChars.isHan(t.charAt(i + 1));
    }

    private static int pair(char a, char b) {
        return (a << 16) | b;
    }

    /** (canonical form, other form) pairs, the longer other forms first so that they are replaced before their parts. */
    private static List<String[]> terms() {
        List<String[]> out = new ArrayList<>();
        for (String line : ResourceLines.read(ContentOverlap.class, "relay-terms.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String canonical = line.substring(0, colon).strip();
            out.add(new String[] {canonical, canonical});
            for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                if (!form.isEmpty() && !form.equals(canonical)) {
                    out.add(new String[] {canonical, form});
                }
            }
        }
        out.sort((a, b) -> b[1].length() - a[1].length());
        return out;
    }
}
