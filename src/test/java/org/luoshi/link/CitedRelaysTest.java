package org.luoshi.link;

import org.junit.jupiter.api.Test;
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

    @Test
    void neitherUnrelatedOrdersNorTheSentenceThatCitesTheInstruction() {
        List<RelayLinker.RelayLink> links = link();
        assertTrue(links.stream().noneMatch(l -> l.from().equals("c#3")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.from().equals("c#4")), "the citation is not a relay: " + links);
        assertTrue(CitedRelays.reportsAnInstruction("李克强作出批示，要求全力搜救。"));
        assertFalse(CitedRelays.reportsAnInstruction("要全力搜救被困人员。"));
    }
}
