package org.luoshi.link;

/**
 * Smith–Waterman local alignment of two sentences on characters (match +2, mismatch −1, gap −1), as text-reuse
 * systems use to find the passage one text takes from another. The score is normalized by the best possible
 * for the shorter text, so 1 means the shorter one reappears whole in the longer.
 */
final class LocalAlignment {
    private static final int MATCH = 2;
    private static final int MISMATCH = -1;
    private static final int GAP = -1;

    /** The aligned passages and the normalized score. */
    record Result(double score, String left, String right) {
    }

    /**
     * The normalized score alone, in two rows of memory: cheap enough to decide whether an alignment is worth
     * tracing back. Equal to {@code align(a, b).score()}.
     */
    static double score(String a, String b) {
        return score(letters(a), letters(b), new int[2][]);
    }

    /**
     * The score on texts already reduced to letters and digits ({@link #letters}); {@code rows} is scratch space
     * the caller may keep between calls (two int arrays, grown as needed).
     */
    static double score(char[] x, char[] y, int[][] rows) {
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        if (rows[0] == null || rows[0].length < y.length + 1) {
            rows[0] = new int[y.length + 1];
            rows[1] = new int[y.length + 1];
        }
        int[] prev = rows[0];
        int[] row = rows[1];
        java.util.Arrays.fill(prev, 0, y.length + 1, 0);
        row[0] = 0;
        int best = 0;
        for (int i = 0; i < x.length; i++) {
            char c = x[i];
            for (int j = 1; j <= y.length; j++) {
                int diag = prev[j - 1] + (c == y[j - 1] ? MATCH : MISMATCH);
                int up = prev[j] + GAP;
                int left = row[j - 1] + GAP;
                int v = diag > up ? diag : up;
                v = v > left ? v : left;
                v = v > 0 ? v : 0;
                row[j] = v;
                if (v > best) {
                    best = v;
                }
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        return Math.min(1.0, (double) best / (MATCH * Math.min(x.length, y.length)));
    }

    /** The letters of {@link #letters} in sorted order, which {@link #bound} reads. */
    static char[] sorted(char[] letters) {
        char[] out = letters.clone();
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * An upper bound of {@link #score(char[], char[], int[][])} from the two texts' {@link #sorted} letters, in time
     * linear in their lengths: every match of an alignment pairs two equal letters, so its score is at most
     * {@code MATCH} times the letters both hold (counted with repeats), normalized the same way.
     */
    static double bound(char[] sortedX, char[] sortedY) {
        if (sortedX.length == 0 || sortedY.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < sortedX.length && j < sortedY.length; ) {
            if (sortedX[i] == sortedY[j]) {
                common++;
                i++;
                j++;
            } else if (sortedX[i] < sortedY[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, (double) (MATCH * common) / (MATCH * Math.min(sortedX.length, sortedY.length)));
    }

    /** The letters and digits of a text, the characters alignment compares. */
    static char[] letters(String s) {
        return strip(s).toCharArray();
    }

    static Result align(String a, String b) {
        String x = strip(a);
        String y = strip(b);
        if (x.isEmpty() || y.isEmpty()) {
            return new Result(0, "", "");
        }
        int[][] h = new int[x.length() + 1][y.length() + 1];
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int diag = h[i - 1][j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? MATCH : MISMATCH);
                int v = Math.max(0, Math.max(diag, Math.max(h[i - 1][j] + GAP, h[i][j - 1] + GAP)));
                h[i][j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && h[i][j] > 0) {
            int v = h[i][j];
            if (v == h[i - 1][j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? MATCH : MISMATCH)) {
                i--;
                j--;
            } else if (v == h[i - 1][j] + GAP) {
                i--;
            } else {
                j--;
            }
        }
        double score = (double) best / (MATCH * Math.min(x.length(), y.length()));
        return new Result(Math.min(1.0, score), x.substring(i, bi), y.substring(j, bj));
    }

    private static String strip(String s) {
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                t.append(c);
            }
        }
        return t.toString();
    }
}
