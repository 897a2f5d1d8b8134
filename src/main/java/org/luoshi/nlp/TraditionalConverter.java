package org.luoshi.nlp;

import com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary;
import org.luoshi.resources.ResourceLines;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Traditional → Simplified conversion of a text already judged Traditional (see {@link ScriptEvidence}), phrase
 * by phrase as OpenCC's tables do it, and always of the same length as its input so offsets map one to one.
 * <ol>
 * <li>HanLP's t2s dictionary (OpenCC's TSPhrases and TSCharacters), longest match first; an entry whose Simplified
 * form has another length than its Traditional key is skipped, so the shorter match or the character stays.</li>
 * <li>Kept words: words whose characters stay as written, looked up in the converted text by their converted
 * form through a trie. Place names of the gazetteer are kept words ({@code 乾安縣} converts to {@code 干安县}
 * and is restored to {@code 乾安县}, while {@code 乾燥} becomes {@code 干燥}), and so are their short forms
 * without the suffix ({@code 乾安發布} → {@code 乾安发布}) unless the converted short form is a word of the
 * lexicon ({@code 藉口} of {@code 藉口镇} converts to {@code 借口}); a name is restored only where the original has
 * the name's own character at each place the conversion changed ({@code 能幹縣長} stays {@code 能干县长}).</li>
 * <li>Variants (OpenCC's TWVariantsRev): a character HanLP's table leaves but Simplified writes otherwise,
 * {@code 著} → {@code 着} ({@code 圍繞著}, {@code 著力}), except inside kept words ({@code 著名}, {@code 顯著}).</li>
 * </ol>
 * Variants and the kept words of the language are data in {@code t2s-phrases.txt}; the place names are given to
 * the constructor. Instances are immutable and safe to share between threads.
 */
public final class TraditionalConverter {
    private static final String RULES = "t2s-phrases.txt";
    /** The suffix of a division's name that its short form goes without ({@code 乾安县} → {@code 乾安}). */
    private static final Pattern SUFFIX = Pattern.compile("(街道办事处|街道|自治县|自治旗|县|区|市|旗|镇|乡)$");

    private final Map<Character, Character> variants = new HashMap<>();
    private final KeptWords kept = new KeptWords();

    /**
     * @param keptNames Simplified names (the gazetteer's) that must survive conversion; only those the
     *                  conversion would change are kept in memory
     * @throws IllegalStateException when {@code t2s-phrases.txt} has a line it cannot read
     */
    public TraditionalConverter(Collection<String> keptNames) {
        for (String line : ResourceLines.read(TraditionalConverter.class, RULES)) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[0].equals("variant") && f[1].length() == 1 && f[2].length() == 1) {
                variants.put(f[1].charAt(0), f[2].charAt(0));
            } else if (f.length == 2 && f[0].equals("keep")) {
                for (String w : f[1].split(" ")) {
                    if (!w.isEmpty()) {
                        kept.add(w, w);
                    }
                }
            } else {
                throw new IllegalStateException(RULES + ": bad line: " + line);
            }
        }
        for (String name : keptNames) {
            String converted = phrases(name);
            if (!converted.equals(name)) {
                kept.add(converted, name);
                String stem = SUFFIX.matcher(name).replaceFirst("");
                String convertedStem = phrases(stem);
                if (stem.length() >= 2 && !convertedStem.equals(stem) && !Lexicon.get().isWord(convertedStem)) {
                    kept.add(convertedStem, stem);
                }
            }
        }
    }

    /** The Simplified form of a Traditional text: same length, same line breaks. */
    public String convert(String text) {
        char[] out = phrases(text).toCharArray();
        BitSet protectedChars = kept.apply(text, out);
        for (int i = 0; i < out.length; i++) {
            Character to = variants.get(out[i]);
            if (to != null && out[i] == text.charAt(i) && !protectedChars.get(i)) {
                out[i] = to;
            }
        }
        return new String(out);
    }

    /** Step 1: HanLP's t2s dictionary, longest match of the same length in both scripts. */
    static String phrases(String text) {
        char[] in = text.toCharArray();
        String[] value = new String[in.length];
        TraditionalChineseDictionary.trie.parseText(in, (begin, end, v) -> {
            if (v.length() == end - begin && (value[begin] == null || v.length() > value[begin].length())) {
                value[begin] = v;
            }
        });
        char[] out = in.clone();
        for (int i = 0; i < in.length; ) {
            if (value[i] == null) {
                i++;
            } else {
                value[i].getChars(0, value[i].length(), out, i);
                i += value[i].length();
            }
        }
        return new String(out);
    }

    /** Words to keep, keyed by their converted form: a character trie entered only at possible first characters. */
    private static final class KeptWords {
        private final Node root = new Node();
        private final BitSet first = new BitSet(Character.MAX_VALUE + 1);

        private static final class Node {
            final Map<Character, Node> next = new HashMap<>(4);
            final List<String> words = new ArrayList<>(1);
        }

        void add(String key, String word) {
            Node n = root;
            for (int i = 0; i < key.length(); i++) {
                n = n.next.computeIfAbsent(key.charAt(i), c -> new Node());
            }
            if (!n.words.contains(word)) {
                n.words.add(word);
            }
            first.set(key.charAt(0));
        }

        /** Writes every kept word found in {@code out} over it; gives the positions the kept words cover. */
        BitSet apply(String original, char[] out) {
            char[] converted = out.clone();
            BitSet covered = new BitSet(out.length);
            for (int i = 0; i < converted.length; i++) {
                if (!first.get(converted[i])) {
                    continue;
                }
                Node n = root;
                for (int j = i; j < converted.length && (n = n.next.get(converted[j])) != null; j++) {
                    for (String w : n.words) {
                        if (agrees(original, converted, i, w)) {
                            w.getChars(0, w.length(), out, i);
                            covered.set(i, i + w.length());
                        }
                    }
                }
            }
            return covered;
        }

        /** Where the word differs from the converted text, the original must have the word's character. */
        private static boolean agrees(String original, char[] converted, int at, String word) {
            for (int k = 0; k < word.length(); k++) {
                char w = word.charAt(k);
                if (w != converted[at + k] && w != original.charAt(at + k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
