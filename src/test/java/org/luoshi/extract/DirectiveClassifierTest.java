package org.luoshi.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What makes a sentence an instruction, and with which modality (ANNOTATION.md, Directives). */
class DirectiveClassifierTest {
    private final DirectiveClassifier c = new DirectiveClassifier();

    @Test
    void deonticMarkersMakeDirectives() {
        assertTrue(c.isDirective("各级各部门要切实把思想认识统一到决策部署上来。", false));
        assertTrue(c.isDirective("企业单位负责人必须做到持证上岗。", false));
        assertTrue(c.isDirective("严禁迟报、漏报、谎报、瞒报事故。", false));
    }

    @Test
    void yaoInsideOtherWordsIsNoMarker() {
        assertEquals(-1, DirectiveClassifier.firstMarker("这是一项重要的主要工作。"));
        assertEquals(-1, DirectiveClassifier.firstMarker("习近平对加强安全生产工作提出5点要求。"));
        assertTrue(DirectiveClassifier.firstMarker("景文新要求，要以更严厉的措施抓好安全生产工作。") >= 0);
    }

    @Test
    void yingFuIsCopingNotOught() {
        assertEquals(-1, DirectiveClassifier.firstMarker("检查发现，部分企业存在应付检查和侥幸心理。"));
        assertTrue(DirectiveClassifier.firstMarker("各地应付出更大努力，坚决遏制重特大事故。") >= 0, "应 + 付出: ought to give");
    }

    @Test
    void reportsAndPrinciplesAreNot() {
        assertFalse(c.isDirective("今年以来，全市安全生产保持总体稳定，但形势依然严峻。", true));
        assertFalse(c.isDirective("3月底以来，我省发生了四起重特大事故。", true));
        assertFalse(c.isDirective("安全生产只有起点，没有终点。", true));
        assertFalse(c.isDirective("一方面，严格开展安全生产大检查，专项整治效果明显，全社会安全意识有所提升。", true), "achievements");
        assertTrue(c.isDirective("力争到年底，全省安全生产整体水平明显提高。", false), "a goal, not an achievement");
    }

    @Test
    void imperativeSentencesContinueAnInstructingParagraph() {
        assertTrue(c.isDirective("持续深化安全生产大检查，常态化开展隐患整改。", true));
        assertTrue(c.isDirective("同时，将应急演练作为刚性要求，一企一策、一楼一策。", true));
        assertFalse(c.isDirective("持续深化安全生产大检查，常态化开展隐患整改。", false), "no instruction begun");
    }

    @Test
    void headingsAreNot() {
        assertTrue(c.isHeading("一、深化思想认识，紧抓安全生产不懈怠", true));
        assertTrue(c.isHeading("（一）加强领导，改进工作作风。", true));
        assertFalse(c.isHeading("一要强化红线意识。", true));
    }

    @Test
    void modalityFollowsTheMainClause() {
        assertEquals("must_not", c.modality("严禁安全生产工作表面化、虚化，把安全生产工作贯穿到日常的工作中。"));
        assertEquals("must_not", c.modality("当前，我国安全生产形势依然复杂严峻，工作不能有丝毫松懈。"));
        assertEquals("must", c.modality("要强化督导检查，把督查重点放在隐患排查和整改上，决不允许流于形式、走过场。"));
        assertEquals("must", c.modality("安全生产是人命关天的大事，必须作为一条不可逾越的红线。"));
        assertEquals("must", c.modality("大家必须牢固树立“发展决不能以牺牲人的生命为代价”的“红线意识”。"));
    }
}
