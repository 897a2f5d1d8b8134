package org.luoshi.link;

/** How much of the shorter of two sentences reappears in the other (local alignment, 0..1). */
public final class Similarity {
    private Similarity() {
    }

    public static double score(String a, String b) {
        return LocalAlignment.align(a, b).score();
    }
}
