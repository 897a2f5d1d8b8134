package org.luoshi.extract;

import org.luoshi.model.DamagedSpan;
import org.luoshi.model.Placeholder;
import org.luoshi.model.Quality;

import java.util.ArrayList;
import java.util.List;

/** Spans of the normalized text that nothing may be extracted from: placeholders and unrepaired damage. */
public final class PlaceholderSpans {
    private final List<int[]> spans = new ArrayList<>();

    public static PlaceholderSpans of(Quality q) {
        PlaceholderSpans p = new PlaceholderSpans();
        for (Placeholder ph : q.placeholders()) {
            p.spans.add(new int[] {ph.start(), ph.end()});
        }
        for (DamagedSpan d : q.damagedSpans()) {
            if (!d.repaired()) {
                p.spans.add(new int[] {d.start(), d.end()});
            }
        }
        return p;
    }

    /** Only the unrepaired damaged spans. */
    public static PlaceholderSpans damage(Quality q) {
        PlaceholderSpans p = new PlaceholderSpans();
        for (DamagedSpan d : q.damagedSpans()) {
            if (!d.repaired()) {
                p.spans.add(new int[] {d.start(), d.end()});
            }
        }
        return p;
    }

    public boolean overlaps(int start, int end) {
        for (int[] s : spans) {
            if (s[0] < end && start < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of [start, end) are excluded. */
    public int covered(int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            for (int[] s : spans) {
                if (s[0] <= i && i < s[1]) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
