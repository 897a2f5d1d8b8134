package org.luoshi.formula;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three shapes of a formula in running text, their boundaries, and what is not a formula. */
class FormulaCandidatesTest {
    private static List<String> found(String text) {
        return FormulaCandidates.in(text).stream().map(FormulaCandidates.Candidate::text).toList();
    }

    @Test
    void listsOfEqualItemsJoinedByEnumerationCommas() {
        assertEquals(List.of("党政同责、一岗双责、齐抓共管、失职追责"), found("要坚决落实安全生产责任制，切实做到党政同责、一岗双责、齐抓共管、失职追责。"));
        assertEquals(List.of("全覆盖、零容忍、严执法、重实效"), found("坚持全覆盖、零容忍、严执法、重实效的要求"));
        assertEquals(List.of("人民至上、生命至上"), found("坚持人民至上、生命至上"), "two items: the second ends the clause and sets the length");
        assertEquals(List.of("人民战争、总体战、阻击战"), found("打好疫情防控的人民战争、总体战、阻击战"), "the first item starts a word");
    }

    @Test
    void quotedPhrasesAndQuotedItemsInARow() {
        assertEquals(List.of("时时放心不下"), found("领导干部要做到“时时放心不下”。"));
        List<String> f = found("要强化“党政同责”“一岗双责”");
        assertTrue(f.containsAll(List.of("党政同责", "一岗双责", "党政同责、一岗双责")), f.toString());
        assertTrue(found("落实「三管三必须」要求").contains("三管三必须"));
    }

    @Test
    void numberedSlogans() {
        assertEquals(List.of("三管三必须", "四不两直"), found("按照三管三必须要求，落实四不两直检查"));
        assertEquals(List.of("两个至上", "五到位"), found("坚持两个至上，做到五到位。"));
        assertEquals(List.of("两学一做"), found("推进两学一做学习教育常态化制度化"));
    }

    @Test
    void countsRollCallsAndPlacesAreNot() {
        assertEquals(List.of(), found("习近平、李强、赵乐际出席会议"));
        assertEquals(List.of(), found("北京、上海、广州"));
        assertEquals(List.of(), found("三个月内完成整改，五年来第三次"));
        assertEquals(List.of(), found("一是加强领导，二是压实责任"));
        assertEquals(List.of(), found("中共中央政治局常委、全国政协主席汪洋出席"), "a post and a name");
        assertEquals(List.of(), found("迎接十九大胜利召开，“四一二”"), "an ordinal, a number");
        assertEquals(List.of("加强领导、改革创新"), found("坚持加强领导、改革创新"), "领导 is a word here, not a post");
        assertEquals(java.util.Set.of("走向我们的小康生活"), FormulaCandidates.columns("【走向我们的小康生活】山村新貌"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "会议要求，切实做到党政同责、一岗双责。领导干部要有“时时放心不下”的责任感。";
        for (FormulaCandidates.Candidate c : FormulaCandidates.in(text)) {
            assertEquals(c.text(), text.substring(c.start(), c.end()), c.toString());
        }
        List<Formulas.Mention> m = Formulas.mentions(text);
        assertEquals(List.of("党政同责、一岗双责", "时时放心不下"), m.stream().map(Formulas.Mention::phrase).toList());
        assertFalse(Formulas.mentions("安全生产").iterator().hasNext());
        assertEquals(List.of("举一反三"), Formulas.mentions("要举一反三").stream().map(Formulas.Mention::phrase).toList(), "slogans.txt");
    }
}
