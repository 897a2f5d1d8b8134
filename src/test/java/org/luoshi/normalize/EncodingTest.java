package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.TestCorpus;
import org.luoshi.model.NormalizedDocument;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Each seed, written in another encoding, normalizes to the same text as in UTF-8 and records the encoding it
 * was read as. Characters an encoding cannot hold are left out of both versions.
 */
class EncodingTest {

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Path seed : TestCorpus.seeds()) {
            for (String enc : List.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-8-BOM")) {
                out.add(arguments(seed, enc));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void sameTextInEveryEncoding(Path seed, String encoding) throws Exception {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Charset cs = encoding.equals("UTF-8-BOM") ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        String representable = representable(text, cs);
        byte[] body = representable.getBytes(cs);
        byte[] bytes = switch (encoding) {
            case "UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
            case "UTF-16BE" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, body);
            case "UTF-8-BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
            default -> body;
        };
        Normalizer n = new Normalizer();
        NormalizedDocument viaUtf8 = n.normalize("utf8", representable.getBytes(StandardCharsets.UTF_8));
        NormalizedDocument viaOther = n.normalize(encoding, bytes);
        assertEquals(viaUtf8.text(), viaOther.text());
        String expected = switch (encoding) {
            case "UTF-16LE", "UTF-16BE" -> "UTF-16";
            case "UTF-8-BOM" -> "UTF-8";
            default -> encoding;
        };
        assertEquals(expected, viaOther.quality().encoding());
    }

    /** A Hong Kong notice in Cantonese: 啲 and 㗎 are only in the Hong Kong supplement of Big5. */
    @Test
    void hongKongBig5DecodesAsSuch() throws Exception {
        String notice = "消防處提醒市民，近日天氣乾燥，行山時唔好亂掉煙頭，啲山火一旦燒起好難救㗎。各區要加強巡查，確保安全。";
        NormalizedDocument d = new Normalizer().normalize("hk", notice.getBytes(TextDecoder.BIG5_HKSCS));
        assertEquals("Big5-HKSCS", d.quality().encoding());
        assertTrue(d.text().contains("啲山火") && d.text().contains("㗎"), d.text());
        assertTrue(d.text().contains("天气干燥"), d.text());
        assertEquals(List.of(), d.quality().damagedSpans(), "Hong Kong characters are no shifted GBK");
    }

    @Test
    void plainBig5IsStillCalledBig5() throws Exception {
        String notice = "各區要加強巡查，確保安全生產。";
        assertEquals("Big5", new Normalizer().normalize("tw", notice.getBytes(TextDecoder.BIG5)).quality().encoding());
    }

    private static String representable(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            if (enc.canEncode(s)) {
                sb.append(s);
            }
        });
        return sb.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
