package org.luoshi.normalize;

import org.luoshi.nlp.ChineseChars;
import org.luoshi.nlp.Lexicon;
import org.luoshi.nlp.ScriptConverter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Detects the encoding of a document from its bytes and decodes it. A byte-order mark decides (UTF-8, UTF-16
 * LE/BE); otherwise strict decoders are tried and the legacy Chinese encodings (GB18030; Big5, or where plain
 * Big5 fails Big5 with the Hong Kong supplement, recorded as {@code Big5-HKSCS}) that decode without error are
 * scored by how much of the text forms dictionary words, after folding to Simplified. Bytes that no decoder
 * accepts, NUL bytes and control characters are errors, never a silent guess.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");
    /** Big5 with the Hong Kong supplement (HKSCS-2008: 啲, 㗎, 嘅), tried where plain Big5 fails. */
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    static final String HKSCS_NAME = "Big5-HKSCS";
    private static final int SCORE_SAMPLE = 4000;

    DecodedText decode(String source, byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(source, "空文件（empty file, 0 bytes）");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(source, new DecodedText(strict(source, bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8", true, false));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(source, new DecodedText(strict(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16", true, false));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(source, new DecodedText(strict(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16", true, false));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new UnreadableInputException(source, "二进制数据，不是文本文件（binary data: NUL byte at offset " + nul + "）");
        }
        String utf8 = tryStrict(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(source, new DecodedText(utf8, "UTF-8", false, false));
        }
        int cut = truncatedUtf8Tail(bytes);
        if (cut > 0) {
            String head = tryStrict(bytes, 0, bytes.length - cut, StandardCharsets.UTF_8);
            if (head != null) {
                return checked(source, new DecodedText(head, "UTF-8", false, true));
            }
        }
        String lenient = lenientUtf8(bytes);
        if (lenient != null) {
            return checked(source, new DecodedText(lenient, "UTF-8", false, false));
        }
        String gb = tryStrict(bytes, 0, bytes.length, GB18030);
        String big5Name = "Big5";
        String big5 = tryStrict(bytes, 0, bytes.length, BIG5);
        if (big5 == null) {
            big5Name = HKSCS_NAME;
            big5 = tryStrict(bytes, 0, bytes.length, BIG5_HKSCS);
        }
        if (gb == null && big5 == null) {
            throw new UnreadableInputException(source,
                    "无法按 UTF-8、UTF-16、GB18030、Big5 或 Big5-HKSCS 解码（not decodable: " + firstUtf8Error(bytes) + "）");
        }
        if (gb != null && big5 != null) {
            return checked(source, score(gb) >= score(big5)
                    ? new DecodedText(gb, "GB18030", false, false)
                    : new DecodedText(big5, big5Name, false, false));
        }
        return checked(source, gb != null ? new DecodedText(gb, "GB18030", false, false) : new DecodedText(big5, big5Name, false, false));
    }

    /** Rejects text that decoded but is not text: control characters beyond tab, newlines and form feed. */
    private static DecodedText checked(String source, DecodedText d) throws UnreadableInputException {
        String t = d.text();
        int controls = 0;
        int firstControl = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        if (controls > 0 && (controls > 8 || controls * 100 > t.length())) {
            throw new UnreadableInputException(source, String.format(Locale.ROOT,
                    "二进制数据，不是文本文件（binary data: %d control characters, the first at character %d）", controls, firstControl));
        }
        if (t.isBlank()) {
            throw new UnreadableInputException(source, "没有文字，只有空白（no text, only white space）");
        }
        return d;
    }

    /** Higher is more plausible: share of Han characters forming words, minus rare and private-use characters. */
    static double score(String text) {
        String sample = text.length() > SCORE_SAMPLE ? text.substring(0, SCORE_SAMPLE) : text;
        String simplified = ScriptConverter.get().toSimplified(sample);
        int odd = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if ((c >= '\uE000' && c <= '\uF8FF') || (c >= '\u3400' && c <= '\u4DBF') || c == '\uFFFD') {
                odd++;
            }
        }
        int han = Math.max(1, ChineseChars.countHan(sample));
        return Lexicon.get().coverage(simplified) - 2.0 * odd / han;
    }

    private static String strict(String source, byte[] b, int offset, Charset cs, String name) throws UnreadableInputException {
        String s = tryStrict(b, offset, b.length - offset, cs);
        if (s == null) {
            throw new UnreadableInputException(source, "有 " + name + " 字节顺序标记，但内容不是有效的 " + name + "（byte-order mark does not match the content）");
        }
        return s;
    }

    private static String tryStrict(byte[] b, int offset, int length, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, length));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 with a few invalid sequences (a flipped byte, a bad splice) decoded with U+FFFD in their place, which
     * normalization then reports as damaged; null when the invalid sequences are more than a trace.
     */
    private static String lenientUtf8(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        int bad = 0;
        int multibyte = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                bad++;
            } else if (c >= 0x80) {
                multibyte++;
            }
        }
        return bad > 0 && multibyte >= 20 && bad <= Math.max(4, multibyte / 200) ? s : null;
    }

    /** Number of bytes of an incomplete multi-byte UTF-8 sequence at the very end (0 when there is none). */
    static int truncatedUtf8Tail(byte[] b) {
        for (int back = 1; back <= 3 && back <= b.length; back++) {
            int v = b[b.length - back] & 0xFF;
            if ((v & 0xC0) == 0x80) {
                continue;
            }
            int need = (v & 0xE0) == 0xC0 ? 2 : (v & 0xF0) == 0xE0 ? 3 : (v & 0xF8) == 0xF0 ? 4 : 0;
            return need > back ? back : 0;
        }
        return 0;
    }

    private static String firstUtf8Error(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        return r.isError() ? "invalid UTF-8 at byte " + in.position() : "invalid byte sequence";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte v) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
