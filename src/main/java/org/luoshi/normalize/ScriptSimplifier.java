package org.luoshi.normalize;

import org.luoshi.nlp.ScriptEvidence;
import org.luoshi.nlp.TraditionalConverter;

/**
 * Converts what is written in Traditional characters to Simplified (ANNOTATION.md, Normalization 6) and leaves
 * Simplified text as it is, character for character ({@code 李昇}, {@code 甯志刚} stay). Which is which is told by
 * {@link ScriptEvidence}: a document is Traditional when it has more Traditional-only than Simplified-only
 * characters. Mixed texts are decided line by line, the document's lean deciding where a line has no lean of its
 * own: in a Traditional document every line is converted except one with more Simplified evidence (an
 * untranslated footer keeps its {@code 甯}); in a Simplified document only a line with more Traditional evidence
 * and at least {@value #MIN_LINE_EVIDENCE} Traditional-only characters is (a quoted Traditional title), so a
 * stray variant or a name's {@code 昇} never starts a conversion. Length and line breaks are kept; the converter
 * with the gazetteer's names is built on the first Traditional line of the run.
 */
final class ScriptSimplifier {
    static final int MIN_LINE_EVIDENCE = 3;

    /**
     * @param text        the text, converted where Traditional
     * @param traditional whether some part of the text was judged Traditional (the quality record's flag)
     * @param leaning     whether the document as a whole leans Traditional
     */
    record Result(MappedText text, boolean traditional, boolean leaning) {
    }

    Result simplify(MappedText in) {
        String text = in.toString();
        ScriptEvidence.Count doc = ScriptEvidence.count(text, 0, text.length());
        if (doc.traditional() == 0) {
            return new Result(in, false, false);
        }
        boolean leaning = doc.leansTraditional();
        boolean any = false;
        char[] out = null;
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (isTraditional(ScriptEvidence.count(text, start, end), leaning, MIN_LINE_EVIDENCE)) {
                any = true;
                String converted = converter().convert(text.substring(start, end));
                if (out == null) {
                    out = text.toCharArray();
                }
                converted.getChars(0, converted.length(), out, start);
            }
            start = end + 1;
        }
        return new Result(out == null ? in : withText(in, out), any, leaning);
    }

    /**
     * A short piece of the input (an outlet's name from a stripped line), converted as a line would be, except
     * that in a Simplified document more Traditional than Simplified evidence is enough: a name has few characters.
     */
    String simplify(String piece, boolean documentLeaning) {
        return isTraditional(ScriptEvidence.count(piece, 0, piece.length()), documentLeaning, 1)
                ? converter().convert(piece) : piece;
    }

    private static boolean isTraditional(ScriptEvidence.Count line, boolean documentLeaning, int minEvidence) {
        return documentLeaning
                ? line.simplified() <= line.traditional()
                : line.leansTraditional() && line.traditional() >= minEvidence;
    }

    /** The mapped text with its characters replaced one for one. */
    private static MappedText withText(MappedText in, char[] chars) {
        MappedText out = new MappedText(in.length());
        for (int i = 0; i < in.length(); i++) {
            out.append(chars[i], in.origin(i), in.mark(i));
        }
        return out;
    }

    private static TraditionalConverter converter() {
        return Shared.CONVERTER;
    }

    /** Built on first use: loading the gazetteer's names costs a Simplified-only run nothing. */
    private static final class Shared {
        static final TraditionalConverter CONVERTER = new TraditionalConverter(GazetteerNames.load());
    }
}
