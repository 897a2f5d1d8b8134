package org.luoshi.normalize;

import org.luoshi.model.StrippedText;
import org.luoshi.nlp.LeadCharPattern;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes web residue (breadcrumbs, counters, header and copyright lines, stray markup, lost indentation) by
 * the rules in {@code web-residue.rules}. Line rules see the Simplified form of the line, so a rule written once
 * matches Traditional pages too; only short lines are dropped whole, so body paragraphs are never lost.
 */
final class WebResidueStripper {
    static final int LINE_RULE_MAX_CHARS = 300;
    private static final String RULES = "web-residue.rules";

    private record Rule(String kind, String name, LeadCharPattern pattern) {
    }

    private final List<Rule> rules;

    WebResidueStripper() {
        this.rules = load();
    }

    record Result(MappedText text, List<StrippedText> stripped) {
    }

    Result strip(MappedText in) {
        String raw = in.toString();
        String simplified = ScriptConverter.get().toSimplified(raw);
        MappedText out = new MappedText(in.length());
        List<StrippedText> stripped = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < raw.length()) {
            int nl = raw.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? raw.length() : nl;
            int next = nl < 0 ? raw.length() : nl + 1;
            String line = simplified.substring(lineStart, lineEnd);
            Rule dropping = lineRuleFor(line);
            if (dropping != null) {
                stripped.add(new StrippedText(dropping.name(), raw.substring(lineStart, lineEnd).strip(), in.origin(lineStart)));
            } else {
                boolean[] delete = new boolean[line.length()];
                for (Rule r : rules) {
                    if (r.kind().equals("line")) {
                        continue;
                    }
                    LeadCharPattern.Finder m = r.pattern().matcher(line);
                    while (m.find()) {
                        if (m.end() == m.start() || (r.kind().equals("lead") && m.start() != 0)) {
                            if (r.kind().equals("lead")) {
                                break;
                            }
                            continue;
                        }
                        stripped.add(new StrippedText(r.name(), raw.substring(lineStart + m.start(), lineStart + m.end()),
                                in.origin(lineStart + m.start())));
                        for (int k = m.start(); k < m.end(); k++) {
                            delete[k] = true;
                        }
                    }
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
            lineStart = next;
        }
        return new Result(out, stripped);
    }

    private Rule lineRuleFor(String line) {
        if (line.strip().length() > LINE_RULE_MAX_CHARS) {
            return null;
        }
        for (Rule r : rules) {
            if (r.kind().equals("line") && r.pattern().matcher(line).find()) {
                return r;
            }
        }
        return null;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : ResourceLines.read(WebResidueStripper.class, RULES)) {
            String[] f = line.split("\t", 3);
            if (f.length != 3 || !List.of("line", "inline", "lead").contains(f[0])) {
                throw new IllegalStateException(RULES + ": bad rule line: " + line);
            }
            rules.add(new Rule(f[0], f[1], LeadCharPattern.compile(f[2])));
        }
        return rules;
    }
}
