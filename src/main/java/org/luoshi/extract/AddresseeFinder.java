package org.luoshi.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a directive tells to act, as written: the subject right before the deontic marker when it ends in
 * an addressee head ({@code 各级各部门要}, {@code 安监部门要}, {@code 各级党政“一把手”要}); empty when implicit.
 */
final class AddresseeFinder {
    private static final String HEADS = Lexicons.alternation(Lexicons.lines("addressee-heads.txt"));
    private static final Pattern SUBJECT = Pattern.compile("([^，。；：、（）\\s]{0,14}(?:(?:、|和)[^，。；：、（）\\s]{1,14})*(?:" + HEADS + "))(都|也|均)?$");

    List<String> find(String sentence, int markerAt) {
        List<String> out = new ArrayList<>();
        if (markerAt <= 0) {
            return out;
        }
        String before = sentence.substring(0, markerAt);
        int clauseStart = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf('：')), before.lastIndexOf('；')) + 1;
        String clause = before.substring(clauseStart);
        Matcher m = SUBJECT.matcher(clause);
        if (m.find()) {
            String subject = m.group(1).replaceFirst("^(同时|特别是|尤其是|其中)", "");
            if (subject.length() >= 2) {
                out.add(subject);
            }
        }
        return out;
    }
}
