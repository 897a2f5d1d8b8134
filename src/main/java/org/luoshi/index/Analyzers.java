package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.luoshi.nlp.Segmenter;

import java.util.Map;

/**
 * The analyzers of the index: words by HanLP (index mode, Traditional folded) for the {@code text} fields,
 * character bigrams (StandardTokenizer → Simplified folding → CJKBigramFilter) for the {@code *_bigram} fields,
 * so names and phrases HanLP does not know still match, and single characters for whole document texts, searched
 * as phrases. Index and queries use the same analyzers.
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** HanLP words, lower-cased. */
    public static Analyzer words() {
        Segmenter segmenter = Segmenter.indexMode();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HanLPTokenizer(segmenter);
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Overlapping character bigrams of Han text (single characters where a run has only one). */
    public static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new SimplifiedFoldingFilter(source);
                s = new CJKBigramFilter(s, CJKBigramFilter.HAN, false);
                return new TokenStreamComponents(source, new LowerCaseFilter(s));
            }
        };
    }

    /**
     * Single Han characters (and whole Latin words and numbers), Simplified-folded: the analysis of whole document
     * texts, where a query is a phrase of characters. Indexing a text this way costs a quarter less than bigrams
     * (a few thousand distinct terms instead of a million), and any substring can be found, one character included.
     */
    public static Analyzer characters() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new SimplifiedFoldingFilter(source)));
            }
        };
    }

    /** Per-field analysis of the index schema. */
    public static Analyzer perField() {
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(words(), Map.of(Fields.TEXT_BIGRAM, bigrams, Fields.TITLE_BIGRAM, bigrams,
                Fields.DOC_TEXT, characters(), Fields.TEXT_CHAR, characters()));
    }
}
