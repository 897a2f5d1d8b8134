package org.luoshi.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.luoshi.nlp.ScriptConverter;

import java.io.IOException;

/** Folds each token's Traditional characters to Simplified, so 隱患 and 隐患 index and match alike. */
public final class SimplifiedFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public SimplifiedFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buf[i] = ScriptConverter.get().toSimplified(buf[i]);
        }
        return true;
    }
}
