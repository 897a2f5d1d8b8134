package org.luoshi.nlp;

/**
 * The characters a match of a regex can start with, read from the regex text: a superset, or null when it cannot be
 * told. Understood: literal characters, {@code \Q…\E}, {@code \x{…}}, {@code \d}, {@code \s}, other escaped
 * punctuation, classes of characters and ranges ({@code [^…]}, nested classes and {@code \p{…}} give up), groups of
 * any kind with alternatives, zero-width lookarounds and anchors (skipped: they consume nothing), and quantifiers (an
 * optional first item adds what follows it). Anything else ({@code .}, {@code \p{…}}, {@code \w}, back references,
 * flags, a regex that can match the empty string) gives null.
 */
final class LeadChars {
    private final String re;
    private int pos;
    /** Length of the \Q…\E string just read (0 after any other item), for quantifier(). */
    private int lastQuotedLength;

    private LeadChars(String re) {
        this.re = re;
    }

    /** One bit per char value (1,024 longs), or null when any character may start a match. */
    static long[] of(String regex) {
        try {
            LeadChars p = new LeadChars(regex);
            Result r = p.alternatives();
            if (p.pos != regex.length() || r.set == null || r.canBeEmpty) {
                return null;
            }
            return r.set;
        } catch (RuntimeException e) {
            return null; // a construct this reader does not know: no index, the regex is scanned as usual
        }
    }

    /** What an expression can start with, and whether it can match without consuming a character. */
    private record Result(long[] set, boolean canBeEmpty) {
        static Result empty() {
            return new Result(new long[1024], true);
        }

        static Result any() {
            return new Result(null, false);
        }
    }

    private Result alternatives() {
        Result r = sequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            Result next = sequence();
            r = new Result(union(r.set, next.set), r.canBeEmpty || next.canBeEmpty);
        }
        return r;
    }

    /** A sequence of items up to '|' or ')': the first item that must consume decides; optional ones add theirs. */
    private Result sequence() {
        long[] set = new long[1024];
        boolean open = true; // every item so far can be empty
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Result item = item();
            boolean optional = quantifier();
            if (open) {
                set = union(set, item.set);
                open = item.canBeEmpty || optional;
            }
        }
        return new Result(set, open);
    }

    private Result item() {
        char c = re.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return new Result(charClass(), false);
            case '^':
            case '$':
                pos++;
                return Result.empty();
            case '.':
                pos++;
                return Result.any();
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("dangling quantifier");
            default:
                pos++;
                return single(c);
        }
    }

    private Result group() {
        pos++; // (
        boolean zeroWidth = false;
        if (re.startsWith("?:", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            zeroWidth = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            zeroWidth = true;
        } else if (re.startsWith("?<", pos)) {
            pos = re.indexOf('>', pos) + 1; // named group
        } else if (re.startsWith("?", pos)) {
            throw new IllegalArgumentException("flags or other group");
        }
        if (zeroWidth) {
            skipToClose(); // what a lookaround tests does not matter here: it consumes nothing
            return Result.empty();
        }
        Result inner = alternatives();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        pos++;
        return inner;
    }

    /** Moves past the ')' that closes the group being read, over nested groups, classes and escapes. */
    private void skipToClose() {
        int depth = 0;
        boolean inClass = false;
        while (pos < re.length()) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                if (pos < re.length() && re.charAt(pos) == 'Q') {
                    int end = re.indexOf("\\E", pos);
                    pos = end < 0 ? re.length() : end + 2;
                } else {
                    pos++;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
        }
        throw new IllegalArgumentException("unclosed group");
    }

    private Result escape() {
        char e = re.charAt(pos + 1);
        if (e == 'Q') {
            int end = re.indexOf("\\E", pos + 2);
            String quoted = end < 0 ? re.substring(pos + 2) : re.substring(pos + 2, end);
            // \Q…\E is one literal string: only its first character can start; a quantifier after it applies to its
            // last character, which this reader does not model, so a quoted string of several characters followed
            // by a quantifier is refused in quantifier().
            pos = end < 0 ? re.length() : end + 2;
            if (quoted.isEmpty()) {
                return Result.empty();
            }
            lastQuotedLength = quoted.length();
            return single(quoted.charAt(0));
        }
        if (e == 'd' || e == 's') {
            pos += 2;
            long[] set = new long[1024];
            for (char c : (e == 'd' ? "0123456789" : " \t\n\u000B\f\r").toCharArray()) {
                add(set, c);
            }
            return new Result(set, false);
        }
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
            pos += 2;
            return Result.empty();
        }
        return single(escapedChar());
    }

    /** Consumes a quantifier after an item; true when it allows zero repetitions. */
    private boolean quantifier() {
        int quoted = lastQuotedLength;
        lastQuotedLength = 0;
        if (pos >= re.length()) {
            return false;
        }
        char q = re.charAt(pos);
        boolean optional;
        if (q == '?' || q == '*') {
            pos++;
            optional = true;
        } else if (q == '+') {
            pos++;
            optional = false;
        } else if (q == '{') {
            int end = re.indexOf('}', pos);
            String min = re.substring(pos + 1, end).split(",", -1)[0].strip();
            optional = Integer.parseInt(min) == 0;
            pos = end + 1;
        } else {
            return false;
        }
        if (quoted > 1) {
            throw new IllegalArgumentException("quantifier after a quoted string");
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return optional;
    }

    /** A class of characters and ranges; negated or nested classes and properties give up. */
    private long[] charClass() {
        pos++; // [
        if (re.charAt(pos) == '^') {
            throw new IllegalArgumentException("negated class");
        }
        long[] set = new long[1024];
        boolean first = true;
        while (re.charAt(pos) != ']' || first) {
            first = false;
            char lo = classChar();
            if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                pos++;
                char hi = classChar();
                for (int c = lo; c <= hi; c++) {
                    add(set, (char) c);
                }
            } else {
                add(set, lo);
            }
        }
        pos++; // ]
        return set;
    }

    private char classChar() {
        char c = re.charAt(pos);
        if (c == '[' || (c == '&' && re.charAt(pos + 1) == '&')) {
            throw new IllegalArgumentException("nested class");
        }
        if (c != '\\') {
            pos++;
            return c;
        }
        return escapedChar();
    }

    /** The one character an escape at {@code pos} stands for: {@code \x{…}}, {@code \n \t \r}, escaped punctuation. */
    private char escapedChar() {
        char e = re.charAt(pos + 1);
        if (e == 'x' && re.charAt(pos + 2) == '{') {
            int end = re.indexOf('}', pos);
            int cp = Integer.parseInt(re.substring(pos + 3, end), 16);
            pos = end + 1;
            return checkedChar(cp);
        }
        if (e == 'n' || e == 't' || e == 'r') {
            pos += 2;
            return e == 'n' ? '\n' : e == 't' ? '\t' : '\r';
        }
        if (!Character.isLetterOrDigit(e)) {
            pos += 2;
            return e;
        }
        throw new IllegalArgumentException("escape \\" + e);
    }

    private static char checkedChar(int cp) {
        if (cp > Character.MAX_VALUE) {
            throw new IllegalArgumentException("supplementary character");
        }
        return (char) cp;
    }

    private static Result single(char c) {
        long[] set = new long[1024];
        add(set, c);
        return new Result(set, false);
    }

    private static void add(long[] set, char c) {
        set[c >>> 6] |= 1L << c;
    }

    private static long[] union(long[] a, long[] b) {
        if (a == null || b == null) {
            return null;
        }
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] |= b[i];
        }
        return out;
    }
}
