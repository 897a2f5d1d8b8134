package org.luoshi.normalize;

import org.luoshi.nlp.ChineseChars;
import org.luoshi.nlp.Lexicon;
import org.luoshi.nlp.ScriptConverter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Finds runs of mojibake made by decoding GBK bytes one byte out of step ({@code 把杆佟本褪且⒓磫}) and reads
 * them again in step. A run is a stretch of Han characters that form no dictionary words with each other,
 * several of them rare, possibly with {@code ?} and stray letters where the misaligned decode failed. The run is
 * re-encoded as GBK (a {@code ?} standing for two unknown bytes, an ASCII letter for its full-width form), a lead
 * byte is put in front, and the bytes are decoded again; the repair is kept when the new text forms clearly more
 * words. Characters of a repaired run that still form no word, and runs that cannot be repaired, stay marked as
 * damaged.
 */
final class ShiftedGbkRepairer {
    private static final int MIN_SUSPECT_HAN = 3;
    private static final double MIN_GAIN = 0.3;
    /** A character of a repaired run that forms no word still counts as read when it is this common on its own. */
    private static final int COMMON_SINGLE_WORD = 100;
    private static final byte UNKNOWN = (byte) 0xFF;
    private static final byte[] LEADS = {(byte) 0xA1, (byte) 0xA3};

    record Result(MappedText text, int runsRepaired) {
    }

    Result repair(MappedText in) {
        String s = in.toString();
        if (!mayHoldMojibake(s)) {
            return new Result(in, 0);
        }
        String simplified = ScriptConverter.get().toSimplified(s);
        boolean[] covered = Lexicon.get().multiCharWordCoverage(simplified);
        MappedText out = new MappedText(in.length());
        int repaired = 0;
        int i = 0;
        while (i < s.length()) {
            int end = runEnd(s, simplified, covered, i);
            if (end < 0) {
                out.copy(in, i);
                i++;
                continue;
            }
            String run = s.substring(i, end);
            String reread = reread(run);
            double before = Lexicon.get().coverage(ScriptConverter.get().toSimplified(run));
            double after = reread == null ? 0 : Lexicon.get().coverage(ScriptConverter.get().toSimplified(reread));
            if (reread != null && after >= before + MIN_GAIN) {
                appendRepaired(out, in, i, end, reread);
                repaired++;
            } else if (clearlyGarbled(simplified.substring(i, end))) {
                for (int k = i; k < end; k++) {
                    out.append(in.charAt(k), in.origin(k), MappedText.SHIFTED);
                }
            } else {
                out.copy(in, i, end);
            }
            i = end;
        }
        return new Result(out, repaired);
    }

