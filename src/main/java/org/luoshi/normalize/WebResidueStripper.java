package org.luoshi.normalize;

import org.luoshi.model.StrippedText;
import org.luoshi.nlp.LeadCharPattern;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Removes web residue (breadcrumbs, counters, header, dateline and copyright lines, share buttons, blocks of
 * related links, stray markup, lost indentation) by the rules in {@code web-residue.rules}. Line rules see the
 * Simplified form of the line, so a rule written once matches Traditional pages too; only short lines are dropped
 * whole, so body paragraphs are never lost. A {@code tail} rule (a heading such as {@code 相关阅读}) drops its line
 * and the link list after it: every following line that reads as a link's title (at most
 * {@value #TAIL_ITEM_MAX_CHARS} characters, no sentence end) or as other residue, up to the first line that
 * reads as prose. A line that inline rules leave blank is dropped with its line end. Each removal is recorded
 * with its rule's name and its text as in the input.
 */
final class WebResidueStripper {
    static final int LINE_RULE_MAX_CHARS = 300;
    static final int TAIL_ITEM_MAX_CHARS = 60;
    private static final String RULES = "web-residue.rules";
    private static final List<String> KINDS = List.of("line", "tail", "inline", "lead");

    /** @param anchored the regex opens with {@code ^}: it is tried at the line start only, all its alternatives */
    private record Rule(String kind, String name, LeadCharPattern pattern, boolean anchored) {
        boolean dropsLine() {
            return kind.equals("line") || kind.equals("tail");
        }
    }

    private final List<Rule> rules;
    /** The rules that drop whole lines, in file order. */
    private final List<Rule> lineRules;

    WebResidueStripper() {
        this.rules = load();
        this.lineRules = rules.stream().filter(Rule::dropsLine).toList();
    }

    record Result(MappedText text, List<StrippedText> stripped) {
    }

    Result strip(MappedText in) {
        String raw = in.toString();
        String simplified = ScriptConverter.get().toSimplified(raw);
        MappedText out = new MappedText(in.length());
        List<StrippedText> stripped = new ArrayList<>();
        Matcher[] atLineStart = new Matcher[lineRules.size()];
        Rule tail = null;
        int lineStart = 0;
        while (lineStart < raw.length()) {
            int nl = raw.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? raw.length() : nl;
            int next = nl < 0 ? raw.length() : nl + 1;
            String line = simplified.substring(lineStart, lineEnd);
            Rule dropping = lineRuleFor(line, atLineStart);
            if (dropping == null && tail != null) {
                if (line.isBlank()) {
                    lineStart = next;
                    continue;
                }
                if (isLinkTitle(line)) {
                    dropping = tail;
                } else {
                    tail = null;
                }
            }
            if (dropping != null) {
                if (dropping.kind().equals("tail")) {
                    tail = dropping;
                }
                stripped.add(new StrippedText(dropping.name(), raw.substring(lineStart, lineEnd).strip(), in.origin(lineStart)));
            } else {
                stripInline(in, line, lineStart, nl, out, stripped);
            }
            lineStart = next;
        }
        return new Result(out, stripped);
    }

    /** Copies one line (and its line end at {@code nl}, if any) without what the inline and lead rules match. */
    private void stripInline(MappedText in, String line, int lineStart, int nl, MappedText out, List<StrippedText> stripped) {
        boolean[] delete = new boolean[line.length()];
        boolean deleted = false;
        for (Rule r : rules) {
            if (r.dropsLine()) {
                continue;
            }
            boolean lead = r.kind().equals("lead");
            LeadCharPattern.Finder m = r.pattern().matcher(line);
            while (m.find()) {
                if (lead && m.start() != 0) {
                    break;
                }
                if (m.end() == m.start()) {
                    continue;
                }
                stripped.add(new StrippedText(r.name(), in.substring(lineStart + m.start(), lineStart + m.end()),
                        in.origin(lineStart + m.start())));
                for (int k = m.start(); k < m.end(); k++) {
                    delete[k] = true;
                }
                deleted = true;
            }
        }
        boolean blank = true;
        for (int k = 0; k < line.length() && blank; k++) {
            blank = delete[k] || Character.isWhitespace(line.charAt(k));
        }
        if (deleted && blank) {
            return;
        }
        for (int k = 0; k < line.length(); k++) {
            if (!delete[k]) {
                out.copy(in, lineStart + k);
            }
        }
        if (nl >= 0) {
            out.copy(in, nl);
        }
    }

    /** A line of a link list: short, and no sentence ends in it. */
    private static boolean isLinkTitle(String line) {
        String s = line.strip();
        return s.length() <= TAIL_ITEM_MAX_CHARS && s.indexOf('。') < 0 && s.indexOf('！') < 0 && s.indexOf('？') < 0;
    }

    /**
     * The first line rule found in the line, or null. An anchored rule is tried at the line start only, with a
     * matcher of {@code reusable} (one per rule, kept over the lines of a document).
     */
    private Rule lineRuleFor(String line, Matcher[] reusable) {
        if (line.strip().length() > LINE_RULE_MAX_CHARS) {
            return null;
        }
        for (int k = 0; k < lineRules.size(); k++) {
            Rule r = lineRules.get(k);
            boolean found;
            if (r.anchored()) {
                reusable[k] = reusable[k] == null ? r.pattern().pattern().matcher(line) : reusable[k].reset(line);
                found = reusable[k].lookingAt();
            } else {
                found = r.pattern().matcher(line).find();
            }
            if (found) {
                return r;
            }
        }
        return null;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : ResourceLines.read(WebResidueStripper.class, RULES)) {
            String[] f = line.split("\t", 3);
            if (f.length != 3 || !KINDS.contains(f[0])) {
                throw new IllegalStateException(RULES + ": bad rule line: " + line);
            }
            rules.add(new Rule(f[0], f[1], LeadCharPattern.compile(f[2]), f[2].startsWith("^")));
        }
        return rules;
    }
}
