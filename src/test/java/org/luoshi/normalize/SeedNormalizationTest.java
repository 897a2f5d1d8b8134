package org.luoshi.normalize;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.TestCorpus;
import org.luoshi.model.DamagedSpan;
import org.luoshi.model.NormalizedDocument;
import org.luoshi.nlp.ScriptConverter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Normalization of the five seed documents, each with the damage it really has. */
class SeedNormalizationTest {
    private static final Pattern GLOSS = Pattern.compile("[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]");
    private static final Map<String, NormalizedDocument> DOCS = new HashMap<>();

    @BeforeAll
    static void normalizeSeeds() throws Exception {
        Normalizer n = new Normalizer();
        for (Path p : TestCorpus.seeds()) {
            DOCS.put(p.getFileName().toString().substring(0, 3), n.normalize(p.toString(), TestCorpus.bytes(p)));
        }
        assertEquals(5, DOCS.size(), "corpus/ holds the five seeds");
    }

    static List<String> seeds() {
        return List.of("000", "001", "002", "003", "004");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noPinyinGlossLeft(String seed) {
        String text = DOCS.get(seed).text();
        assertFalse(GLOSS.matcher(text).find(), () -> "gloss left in " + seed + ": " + firstMatch(text));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noTraditionalCharacterLeft(String seed) {
        String text = DOCS.get(seed).text();
        assertEquals(text, ScriptConverter.get().toSimplified(text));
    }

    @Test
    void countyLeaderIsReadable() {
        assertTrue(DOCS.get("000").text().contains("县委书记景文新"));
        assertTrue(DOCS.get("000").quality().traditional());
        assertTrue(DOCS.get("000").quality().pinyinGlossesRemoved() > 150);
    }

    @Test
    void webResidueOfTheTemplatePageIsGone() {
        NormalizedDocument d = DOCS.get("004");
        for (String residue : List.of("当前位置", "首页 >", "阅读:", "6.91K", "赞助商", "本站小编", "/SPAN>")) {
            assertFalse(d.text().contains(residue), residue);
        }
        assertTrue(d.text().contains("XX"), "placeholders stay");
        assertTrue(d.quality().placeholders().stream().anyMatch(p -> p.text().equals("XX")));
        assertTrue(d.quality().placeholders().stream().anyMatch(p -> p.text().startsWith("20x")));
    }

    @Test
    void headerAndReprintLinesOfTheCityReportAreGone() {
        String t = DOCS.get("001").text();
        assertFalse(t.contains("发布者"));
        assertFalse(t.contains("未经允许不得转载"));
        assertTrue(t.startsWith("本报讯"));
        assertTrue(DOCS.get("001").quality().stripped().stream().anyMatch(s -> s.text().contains("2019-11-23")),
                "the stripped header keeps the publication date for metadata");
    }

    @Test
    void shiftedGbkRunIsRepairedAndReported() {
        NormalizedDocument d = DOCS.get("002");
        List<DamagedSpan> spans = d.quality().damagedSpans();
        assertTrue(d.text().contains("“迅速”就是"), "repaired run reads again");
        int at = d.text().indexOf("“迅速”就是");
        assertTrue(spans.stream().anyMatch(s -> s.repaired() && s.kind().equals("shifted_gbk") && s.start() <= at && s.end() > at));
        int yao = d.text().indexOf("尧", at);
        assertTrue(spans.stream().anyMatch(s -> !s.repaired() && s.start() <= yao && s.end() > yao), "尧 stays flagged");
    }

    @Test
    void lostCharactersAreRecoveredFromTheirPinyin() {
        assertTrue(DOCS.get("002").text().contains("现在看"));
        assertTrue(DOCS.get("002").text().contains("一要务必"));
        assertTrue(DOCS.get("000").text().contains("措施再强化"));
        assertTrue(DOCS.get("003").text().contains("再严肃"));
        assertTrue(DOCS.get("003").quality().damagedSpans().stream().allMatch(DamagedSpan::repaired));
    }

    @Test
    void asciiPunctuationBetweenChineseIsWidened() {
        String t = DOCS.get("000").text();
        assertTrue(t.contains("8月25日，全县"));
        assertFalse(Pattern.compile("\\p{IsHan}[,;!]\\p{IsHan}").matcher(t).find());
    }

    @Test
    void sentencesEndAtChineseTerminators() {
        NormalizedDocument d = DOCS.get("000");
        assertTrue(d.sentences().size() > 20);
        assertTrue(d.sentences().stream().anyMatch(s -> s.of(d.text()).equals("景文新要求，要以更严厉的措施抓好安全生产工作。")));
    }

    private static String firstMatch(String text) {
        var m = GLOSS.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 5), Math.min(text.length(), m.end() + 5)) : "";
    }
}
