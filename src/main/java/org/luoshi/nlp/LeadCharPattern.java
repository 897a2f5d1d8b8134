package org.luoshi.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with the set of characters its matches can start with. {@link Finder#find()} looks for such a character
 * with a table lookup and runs the regex, anchored there, only at those positions. java.util.regex tests a class of
 * scattered characters (the first characters of a lexicon) one member after another at every position of the
 * text, and a pattern opening with a lookbehind evaluates it at every position before its first letter; this does
 * neither. Matches are those of {@link Matcher#find()}: same starts, ends and groups; lookbehinds and lookaheads see
 * the whole text. When the first characters cannot be told from the regex ({@link LeadChars}), it is a plain scan.
 */
public final class LeadCharPattern {
    private final Pattern pattern;
    /** One bit per char value that can start a match; null when any can. */
    private final long[] lead;

    /** Declared words every match starts with, by their first character; null when none are declared. */
    private final java.util.Map<Character, String[]> heads;

    private LeadCharPattern(Pattern pattern, long[] lead, java.util.Map<Character, String[]> heads) {
        this.pattern = pattern;
        this.lead = lead;
        this.heads = heads;
    }

    public static LeadCharPattern compile(String regex) {
        return new LeadCharPattern(Pattern.compile(regex), LeadChars.of(regex), null);
    }

    /**
     * A pattern whose every match starts with one of {@code heads} (the caller declares them; a test should check the
     * declaration against the regex): the regex is run only where one of them begins, which spares the positions
     * where a frequent first character (国, 中) starts no head.
     *
     * The first characters are the heads' own, so this also serves a regex whose first characters cannot be told
     * from it (an alternative anchored with {@code ^}).
     *
     * @throws IllegalArgumentException when a head is empty
     */
    public static LeadCharPattern compile(String regex, java.util.List<String> heads) {
        long[] lead = new long[1024];
        java.util.Map<Character, java.util.List<String>> byFirst = new java.util.HashMap<>();
        for (String h : heads) {
            if (h.isEmpty()) {
                throw new IllegalArgumentException("an empty head word");
            }
            char c = h.charAt(0);
            lead[c >>> 6] |= 1L << c;
            byFirst.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(h);
        }
        java.util.Map<Character, String[]> out = new java.util.HashMap<>();
        byFirst.forEach((c, hs) -> out.put(c, hs.toArray(new String[0])));
        return new LeadCharPattern(Pattern.compile(regex), lead, out);
    }

    /** Whether one of the declared heads begins at {@code i} (true when none are declared). */
    private boolean headAt(CharSequence text, int i) {
        if (heads == null) {
            return true;
        }
        String[] hs = heads.get(text.charAt(i));
        if (hs == null) {
            return false;
        }
        for (String h : hs) {
            if (i + h.length() <= text.length()) {
                int k = 1;
                while (k < h.length() && text.charAt(i + k) == h.charAt(k)) {
                    k++;
                }
                if (k == h.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the first characters are known (else every position is tried, as by Matcher.find). */
    public boolean indexed() {
        return lead != null;
    }

    public Finder matcher(CharSequence text) {
        return new Finder(text);
    }

    /** The matches of the pattern in one text, in order, as {@link Matcher#find()} gives them. */
    public final class Finder {
        private final CharSequence text;
        private final Matcher m;
        private int next;
        private boolean matched;

        private Finder(CharSequence text) {
            this.text = text;
            this.m = pattern.matcher(text);
            if (lead != null) {
                m.useTransparentBounds(true).useAnchoringBounds(false);
            }
        }

        public boolean find() {
            if (lead == null) {
                matched = m.find();
                return matched;
            }
            int n = text.length();
            for (int i = next; i < n; i++) {
                char c = text.charAt(i);
                if ((lead[c >>> 6] & (1L << c)) != 0 && headAt(text, i)) {
                    m.region(i, n);
                    if (m.lookingAt()) {
                        next = m.end() == i ? i + 1 : m.end();
                        matched = true;
                        return true;
                    }
                }
            }
            next = n + 1;
            matched = false;
            return false;
        }

        /** The first match that starts at {@code from} or later (Matcher.find(int)). */
        public boolean find(int from) {
            if (from < 0 || from > text.length()) {
                throw new IndexOutOfBoundsException("from " + from);
            }
            if (lead == null) {
                matched = m.find(from);
                return matched;
            }
            next = from;
            return find();
        }

        /** Whether the pattern matches at the start of the text (Matcher.lookingAt). */
        public boolean lookingAt() {
            m.region(0, text.length());
            matched = m.lookingAt();
            next = matched ? Math.max(m.end(), 1) : text.length() + 1;
            return matched;
        }

        public int start() {
            check();
            return m.start();
        }

        public int start(int group) {
            check();
            return m.start(group);
        }

        public int end() {
            check();
            return m.end();
        }

        public int end(int group) {
            check();
            return m.end(group);
        }

        public String group() {
            check();
            return m.group();
        }

        public String group(int group) {
            check();
            return m.group(group);
        }

        public String group(String name) {
            check();
            return m.group(name);
        }

        private void check() {
            if (!matched) {
                throw new IllegalStateException("no match");
            }
        }
    }
}
