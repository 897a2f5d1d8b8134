package org.luoshi.index;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.luoshi.nlp.ScriptConverter;
import org.luoshi.nlp.Segmenter;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * A Lucene 9 tokenizer over HanLP segmentation. The whole input is read, folded to Simplified (same length, so
 * offsets hold) and segmented; words inside a longer word (index mode) are stacked on its position with a
 * position increment of 0, so phrase queries still line up. Offsets are corrected through any char filter.
 */
public final class HanLPTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Segmenter segmenter;

    private Iterator<Segmenter.Token> tokens;
    private int lastEnd;
    private int length;

    public HanLPTokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (tokens == null) {
            String text = ScriptConverter.get().toSimplified(readAll());
            length = text.length();
            List<Segmenter.Token> all = segmenter.segment(text);
            tokens = all.iterator();
        }
        if (!tokens.hasNext()) {
            return false;
        }
        clearAttributes();
        Segmenter.Token t = tokens.next();
        term.setEmpty().append(t.word());
        offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
        if (t.start() >= lastEnd) {
            posInc.setPositionIncrement(1);
            lastEnd = t.end();
        } else {
            posInc.setPositionIncrement(0);
        }
        return true;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        int n;
        while ((n = input.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = null;
        lastEnd = 0;
        length = 0;
    }
}
