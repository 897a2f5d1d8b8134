package org.luoshi.extract;

import org.luoshi.resources.ResourceLines;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the lexicon files of this package: one entry a line, {@code #} comments and blank lines skipped. */
final class Lexicons {
    private Lexicons() {
    }

    static List<String> lines(String resource) {
        return ResourceLines.read(Lexicons.class, resource).stream().map(String::strip).toList();
    }

    /**
     * A regex matching any of the literal entries, longest first, written as a trie ({@code 江(?:苏|西)}) so the
     * regex engine tries one branch per character instead of every entry at every position.
     */
    static String alternation(List<String> words) {
        Node root = new Node();
        for (String w : words) {
            Node n = root;
            for (int i = 0; i < w.length(); i++) {
                n = n.children.computeIfAbsent(w.charAt(i), k -> new Node());
            }
            n.end = true;
        }
        String r = root.regex();
        return r.isEmpty() ? "(?!)" : r;
    }

    private static final class Node {
        final java.util.TreeMap<Character, Node> children = new java.util.TreeMap<>();
        boolean end;

        String regex() {
            List<String> alts = new java.util.ArrayList<>();
            children.forEach((c, child) -> alts.add(Pattern.quote(String.valueOf(c)) + child.regex()));
            if (alts.isEmpty()) {
                return "";
            }
            String joined = alts.size() == 1 ? alts.get(0) : "(?:" + String.join("|", alts) + ")";
            return end ? "(?:" + joined + ")?" : joined;
        }
    }

    /** An alternation of regex entries, each in a non-capturing group. */
    static Pattern anyOf(List<String> regexes) {
        return Pattern.compile(regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")));
    }
}
