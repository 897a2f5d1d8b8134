package org.luoshi.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens, offsets and position increments of the two analyzers on seed sentences and on random text. */
class AnalyzersTest {
    record Tok(String term, int start, int end, int posInc) {
    }

    static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(t.toString(), o.startOffset(), o.endOffset(), p.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }

    @Test
    void wordsOfASeedSentenceWithOffsets() throws IOException {
        String s = "要立即开展安全大检查，把危险化学品安全管理作为重中之重。";
        List<Tok> toks = tokens(Analyzers.words(), s);
        List<String> terms = toks.stream().map(Tok::term).toList();
        assertTrue(terms.containsAll(List.of("立即", "开展", "安全", "检查", "危险", "化学品")), terms.toString());
        for (Tok t : toks) {
            assertEquals(t.term(), s.substring(t.start(), t.end()), "offsets point at the word");
        }
        assertEquals(1, toks.get(0).posInc());
        assertTrue(toks.stream().noneMatch(t -> t.term().equals("，")), "no punctuation tokens");
    }

    @Test
    void wordsInsideALongerWordShareItsPosition() throws IOException {
        List<Tok> toks = tokens(Analyzers.words(), "安全生产责任制");
        assertTrue(toks.stream().anyMatch(t -> t.posInc() == 0), toks.toString());
    }

    @Test
    void traditionalFoldsToSimplified() throws IOException {
        List<String> trad = tokens(Analyzers.words(), "隱患排查治理").stream().map(Tok::term).toList();
        List<String> simp = tokens(Analyzers.words(), "隐患排查治理").stream().map(Tok::term).toList();
        assertEquals(simp, trad);
        assertEquals(tokens(Analyzers.bigrams(), "隐患排查").stream().map(Tok::term).toList(),
                tokens(Analyzers.bigrams(), "隱患排查").stream().map(Tok::term).toList());
    }

    @Test
    void bigramsCoverNamesTheDictionaryLacks() throws IOException {
        assertEquals(List.of("景文", "文新"), tokens(Analyzers.bigrams(), "景文新").stream().map(Tok::term).toList());
    }

    @Test
    void wholeTextsAreSingleFoldedCharactersAndWholeLatinWords() throws IOException {
        assertEquals(List.of("隐", "患", "排", "查", "2013", "gb"), tokens(Analyzers.characters(), "隱患排查2013年GB").stream()
                .map(Tok::term).filter(t -> !t.equals("年")).toList());
    }

    @Test
    void randomTextNeverBreaksTheTokenizer() throws IOException {
        Random r = new Random(5);
        String alphabet = "安全生产隐患排查要求，。！？ ABCabc123\n县委书记景文新（）“”";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(60); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            for (Analyzer a : List.of(Analyzers.words(), Analyzers.bigrams())) {
                for (Tok t : tokens(a, s)) {
                    assertTrue(t.start() >= 0 && t.end() <= s.length() && t.start() < t.end(), s + " -> " + t);
                }
            }
        }
    }
}
