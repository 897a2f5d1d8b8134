package org.luoshi.extract;

import org.luoshi.nlp.LeadCharPattern;
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
        if (r.isEmpty()) {
            return "(?!)";
        }
        if (root.end) {
            return r;
        }
        // The first characters as one class ahead of the trie: at a position where no entry can start, one class
        // test fails the match instead of one comparison per first character.
        StringBuilder first = new StringBuilder("(?=[");
        root.children.keySet().forEach(c -> first.append(String.format("\\x{%x}", (int) c)));
        return first.append("])").append(r).toString();
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

    /**
     * An alternation of regex entries, each in a non-capturing group. Entries that are plain words are merged into
     * one {@link #alternation trie} placed first, so most positions of a sentence cost one character-class test
     * instead of a try of every entry; where the entries' first characters can be read from them, only positions
     * holding one are tried ({@link LeadCharPattern}). Where a match starts does not depend on the order of the alternatives; which
     * entry matches there may, when two entries match at one place.
     */
    static LeadCharPattern anyOf(List<String> regexes) {
        List<String> words = new java.util.ArrayList<>();
        List<String> parts = new java.util.ArrayList<>();
        for (String r : regexes) {
            (PLAIN_WORD.matcher(r).matches() ? words : parts).add(r);
        }
        if (!words.isEmpty()) {
            parts.add(0, alternation(words));
        }
        return LeadCharPattern.compile(parts.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")));
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}]+");
}
