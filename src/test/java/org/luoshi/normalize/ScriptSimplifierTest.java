package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.TestCorpus;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Traditional parts are converted; Simplified text passes unchanged, character for character. */
class ScriptSimplifierTest {
    private final ScriptSimplifier simplifier = new ScriptSimplifier();

    private ScriptSimplifier.Result run(String text) {
        return simplifier.simplify(MappedText.of(text));
    }

    @Test
    void simplifiedTextWithCharactersTraditionalAlsoWritesStays() {
        String text = "4月2日，宁海县召开会议。县委书记甯立军、副县长李昇出席。\n"
                + "李昇要求，乾安县各乡镇著名景区要加强巡查，天气乾燥时更要着力防范，濛江乡、垵口乡同步部署。\n昇";
        ScriptSimplifier.Result r = run(text);
        assertEquals(text, r.text().toString());
        assertFalse(r.traditional());
    }

    static Stream<Path> simplifiedDocuments() {
        List<Path> docs = new ArrayList<>(List.of(TestCorpus.seeds().get(4)));
        for (String dir : List.of("cases/texts", "corpus/national", "corpus/province")) {
            TestCorpus.list(TestCorpus.shared(dir)).stream()
                    .filter(p -> !p.getFileName().toString().matches("A9_.*|A10_.*"))
                    .forEach(docs::add);
        }
        return docs.stream();
    }

    @ParameterizedTest
    @MethodSource("simplifiedDocuments")
    void simplifiedDocumentsPassUnchanged(Path doc) throws Exception {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        ScriptSimplifier.Result r = run(text);
        assertEquals(text, r.text().toString());
        assertFalse(r.traditional());
    }

    @Test
    void traditionalDocumentsAreConverted() throws Exception {
        for (Path seed : TestCorpus.seeds().subList(0, 4)) {
            ScriptSimplifier.Result r = run(Files.readString(seed, StandardCharsets.UTF_8));
            assertTrue(r.traditional() && r.leaning(), seed.toString());
            assertTrue(r.text().toString().contains("安全生产"), seed.toString());
        }
    }

    /** Random Simplified lines (GB 2312 characters, with names in characters outside it) are never converted. */
    @Test
    void randomSimplifiedTextPassesUnchanged() {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        List<Character> pool = new ArrayList<>();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            if (gb2312.canEncode(c)) {
                pool.add(c);
            }
        }
        String[] names = {"李昇", "陈濛", "垵口乡", "王闇", "郑億", "甯志刚", "著名", "乾安县"};
        Random random = new Random(13);
        for (int doc = 0; doc < 500; doc++) {
            StringBuilder sb = new StringBuilder();
            for (int line = random.nextInt(6) + 1; line > 0; line--) {
                int length = random.nextInt(80) + 4;
                for (int k = 0; k < length; k++) {
                    sb.append(pool.get(random.nextInt(pool.size())));
                    if (random.nextInt(12) == 0) {
                        sb.append("，");
                    }
                }
                for (int n = random.nextInt(3); n > 0; n--) {
                    sb.insert(sb.length() - random.nextInt(length), names[random.nextInt(names.length)]);
                }
                sb.append("。\n");
            }
            String text = sb.toString();
            ScriptSimplifier.Result r = run(text);
            assertEquals(text, r.text().toString());
            assertFalse(r.traditional(), text);
        }
    }

    @Test
    void aSimplifiedDocumentWithNoEvidenceIsReturnedAsItIs() {
        MappedText in = MappedText.of("安全生产工作会议召开。");
        assertSame(in, simplifier.simplify(in).text());
    }

    @Test
    void aTraditionalLineInASimplifiedDocumentIsConverted() {
        ScriptSimplifier.Result r = run("县委书记甯立军出席会议并讲话。\n《關於加強安全生產工作的通知》\n会议要求，各乡镇要压实责任。");
        assertEquals("县委书记甯立军出席会议并讲话。\n《关于加强安全生产工作的通知》\n会议要求，各乡镇要压实责任。", r.text().toString());
        assertTrue(r.traditional());
        assertFalse(r.leaning());
    }

    @Test
    void aSimplifiedLineInATraditionalDocumentStays() {
        ScriptSimplifier.Result r = run("縣委書記齊振東出席會議並講話。\n各鄉鎮要圍繞著重點領域著力整治。\n责任编辑：甯静");
        assertEquals("县委书记齐振东出席会议并讲话。\n各乡镇要围绕着重点领域着力整治。\n责任编辑：甯静", r.text().toString());
        assertTrue(r.leaning());
    }

    @Test
    void offsetsSurviveConversion() {
        MappedText in = MappedText.of("安全生產");
        MappedText out = simplifier.simplify(in).text();
        for (int i = 0; i < out.length(); i++) {
            assertEquals(i, out.origin(i));
        }
    }
}
