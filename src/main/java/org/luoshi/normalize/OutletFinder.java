package org.luoshi.normalize;

import org.luoshi.model.StrippedText;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publishing outlet a page names (the quality record's {@code outlet}, region evidence by ANNOTATION.md
 * "Document fields"), by the rules of {@code outlets.rules}: a {@code 来源：石狮日报} header read before it was
 * stripped, else a lead {@code 云上英山讯（记者…）} / {@code 央视网消息：} / {@code 据X报道} at the start of one of
 * the first {@value #LEAD_LINES} lines of the normalized text, else the name in a dateline
 * ({@code 石狮日报 2026-02-28 14:46}). Generic words ({@code 本报讯}) name none. Stateless after construction.
 */
final class OutletFinder {
    static final int LEAD_LINES = 3;
    private static final String RULES = "outlets.rules";
    /** The stripping rules (web-residue.rules) whose lines can name the outlet. */
    private static final Set<String> HEADER_RULES = Set.of("header", "site-header", "dateline");

    private final List<Pattern> source = new ArrayList<>();
    private final List<Pattern> lead = new ArrayList<>();
    private final List<Pattern> dateline = new ArrayList<>();
    private final Set<String> generic = new HashSet<>();

    /** @throws IllegalStateException when {@code outlets.rules} has a line it cannot read */
    OutletFinder() {
        for (String line : ResourceLines.read(OutletFinder.class, RULES)) {
            String[] f = line.split("\t", 2);
            List<Pattern> kind = switch (f[0]) {
                case "source" -> source;
                case "lead" -> lead;
                case "dateline" -> dateline;
                case "generic" -> null;
                default -> throw new IllegalStateException(RULES + ": bad rule line: " + line);
            };
            if (f.length != 2) {
                throw new IllegalStateException(RULES + ": bad rule line: " + line);
            }
            if (kind == null) {
                generic.addAll(List.of(f[1].split(" ")));
            } else {
                kind.add(Pattern.compile(f[1]));
            }
        }
    }

    /**
     * @param stripped what residue stripping removed, in the script of the input
     * @param text     the normalized (Simplified) text
     * @param simplify gives the Simplified form of a piece of the input, as the document was converted
     * @return the outlet's name in Simplified characters, or null when the page names none
     */
    String find(List<StrippedText> stripped, String text, UnaryOperator<String> simplify) {
        String found = inStripped(stripped, source, simplify);
        if (found == null) {
            found = inLead(text);
        }
        if (found == null) {
            found = inStripped(stripped.stream().filter(s -> s.rule().equals("dateline")).toList(), dateline, simplify);
        }
        return found;
    }

    private String inStripped(List<StrippedText> stripped, List<Pattern> patterns, UnaryOperator<String> simplify) {
        for (StrippedText s : stripped) {
            if (!HEADER_RULES.contains(s.rule())) {
                continue;
            }
            String folded = ScriptConverter.get().toSimplified(s.text());
            for (Pattern p : patterns) {
                Matcher m = p.matcher(folded);
                if (m.find() && !generic.contains(m.group("outlet"))) {
                    return simplify.apply(s.text().substring(m.start("outlet"), m.end("outlet")));
                }
            }
        }
        return null;
    }

    private String inLead(String text) {
        int start = 0;
        for (int seen = 0; seen < LEAD_LINES && start < text.length(); ) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                seen++;
                for (Pattern p : lead) {
                    Matcher m = p.matcher(line);
                    if (m.find() && !generic.contains(m.group("outlet"))) {
                        return m.group("outlet");
                    }
                }
            }
            start = end + 1;
        }
        return null;
    }
}
