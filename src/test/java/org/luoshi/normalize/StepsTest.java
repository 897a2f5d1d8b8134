package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.luoshi.model.TextSpan;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single normalization steps on small inputs written for the purpose. */
class StepsTest {

    private static String glossFree(String s) {
        return new PinyinGlossRemover().remove(MappedText.of(s)).text().toString();
    }

    @Test
    void glossesAfterCharactersGo() {
        assertEquals("德州新聞網訊", glossFree("德州新聞網(wǎng)訊(xùn)"));
        assertEquals("安全生產", glossFree("安全生產（chǎn）"));
    }

    @Test
    void bracketsThatAreNotGlossesStay() {
        assertEquals("方法,(即:不发通知)", glossFree("方法,(即:不发通知)"));
        assertEquals("GDP(ok)", glossFree("GDP(ok)"));
        assertEquals("各县(市、区)", glossFree("各县(市、区)"));
    }

    @Test
    void lostCharacterIsRecoveredFromItsReadingAndNeighbours() {
        assertEquals("运城日报", glossFree("运城日?qǐng)?bào)"));
        assertEquals("现在看", glossFree("F(xiàn)在看"));
        assertEquals("措施再强化", glossFree("措施再?gòu)?qiáng)化"));
    }

    @Test
    void shiftedGbkRunReadsAgain() {
        assertTrue(ShiftedGbkRepairer.reread("把杆佟本褪且⒓磫").startsWith("“迅速”就是尧即"));
    }

    @Test
    void ordinaryTextIsNotTakenForMojibake() {
        String text = "县领导景文新、林春元、姜廷华出席。巴音朝鲁指出，要落实党政同责、一岗双责。";
        MappedText out = new ShiftedGbkRepairer().repair(MappedText.of(text)).text();
        assertEquals(text, out.toString());
        for (int i = 0; i < out.length(); i++) {
            assertEquals(MappedText.NONE, out.mark(i));
        }
    }

    @Test
    void punctuationBetweenChineseIsWidened() {
        PunctuationWidener.Result r = new PunctuationWidener().widen(MappedText.of("召开,学习;要求:立即!好吗?\nabc,def"));
        assertEquals("召开，学习；要求：立即！好吗？\nabc,def", r.text().toString());
    }

    @Test
    void residueLinesAndMarkupAreStripped() {
        WebResidueStripper.Result r = new WebResidueStripper().strip(MappedText.of(
                "当前位置\n首页 > 讲话稿 > 开幕词\n推荐人: 来源: 阅读: 6.91K 次\n??? 正文第一段。</p>\n正文/SPAN>第二段。\n赞助商\n"));
        assertEquals(" 正文第一段。\n正文第二段。\n".strip(), r.text().toString().strip());
        assertTrue(r.stripped().size() >= 5);
    }

    @Test
    void longBodyLineMentioningCopyrightStays() {
        String body = "要加强知识产权和版权所有者权益保护，".repeat(20) + "确保安全。\n";
        assertEquals(body, new WebResidueStripper().strip(MappedText.of(body)).text().toString());
    }

    @Test
    void placeholdersAreFound() {
        List<String> found = new PlaceholderFinder().find("贯彻XX、XXX市会议精神，X月XX日表彰20xx年度，打造xxx名镇，GDP增长")
                .stream().map(p -> p.text()).toList();
        assertEquals(List.of("XX", "XXX", "X月XX日", "20xx年", "xxx"), found);
    }

    @Test
    void sentencesSplitAtTerminatorsAndLineEnds() {
        String t = "一要强化红线意识。安全生产是大事！“深查”就是深入；\n标题\n他说：“要落实。”下一句";
        List<String> s = new SentenceSplitter().split(t).stream().map(sp -> sp.of(t)).toList();
        assertEquals(List.of("一要强化红线意识。", "安全生产是大事！", "“深查”就是深入；", "标题", "他说：“要落实。”", "下一句"), s);
        assertTrue(new SentenceSplitter().split("  \n ").isEmpty());
        assertEquals(new TextSpan(0, 2), new SentenceSplitter().split("好。").get(0));
    }
}
