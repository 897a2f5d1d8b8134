package org.luoshi.link;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Deadline;
import org.luoshi.model.Level;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relays inside a cited pair of documents, on directives written for the purpose. */
class CitedRelaysTest {
    private static final Unit NATION = new Unit(Level.NATIONAL, "", List.of(), false);
    private static final Unit COUNTY = new Unit(Level.COUNTY, "141002", List.of("山西省", "运城市", "盐湖区"), false);

    private static final List<RelayLinker.DirectiveRef> HIGHER = List.of(
            higher(1, "各地区各部门要深刻吸取事故教训，举一反三，立即开展危险化学品和烟花爆竹安全隐患大排查大整治。"),
            higher(2, "要严格落实党政同责、一岗双责、齐抓共管、失职追责，层层压实安全生产责任。"),
            higher(3, "要加强应急值守，严格执行领导干部带班和24小时值班制度，确保信息报送及时准确。"),
            higher(4, "要做好伤员救治和遇难者家属安抚等善后工作，尽快查明事故原因。"));

    private static final List<RelayLinker.DirectiveRef> LOWER = List.of(
            lower(1, "全区上下要汲取教训、举一反三，对辖区危险化学品企业和烟花爆竹经营点开展拉网式隐患排查整治。"),
            lower(2, "各乡镇要按照党政同责、一岗双责的要求，把安全生产责任压实到村、到企业、到岗位。"),
            lower(3, "会上，区长作出部署，要求各单位做好春季植树造林和森林防火宣传。"),
            lower(4, "习近平总书记作出重要指示，要求深刻吸取事故教训，开展隐患大排查大整治。"),
            lower(5, "要落实领导干部带班和24小时值班制度，做好伤员救治和家属安抚等善后工作。"));

    private static RelayLinker.DirectiveRef higher(int n, String text) {
        return new RelayLinker.DirectiveRef("n#" + n, "n", text, NATION, "2024-01-10");
    }

    private static RelayLinker.DirectiveRef lower(int n, String text) {
        return new RelayLinker.DirectiveRef("c#" + n, "c", text, COUNTY, "2024-01-12");
    }

    private static List<RelayLinker.RelayLink> link() {
        ContentOverlap overlap = new ContentOverlap();
        HIGHER.forEach(d -> overlap.add(d.text()));
        LOWER.forEach(d -> overlap.add(d.text()));
        return new CitedRelays(overlap).link(LOWER, HIGHER);
    }

    private static boolean linked(List<RelayLinker.RelayLink> links, String from, String to) {
        return links.stream().anyMatch(l -> l.from().equals(from) && l.to().equals(to));
    }

    @Test
    void eachRestatedPointFindsTheDirectiveItRestates() {
        List<RelayLinker.RelayLink> links = link();
        assertTrue(linked(links, "c#1", "n#1"), links.toString());
        assertTrue(linked(links, "c#2", "n#2"), links.toString());
        RelayLinker.RelayLink l = links.stream().filter(x -> x.from().equals("c#2")).findFirst().orElseThrow();
        assertTrue(l.evidence().sharedSlogans().contains("党政同责"), "the shared ideas are the evidence: " + l.evidence());
        assertFalse(l.evidence().fromPassage().isEmpty());
    }

    @Test
    void aSentenceRestatingTwoPointsRelaysBoth() {
        List<RelayLinker.RelayLink> links = link();
        assertTrue(linked(links, "c#5", "n#3"), links.toString());
        assertTrue(linked(links, "c#5", "n#4"), links.toString());
    }

    /** Orders of no relay to either side, so that the weights of words are those of a corpus, not of a handful. */
    static final List<String> BACKGROUND = List.of(
            "要高度重视安全生产工作，切实加强组织领导。", "各级各部门要认真落实安全生产责任，确保各项措施落到实处。",
            "要加强宣传教育，提高群众安全意识。", "要严格落实值班制度，确保信息畅通。",
            "各单位要切实做好安全生产各项工作，确保全年安全形势稳定。", "要进一步加强监督检查，及时发现和消除问题。",
            "各地要结合实际，制定具体工作方案。", "要加强部门协作，形成工作合力。", "企业要落实安全投入，完善管理制度。",
            "要做好节日期间的安全防范工作。", "各乡镇要加强对辖区企业的日常监管。", "要强化考核问责，对工作不力的严肃处理。",
            "要加强应急演练，提高处置能力。", "各有关部门要按照职责分工，抓好工作落实。", "要认真总结经验，持续改进工作。",
            "要把安全生产工作摆在更加突出的位置。", "各级领导干部要深入一线，靠前指挥。", "要加强基层基础建设，夯实安全基础。",
            "要严格执法检查，依法查处违法行为。", "各地区要切实加强组织领导，确保工作取得实效。");

