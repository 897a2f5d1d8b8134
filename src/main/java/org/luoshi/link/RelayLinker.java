package org.luoshi.link;

import org.luoshi.model.Deadline;
import org.luoshi.model.Level;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each directive to the higher-level directives it passes on or restates. Candidates come from MinHash
 * locality-sensitive hashing over character shingles (no all-pairs comparison: cost grows with the corpus, not its
 * square); a pair is kept only when one unit is above the other in the same chain (or national) and the higher one
 * is not dated after the lower. It is scored by Smith–Waterman alignment plus the formulaic slogans both share
 * ({@code slogans.txt}); each directive keeps its best link to each higher document. Each lower directive aligns
 * with at most {@link #CANDIDATES_PER_DIRECTIVE} candidates, those whose signatures agree most with its own: in a
 * corpus full of near-repeats the number of similar pairs grows with the square of its size, the work must not. An
 * alignment is skipped when the letters both texts hold ({@link LocalAlignment#bound}) show it cannot reach the
 * minimum, which changes no link; candidates are aligned on all cores.
 */
public final class RelayLinker {
    static final int HASHES = 64;
    static final int ROWS = 2;
    static final int MAX_BUCKET = 40;
    /**
     * Within a bucket, each directive is paired with the next {@code WINDOW} in corpus order only (the sorted-
     * neighbourhood method): relays are said within days of what they relay, and the bucket's cost stays linear.
     */
    static final int WINDOW = 8;
    /** Signature positions a candidate must share (a band's {@link #ROWS} are met by chance; a relay shares more). */
    static final int MIN_AGREEMENT = 4;
    static final double MIN_SCORE = 0.45;
    private static final List<String> SLOGANS = ResourceLines.read(RelayLinker.class, "slogans.txt").stream().map(String::strip).toList();

    /**
     * A directive as the linker sees it: {@code date} is its document's ({@code YYYY-MM-DD}, or coarser, or null),
     * {@code deadline} the one it sets (null when none).
     */
    public record DirectiveRef(String id, String docId, String text, Unit unit, String date, Deadline deadline) {
        /** A directive that sets no deadline. */
        public DirectiveRef(String id, String docId, String text, Unit unit, String date) {
            this(id, docId, text, unit, date, null);
        }
    }

    /** What a relay rests on: the aligned passages, the slogans both share and the alignment score. */
    public record Evidence(String fromPassage, String toPassage, List<String> sharedSlogans, double alignment)
            implements java.io.Serializable {
    }

    /** {@code from} (lower) relays {@code to} (higher); ids are directive ids ({@code docid#n}). */
    public record RelayLink(String from, String to, String type, double score, Evidence evidence) implements java.io.Serializable {
    }

    /** Candidates kept per lower directive, best first by signature agreement; only these are aligned. */
    static final int CANDIDATES_PER_DIRECTIVE = 3;

    private final MinHash minHash = new MinHash(HASHES, 20261122L);
    private long candidatePairs;
    private long alignments;

    /** Links every directive to the higher ones it restates. */
    public List<RelayLink> link(List<DirectiveRef> directives) {
        return link(directives, null);
    }

    /**
     * Links only pairs in which at least one directive is fresh ({@code fresh[i]}; null: all are): what an
     * incremental run adds to the links it already has. Work is bounded per directive — buckets of at most
     * {@link #MAX_BUCKET}, at most {@link #CANDIDATES_PER_DIRECTIVE} alignments — so it grows linearly.
     */
    public List<RelayLink> link(List<DirectiveRef> directives, boolean[] fresh) {
        int n = directives.size();
        if (fresh != null && java.util.stream.IntStream.range(0, n).noneMatch(i -> fresh[i])) {
            return List.of(); // every pair was linked before
        }
        int[][] sigs = new int[n][];
        java.util.stream.IntStream.range(0, n).parallel()
                .forEach(i -> sigs[i] = minHash.signature(MinHash.shingles(directives.get(i).text())));
        Facts facts = new Facts(directives);
        // Per lower directive, its best candidates above it: (agreement, index) kept in small arrays.
        int[][] candidate = new int[n][];
        int[][] agreement = new int[n][];
        // Band by band: (band key, index) packed into one long, grouped by key with a stable radix sort (linear, where
        // a comparison sort adds a log factor) — equal keys make a bucket, in corpus order — so memory stays linear in
        // the number of directives whatever the number of bands.
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n));
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[n];
        long[] scratch = new long[n];
        for (int band = 0; band < HASHES / ROWS; band++) {
            for (int i = 0; i < n; i++) {
                long key = band;
                int[] sig = sigs[i];
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + sig[band * ROWS + r];
                }
                packed[i] = (mix(key) << indexBits) | i;
            }
            RadixSort.sortByHighBits(packed, scratch, indexBits);
            int start = 0;
            while (start < n) {
                long bucket = packed[start] >>> indexBits;
                int end = start + 1;
                while (end < n && packed[end] >>> indexBits == bucket) {
                    end++;
                }
                if (end - start >= 2 && end - start <= MAX_BUCKET) {
                    for (int x = start; x < end; x++) {
                        for (int y = x + 1; y < Math.min(end, x + 1 + WINDOW); y++) {
                            int i = (int) (packed[x] & indexMask);
                            int j = (int) (packed[y] & indexMask);
                            if (fresh != null && !fresh[i] && !fresh[j]) {
                                continue;
                            }
                            offer(facts, sigs, candidate, agreement, i, j);
                            offer(facts, sigs, candidate, agreement, j, i);
                        }
                    }
                }
                start = end;
            }
        }
        // The candidates aligned on all cores, each lower directive on its own: its best link to each higher document.
        boolean[] aligns = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (candidate[i] != null) {
                for (int j : candidate[i]) {
                    if (j >= 0) {
                        aligns[i] = true;
                        aligns[j] = true;
                    }
                }
            }
        }
        char[][] letters = new char[n][];
        char[][] sorted = new char[n][];
        java.util.stream.IntStream.range(0, n).parallel().filter(i -> aligns[i]).forEach(i -> {
            letters[i] = LocalAlignment.letters(directives.get(i).text());
            sorted[i] = LocalAlignment.sorted(letters[i]);
        });
        long[] aligned = new long[n];
        List<RelayLink> out = java.util.stream.IntStream.range(0, n).parallel().filter(i -> candidate[i] != null)
                .mapToObj(i -> {
                    Map<String, RelayLink> best = new HashMap<>();
                    int[][] rows = new int[2][];
                    for (int j : candidate[i]) {
                        if (j >= 0) {
                            aligned[i] += consider(directives.get(i), directives.get(j), letters[i], letters[j], sorted[i], sorted[j], rows, best);
                        }
                    }
                    return best.values();
                })
                .flatMap(java.util.Collection::stream)
                .sorted(java.util.Comparator.comparing(RelayLink::from).thenComparing(RelayLink::to))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        for (long a : aligned) {
            alignments += a;
        }
        return out;
    }

    /** A 64-bit mix of a band key (its top bits are what the packed sort keeps). */
    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }

    /**
     * What the pair filter asks of each directive, computed once: its document as a number, its date as an epoch
     * day (unknown dates never exclude) and its unit, with 'above' decided per pair of distinct units only once.
     */
    private static final class Facts {
        final int[] doc;
        final long[] day;
        final int[] unit;
        final List<Unit> units = new ArrayList<>();
        /** Per pair of units: 0 not yet known, 1 above, 2 not above (a map when there are too many units for a table). */
        byte[][] aboveCache;
        final Map<Long, Boolean> aboveMap = new HashMap<>();

        Facts(List<DirectiveRef> ds) {
            int n = ds.size();
            doc = new int[n];
            day = new long[n];
            unit = new int[n];
            Map<String, Integer> docs = new HashMap<>();
            Map<Unit, Integer> unitIds = new HashMap<>();
            for (int i = 0; i < n; i++) {
                DirectiveRef d = ds.get(i);
                doc[i] = docs.computeIfAbsent(d.docId(), k -> docs.size());
                unit[i] = unitIds.computeIfAbsent(d.unit(), u -> {
                    units.add(u);
                    return units.size() - 1;
                });
                day[i] = d.date() != null && d.date().matches("\\d{4}-\\d{2}-\\d{2}") ? java.time.LocalDate.parse(d.date()).toEpochDay() : Long.MIN_VALUE;
            }
        }

        /**
         * Directive {@code h} may be dated after {@code l}: it is, or {@code l}'s date is unknown (no relay may point
         * to a directive dated after the text that relays it, so an undated lower text relays nothing).
         */
        boolean later(int h, int l) {
            return day[l] == Long.MIN_VALUE || (day[h] != Long.MIN_VALUE && day[h] > day[l]);
        }

        /** Directive {@code h}'s unit is above {@code l}'s (national above every other level). */
        boolean above(int h, int l) {
            if (units.size() > 2048) {
                return aboveMap.computeIfAbsent(((long) unit[h] << 32) | unit[l], k -> isAbove(units.get(unit[h]), units.get(unit[l])));
            }
            if (aboveCache == null) {
                aboveCache = new byte[units.size()][units.size()];
            }
            byte known = aboveCache[unit[h]][unit[l]];
            if (known == 0) {
                known = isAbove(units.get(unit[h]), units.get(unit[l])) ? (byte) 1 : (byte) 2;
                aboveCache[unit[h]][unit[l]] = known;
            }
            return known == 1;
        }
    }

    /** Pairs looked at (bucket pairs whose units and dates allow a relay), by the last {@link #link} call. */
    public long candidatePairs() {
        return candidatePairs;
    }

    /** Alignments computed by the last {@link #link} call. */
    public long alignments() {
        return alignments;
    }

    /** Keeps {@code higher} among {@code lower}'s best candidates when it may be relayed by it. */
    private void offer(Facts f, int[][] sigs, int[][] candidate, int[][] agreement, int lower, int higher) {
        if (f.doc[lower] == f.doc[higher] || !f.above(higher, lower) || f.later(higher, lower)) {
            return;
        }
        if (candidate[lower] == null) {
            candidate[lower] = new int[CANDIDATES_PER_DIRECTIVE];
            agreement[lower] = new int[CANDIDATES_PER_DIRECTIVE];
            java.util.Arrays.fill(candidate[lower], -1);
            java.util.Arrays.fill(agreement[lower], -1);
        }
        int[] c = candidate[lower];
        int[] a = agreement[lower];
        int worst = 0;
        for (int k = 0; k < c.length; k++) {
            if (c[k] == higher) {
                return; // met again in another band
            }
            if (a[k] < a[worst] || a[k] == a[worst] && c[k] > c[worst]) {
                worst = k;
            }
        }
        candidatePairs++;
        int agree = 0;
        int[] x = sigs[lower];
        int[] y = sigs[higher];
        for (int k = 0; k < x.length; k++) {
            if (x[k] == y[k]) {
                agree++;
            }
        }
        if (agree < MIN_AGREEMENT) {
            return; // met in one band by chance: too little in common to be worth an alignment
        }
        if (agree > a[worst] || agree == a[worst] && higher < c[worst]) {
            c[worst] = higher;
            a[worst] = agree;
        }
    }

    /**
     * Links {@code lower} to {@code higher} when the texts agree enough, keeping in {@code best} the better link per
     * lower directive and higher document; returns the alignments computed (0 when the letters both hold already
     * show the alignment cannot reach the minimum, 1 else).
     */
    private static int consider(DirectiveRef lower, DirectiveRef higher, char[] lowerLetters, char[] higherLetters,
                                char[] lowerSorted, char[] higherSorted, int[][] rows, Map<String, RelayLink> best) {
        List<String> shared = sharedSlogans(lower.text(), higher.text());
        double least = minAlignment(shared.size());
        if (LocalAlignment.bound(lowerSorted, higherSorted) < least) {
            return 0;
        }
        if (LocalAlignment.score(lowerLetters, higherLetters, rows) < least) {
            return 1; // the link could not reach the minimum score: no need to trace the alignment back
        }
        RelayLink link = aligned(lower, higher, shared);
        if (link != null) {
            String key = lower.id() + ">" + higher.docId();
            RelayLink old = best.get(key);
            if (old == null || link.score() > old.score()) {
                best.put(key, link);
            }
        }
        return 1;
    }

    static RelayLink score(DirectiveRef lower, DirectiveRef higher) {
        List<String> shared = sharedSlogans(lower.text(), higher.text());
        if (LocalAlignment.score(lower.text(), higher.text()) < minAlignment(shared.size())) {
            return null; // the link could not reach the minimum score: no need to trace the alignment back
        }
        return aligned(lower, higher, shared);
    }

    /** The slogans of {@code slogans.txt} both texts contain. */
    private static List<String> sharedSlogans(String lower, String higher) {
        List<String> shared = new ArrayList<>(2);
        for (String s : SLOGANS) {
            if (lower.contains(s) && higher.contains(s)) {
                shared.add(s);
            }
        }
        return shared;
    }

    /** The slogans' part of a link's score. */
    private static double sloganScore(int shared) {
        return 0.3 * Math.min(1.0, shared / 2.0);
    }

    /** The least alignment score with which a pair sharing {@code shared} slogans reaches {@link #MIN_SCORE}. */
    static double minAlignment(int shared) {
        // a hair below the exact bound, so that rounding never drops a pair the full score would keep
        return (MIN_SCORE - sloganScore(shared)) / 0.7 - 1e-9;
    }

    /** The link with its evidence, from the full alignment (the caller has checked the score can reach the minimum). */
    private static RelayLink aligned(DirectiveRef lower, DirectiveRef higher, List<String> shared) {
        LocalAlignment.Result a = LocalAlignment.align(lower.text(), higher.text());
        double score = 0.7 * a.score() + sloganScore(shared.size());
        if (score < MIN_SCORE || a.left().length() < 6) {
            return null;
        }
        return new RelayLink(lower.id(), higher.id(), "relay", Math.round(score * 1000) / 1000.0,
                new Evidence(a.left(), a.right(), shared, Math.round(a.score() * 1000) / 1000.0));
    }

    static boolean isAbove(Unit higher, Unit lower) {
        return higher.level() != null && lower.level() != null
                && (higher.level() == Level.NATIONAL ? lower.level() != Level.NATIONAL : higher.isAbove(lower));
    }

    /** The higher directive is dated on or before the lower (unknown dates do not exclude). */
    static boolean notLater(String higher, String lower) {
        if (higher == null || lower == null || !higher.matches("\\d{4}-\\d{2}-\\d{2}") || !lower.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return true;
        }
        return higher.compareTo(lower) <= 0;
    }

}
