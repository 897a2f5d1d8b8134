package org.luoshi.extract;

import org.luoshi.nlp.ChineseChars;
import org.luoshi.nlp.Lexicon;
import org.luoshi.nlp.PersonNames;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Personal names in one document (ANNOTATION.md, Officials): 2–4 Han characters counted in code points
 * ({@code 蔡𠮷平} is three, its second outside the BMP) that start with a surname ({@code surnames.txt}) and end where a
 * word that follows names begins ({@code name-stops.txt}). A name whose last character is itself such a word
 * ({@code 鲍德和}, {@code 郑永和}) keeps it when the document writes that longer name elsewhere, or here, before
 * punctuation or a verb of speaking; otherwise the character is the word ({@code 何成与各乡镇签订} → 何成). Offsets are
 * UTF-16 indexes. One instance per text; not thread-safe.
 */
final class PersonNameFinder {
    private static final Set<String> SURNAMES = surnames();
    private static final List<String> STOPS = Lexicons.lines("name-stops.txt");
    private static final int COMMON_WORD = 20;
    /** Before a word that follows names the shape nearly suffices: only a very common word (单位, 安全) needs more. */
    private static final int VERY_COMMON_WORD = 100;
    /** Function words that also end given names (郑永和, 李为): only these may be taken into a name. */
    private static final String NAME_ENDINGS = "和为同";
    /** What may stand right before a name whose post follows it: a function word, or no Han character at all. */
    private static final String BEFORE_NAME = "了和与及由请在对向是的据经将把被让使为等同";
    private static final List<String> SPEAKING_VERBS = List.of("指出", "强调", "要求", "表示", "主持", "出席", "讲话", "在会上");

    private final String text;

    PersonNameFinder(String text) {
        this.text = text;
    }

    /** The name that starts at {@code at}, or null. */
    String nameAt(int at) {
        int end = at;
        for (int len = 1; len <= 4 && end < text.length(); len++) {
            end = text.offsetByCodePoints(end, 1);
            if (len < 2) {
                continue;
            }
            String cand = text.substring(at, end);
            if (!isNameShape(cand)) {
                return null;
            }
            String stop = stopAt(end);
            if (stop != null) {
                if (NAME_ENDINGS.indexOf(stop) >= 0 && len < 4 && keepsFunctionChar(cand + stop, end + 1)) {
                    continue;
                }
                return plausibleName(cand, end, VERY_COMMON_WORD) ? cand : null;
            }
            // Before punctuation the name must also read as one.
            if (end == text.length() || !ChineseChars.isHanCodePoint(text.codePointAt(end))) {
                return plausibleName(cand, end, COMMON_WORD) ? cand : null;
            }
        }
        for (int len = 3; len >= 2; len--) {
            int e = codePointsAfter(at, len);
            if (e < 0) {
                continue;
            }
            String cand = text.substring(at, e);
            if (isNameShape(cand) && PersonNames.isPersonName(cand, text.substring(e, Math.min(text.length(), e + 4)))) {
                return cand;
            }
        }
        return null;
    }

    /** Whether a word that follows names begins at {@code at}. */
    boolean isStop(int at) {
        return stopAt(at) != null;
    }

    private String stopAt(int at) {
        for (String w : STOPS) {
            if (text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether a name ending in a one-character function word ({@code 鲍德和}) is the name: written elsewhere, or here
     * ({@code end} is where it ends), before punctuation or a longer word that follows names.
     */
    private boolean keepsFunctionChar(String longer, int end) {
        if (!isNameShape(longer)) {
            return false;
        }
        for (int i = text.indexOf(longer); i >= 0; i = text.indexOf(longer, i + 1)) {
            if (closesName(i + longer.length())) {
                return true;
            }
        }
        return closesName(end) && PersonNames.isPersonName(longer, text.substring(end, Math.min(text.length(), end + 4)));
    }

    /** Whether a name may end before {@code at}: punctuation, the end, or a verb of speaking. */
    private boolean closesName(int at) {
        if (at >= text.length() || !ChineseChars.isHanCodePoint(text.codePointAt(at))) {
            return true;
        }
        return SPEAKING_VERBS.stream().anyMatch(v -> text.startsWith(v, at));
    }

    /** Whether a name may start at {@code at}: after no Han character, or after a function word. */
    boolean startsName(int at) {
        if (at == 0) {
            return true;
        }
        int before = text.codePointBefore(at);
        return !ChineseChars.isHanCodePoint(before) || BEFORE_NAME.indexOf(before) >= 0;
    }

    /** Whether {@code name} is written at another place than {@code except} before a verb of speaking or 、/，. */
    boolean namedElsewhere(String name, int except) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            int end = i + name.length();
            if (i != except && startsName(i) && closesName(end)) {
                return true;
            }
        }
        return false;
    }

    /** The UTF-16 index {@code n} code points before {@code at}, or -1. */
    int codePointsBefore(int at, int n) {
        int i = at;
        for (int k = 0; k < n; k++) {
            if (i <= 0) {
                return -1;
            }
            i = text.offsetByCodePoints(i, -1);
        }
        return i;
    }

    private int codePointsAfter(int at, int n) {
        int i = at;
        for (int k = 0; k < n; k++) {
            if (i >= text.length()) {
                return -1;
            }
            i = text.offsetByCodePoints(i, 1);
        }
        return i;
    }

    /**
     * A candidate whose first two characters make a word at least {@code common} frequent in HanLP's dictionary
     * (关怀牵挂, 高度重视) is a name only when HanLP also reads it as a person's name; otherwise it is taken at its shape.
     */
    private boolean plausibleName(String cand, int end, int common) {
        String head = cand.substring(0, cand.offsetByCodePoints(0, 2));
        boolean wordy = Lexicon.get().isWord(head) && Lexicon.get().frequency(head) >= common;
        if (!wordy) {
            return true;
        }
        for (int i = text.indexOf(cand); i >= 0; i = text.indexOf(cand, i + 1)) {
            for (String verb : SPEAKING_VERBS) {
                if (text.startsWith(verb, i + cand.length())) {
                    return true;
                }
            }
        }
        return PersonNames.isPersonName(cand, text.substring(end, Math.min(text.length(), end + 4)));
    }

    /** 2–4 Han characters (code points) starting with a surname. */
    static boolean isNameShape(String s) {
        int n = s.codePointCount(0, s.length());
        if (n < 2 || n > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            if (!ChineseChars.isHanCodePoint(s.codePointAt(i))) {
                return false;
            }
        }
        return SURNAMES.contains(s.substring(0, s.offsetByCodePoints(0, 1)))
                || (n > 2 && SURNAMES.contains(s.substring(0, s.offsetByCodePoints(0, 2))));
    }

    static boolean isSurname(String s) {
        return SURNAMES.contains(s);
    }

    private static Set<String> surnames() {
        Set<String> out = new HashSet<>();
        for (String line : Lexicons.lines("surnames.txt")) {
            line.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        }
        out.addAll(List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐"));
        return out;
    }
}