    /**
     * A one-byte-shifted GBK run reads as characters outside the 3,755 common ones (or stray symbols) at a rate
     * real text never has; a text with fewer than three such characters has no run worth the dictionary pass.
     */
    private static boolean mayHoldMojibake(String s) {
        int odd = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((ChineseChars.isHan(c) && !Lexicon.isCommonChar(ScriptConverter.get().toSimplified(c))) || isOddSymbol(c)) {
                if (++odd >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** End of a suspect run starting at {@code start}, or -1 when none starts there. */
    private static int runEnd(String s, String simplified, boolean[] covered, int start) {
        if (!isSuspectHan(s, simplified, covered, start)) {
            return -1;
        }
        int suspects = 0;
        int last = start;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSuspectHan(s, simplified, covered, i)) {
                suspects++;
                last = i;
            } else if (!(isStray(c) && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        return suspects >= MIN_SUSPECT_HAN ? last + 1 : -1;
    }

    private static boolean isSuspectHan(String s, String simplified, boolean[] covered, int i) {
        char c = s.charAt(i);
        return (ChineseChars.isHan(c) || isOddSymbol(c)) && !covered[i] && !Character.isWhitespace(c);
    }

    /** Characters a misaligned decode leaves inside a run: '?', single ASCII letters, kana, enclosed numbers. */
    private static boolean isStray(char c) {
        return c == '?' || (c < 0x80 && Character.isLetter(c)) || isOddSymbol(c);
    }

    private static boolean isOddSymbol(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u2460' && c <= '\u24FF') || c == '〗' || c == '〖'
                || (c >= '\u0391' && c <= '\u03C9') || (c >= '\u0410' && c <= '\u044F');
    }

    /** A run so unlike text that it is reported even when no repair helps: no words and mostly rare characters. */
    private static boolean clearlyGarbled(String simplifiedRun) {
        int han = 0;
        int rare = 0;
        for (int k = 0; k < simplifiedRun.length(); k++) {
            char c = simplifiedRun.charAt(k);
            if (ChineseChars.isHan(c)) {
                han++;
                if (!Lexicon.isCommonChar(c)) {
                    rare++;
                }
            }
        }
        return han >= 4 && rare >= 2 && rare * 5 >= han * 2 && Lexicon.get().coverage(simplifiedRun) == 0;
    }

    /** The run decoded again one byte out of step, or null when it cannot have come from GBK bytes. */
    static String reread(String run) {
        byte[] bytes = toGbkBytes(run);
        if (bytes == null) {
            return null;
        }
        String best = null;
        double bestScore = -1;
        for (byte lead : LEADS) {
            byte[] shifted = new byte[bytes.length + 1];
            shifted[0] = lead;
            System.arraycopy(bytes, 0, shifted, 1, bytes.length);
            String text = decodePairs(shifted);
            double score = Lexicon.get().coverage(ScriptConverter.get().toSimplified(text));
            if (score > bestScore) {
                bestScore = score;
                best = text;
            }
        }
        return best;
    }

    private static byte[] toGbkBytes(String run) {
        CharsetEncoder enc = TextDecoder.GB18030.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer out = ByteBuffer.allocate(run.length() * 4 + 4);
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '?') {
                out.put(UNKNOWN).put(UNKNOWN);
                continue;
            }
            char e = c < 0x80 && Character.isLetterOrDigit(c) ? (char) (c + 0xFEE0) : c;
            try {
                ByteBuffer b = enc.encode(CharBuffer.wrap(String.valueOf(e)));
                if (b.remaining() != 2) {
                    return null; // not a GBK double-byte character: this run did not come from GBK
                }
                out.put(b);
            } catch (CharacterCodingException ex) {
                return null;
            }
        }
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }

    /** Decodes byte pairs; a pair that is not a GBK character (or holds unknown bytes) becomes '?'. */
    private static String decodePairs(byte[] b) {
        CharsetDecoder dec = TextDecoder.GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == UNKNOWN || b[i + 1] == UNKNOWN) {
                sb.append('?');
                continue;
            }
            try {
                CharBuffer c = dec.decode(ByteBuffer.wrap(b, i, 2));
                char ch = c.length() == 1 ? c.charAt(0) : '?';
                sb.append(ch >= '\uE000' && ch <= '\uF8FF' ? '?' : ch);
            } catch (CharacterCodingException ex) {
                sb.append('?');
            }
        }
        if (b.length % 2 == 1) {
            sb.append('?');
        }
        return sb.toString();
    }

    private static void appendRepaired(MappedText out, MappedText in, int start, int end, String reread) {
        String simplified = ScriptConverter.get().toSimplified(reread);
        boolean[] covered = Lexicon.get().multiCharWordCoverage(simplified);
        int from = out.length();
        out.replace(in, start, end, reread, MappedText.SHIFTED_REPAIRED);
        for (int k = 0; k < reread.length(); k++) {
            char c = reread.charAt(k);
            boolean aloneAndRare = ChineseChars.isHan(c) && !covered[k]
                    && Lexicon.get().frequency(String.valueOf(simplified.charAt(k))) < COMMON_SINGLE_WORD;
            if (c == '?' || aloneAndRare) {
                out.setMark(from + k, MappedText.SHIFTED);
            }
        }
    }
}
