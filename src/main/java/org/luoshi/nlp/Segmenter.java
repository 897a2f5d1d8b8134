package org.luoshi.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * HanLP word segmentation with character offsets. In index mode HanLP also yields the shorter words inside a
 * long one ({@code 安全生产} → 安全生产, 安全, 生产), which a search index wants for recall. Thread-safe: each
 * thread gets its own HanLP segment.
 */
public final class Segmenter {
    /** A word of the text at [start, end). */
    public record Token(String word, int start, int end) {
    }

    private final ThreadLocal<Segment> segment;

    private Segmenter(boolean indexMode) {
        this.segment = ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true).enableIndexMode(indexMode));
    }

    public static Segmenter indexMode() {
        return new Segmenter(true);
    }

    public static Segmenter standard() {
        return new Segmenter(false);
    }

    /** Tokens in order of start, longer first at the same start; white space and punctuation left out. */
    public List<Token> segment(String text) {
        List<Token> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (Term t : segment.get().seg(text)) {
            if (!hasLetterOrDigit(t.word) || t.offset < 0 || t.offset + t.word.length() > text.length()) {
                continue;
            }
            out.add(new Token(t.word, t.offset, t.offset + t.word.length()));
        }
        out.sort(Comparator.comparingInt(Token::start).thenComparing(Comparator.comparingInt(Token::end).reversed()));
        return out;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
