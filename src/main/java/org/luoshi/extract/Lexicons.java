package org.luoshi.extract;

import org.luoshi.resources.ResourceLines;

import java.util.Comparator;
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

    /** An alternation of the literal entries, longest first, so the longest entry wins at a position. */
    static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** An alternation of regex entries, each in a non-capturing group. */
    static Pattern anyOf(List<String> regexes) {
        return Pattern.compile(regexes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")));
    }
}