    private static List<RelayLinker.RelayLink> linkOverBackground(List<RelayLinker.DirectiveRef> lower, List<RelayLinker.DirectiveRef> higher) {
        ContentOverlap overlap = new ContentOverlap();
        BACKGROUND.forEach(overlap::add);
        higher.forEach(d -> overlap.add(d.text()));
        lower.forEach(d -> overlap.add(d.text()));
        return new CitedRelays(overlap).link(lower, higher);
    }

    private static RelayLinker.DirectiveRef with(RelayLinker.DirectiveRef d, Deadline deadline) {
        return new RelayLinker.DirectiveRef(d.id(), d.docId(), d.text(), d.unit(), d.date(), deadline);
    }

    @Test
    void theSameDeadlineIsEvidenceOfARelay() {
        List<RelayLinker.DirectiveRef> higher = List.of(
                with(higher(1, "各地要对城镇燃气管道开展一次全面排查，11月30日前完成老化管线更换。"), new Deadline("11月30日前", "date", "2024-11-30")),
                higher(2, "要加强冬季供暖期间煤气中毒防范，做好群众宣传提醒。"),
                with(higher(3, "各地区要立即组织力量对建筑工地塔吊开展专项检查，消除倒塌隐患。"), new Deadline("立即", "immediate", null)));
        List<RelayLinker.DirectiveRef> lower = List.of(
                // a yearless report's 11月底前 is the higher one's day
                with(lower(1, "区城管局要抓紧对燃气管道开展排查，11月底前全部结束，确保群众温暖过冬。"), new Deadline("11月底前", "date", "--11-30")),
                with(lower(2, "区城管局要抓紧对燃气管道开展排查，年底前全部结束，确保群众温暖过冬。"), new Deadline("年底前", "date", "--12-31")),
                with(lower(3, "区住建局要立即行动，对辖区工地塔吊逐台开展检查，不留死角。"), new Deadline("立即", "immediate", null)),
                lower(4, "区住建局要立即行动，对辖区工地塔吊逐台开展检查，不留死角。"));
        List<RelayLinker.RelayLink> links = linkOverBackground(lower, higher);
        assertTrue(linked(links, "c#1", "n#1"), "the same day: " + links);
        assertFalse(linked(links, "c#2", "n#1"), "another day is no evidence: " + links);
        assertTrue(linked(links, "c#3", "n#3"), "both at once: " + links);
        assertFalse(linked(links, "c#4", "n#3"), "the same words without the deadline read are not enough: " + links);
        assertEquals(CitedRelays.SAME_DAY, CitedRelays.sameDeadline(new Deadline("", "date", "2024-11-30"), new Deadline("", "date", "2024-11-30")));
        assertEquals(0.0, CitedRelays.sameDeadline(new Deadline("", "date", "2023-11-30"), new Deadline("", "date", "2024-11-30")), "another year");
        assertEquals(0.0, CitedRelays.sameDeadline(new Deadline("", "recurring", "P1M"), new Deadline("", "recurring", "P1M")));
    }

    @Test
    void aHigherSentenceThatPointsBackIsReadWithTheOneBefore() {
        List<RelayLinker.DirectiveRef> higher = List.of(
                higher(1, "群众利益无小事，任何时候都不能拿群众生命安全做交易。"),
                higher(2, "这是一条碰不得的红线。"),
                higher(3, "要加强冬季供暖期间煤气中毒防范，做好群众宣传提醒。"));
        List<RelayLinker.DirectiveRef> lower = List.of(
                lower(1, "全镇干部要牢固树立红线意识，任何时候都不能拿群众生命安全做交易。"),
                lower(2, "全镇干部任何时候都不能拿群众生命安全做交易，确保一方平安。"));
        List<RelayLinker.RelayLink> links = linkOverBackground(lower, higher);
        assertTrue(linked(links, "c#1", "n#1"), links.toString());
        assertTrue(linked(links, "c#1", "n#2"), "names the red line, and restates what it refers to: " + links);
        assertTrue(linked(links, "c#2", "n#1"), links.toString());
        assertFalse(linked(links, "c#2", "n#2"), "restates the point but not the red line: " + links);
    }

    @Test
    void neitherUnrelatedOrdersNorTheSentenceThatCitesTheInstruction() {
        List<RelayLinker.RelayLink> links = link();
        assertTrue(links.stream().noneMatch(l -> l.from().equals("c#3")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.from().equals("c#4")), "the citation is not a relay: " + links);
        assertTrue(CitedRelays.reportsAnInstruction("李克强作出批示，要求全力搜救。"));
        assertFalse(CitedRelays.reportsAnInstruction("要全力搜救被困人员。"));
    }
}
