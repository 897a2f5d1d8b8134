package org.luoshi.link;

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
 * ({@code slogans.txt}); each directive keeps its best link to each higher document.
 */
public final class RelayLinker {
    static final int HASHES = 64;
    static final int ROWS = 2;
    static final int MAX_BUCKET = 40;
    static final double MIN_SCORE = 0.45;
    private static final List<String> SLOGANS = ResourceLines.read(RelayLinker.class, "slogans.txt").stream().map(String::strip).toList();

    /** A directive as the linker sees it. */
    public record DirectiveRef(String id, String docId, String text, Unit unit, String date) {
    }

    /** What a relay rests on: the aligned passages, the slogans both share and the alignment score. */
    public record Evidence(String fromPassage, String toPassage, List<String> sharedSlogans, double alignment)
            implements java.io.Serializable {
    }

    /** {@code from} (lower) relays {@code to} (higher); ids are directive ids ({@code docid#n}). */
    public record RelayLink(String from, String to, String type, double score, Evidence evidence) implements java.io.Serializable {
    }

    private final MinHash minHash = new MinHash(HASHES, 20261122L);

    public List<RelayLink> link(List<DirectiveRef> directives) {
        List<int[]> sigs = new ArrayList<>();
        for (DirectiveRef d : directives) {
            sigs.add(minHash.signature(MinHash.shingles(d.text())));
        }
        // Band by band: sort the directives by the band's key and take runs of equal keys as buckets, so memory
        // stays linear in the number of directives whatever the number of bands.
        Set<Long> tried = new HashSet<>();
        Map<String, RelayLink> best = new HashMap<>();
        int n = directives.size();
        long[] keys = new long[n];
        Integer[] order = new Integer[n];
        for (int band = 0; band < HASHES / ROWS; band++) {
            for (int i = 0; i < n; i++) {
                long key = band;
                int[] sig = sigs.get(i);
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + sig[band * ROWS + r];
                }
                keys[i] = key;
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            int start = 0;
            while (start < n) {
                int end = start + 1;
                while (end < n && keys[order[end]] == keys[order[start]]) {
                    end++;
                }
                if (end - start >= 2 && end - start <= MAX_BUCKET) {
                    for (int x = start; x < end; x++) {
                        for (int y = x + 1; y < end; y++) {
                            int i = order[x];
                            int j = order[y];
                            long pair = (long) Math.min(i, j) * n + Math.max(i, j);
                            if (!tried.add(pair)) {
                                continue;
                            }
                            consider(directives.get(i), directives.get(j), best);
                            consider(directives.get(j), directives.get(i), best);
                        }
                    }
                }
                start = end;
            }
        }
        List<RelayLink> out = new ArrayList<>(best.values());
        out.sort(java.util.Comparator.comparing(RelayLink::from).thenComparing(RelayLink::to));
        return out;
    }

    /** Links {@code lower} to {@code higher} when the units and dates allow it and the texts agree enough. */
    private static void consider(DirectiveRef lower, DirectiveRef higher, Map<String, RelayLink> best) {
        if (lower.docId().equals(higher.docId()) || !isAbove(higher.unit(), lower.unit()) || !notLater(higher.date(), lower.date())) {
            return;
        }
        RelayLink link = score(lower, higher);
        if (link == null) {
            return;
        }
        String key = lower.id() + ">" + higher.docId();
        RelayLink old = best.get(key);
        if (old == null || link.score() > old.score()) {
            best.put(key, link);
        }
    }

    static RelayLink score(DirectiveRef lower, DirectiveRef higher) {
        LocalAlignment.Result a = LocalAlignment.align(lower.text(), higher.text());
        List<String> shared = new ArrayList<>();
        for (String s : SLOGANS) {
            if (lower.text().contains(s) && higher.text().contains(s)) {
                shared.add(s);
            }
        }
        double score = 0.7 * a.score() + 0.3 * Math.min(1.0, shared.size() / 2.0);
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
