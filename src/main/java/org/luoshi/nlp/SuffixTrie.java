package org.luoshi.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * Words looked up backwards from a position: {@link #longestEndingAt} answers which entry ends exactly there, the
 * longest first, in time proportional to its length. Built once from a word list; read-only and thread-safe after.
 */
public final class SuffixTrie {
    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        boolean end;
    }

    /** A trie of the words (each a non-empty string). */
    public SuffixTrie(Iterable<String> words) {
        for (String w : words) {
            Node n = root;
            for (int i = w.length() - 1; i >= 0; i--) {
                n = n.children.computeIfAbsent(w.charAt(i), k -> new Node());
            }
            n.end = true;
        }
    }

    /**
     * Length (UTF-16 units) of the longest entry {@code w} with {@code text.substring(end - w.length(), end)} equal to
     * it and starting at or after {@code floor}; 0 when none.
     */
    public int longestEndingAt(CharSequence text, int end, int floor) {
        Node n = root;
        int longest = 0;
        for (int i = end - 1; i >= floor; i--) {
            n = n.children.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.end) {
                longest = end - i;
            }
        }
        return longest;
    }
}
