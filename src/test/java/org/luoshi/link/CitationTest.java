package org.luoshi.link;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Extraction;
import org.luoshi.model.DocumentInfo;
import org.luoshi.model.Level;
import org.luoshi.model.Region;
import org.luoshi.model.TextSpan;
import org.luoshi.normalize.Normalizer;
import org.luoshi.normalize.SentenceSplitter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations of higher meetings and instructions: found in sentences, resolved to documents of the corpus. */
class CitationTest {
    private final CitationFinder finder = new CitationFinder();

    private List<Citation> find(String text, Level own, String year) {
        List<TextSpan> s = new SentenceSplitter().split(text);
        return finder.find(text, s, own, year);
    }

    @Test
    void meetingsOfSeveralLevelsInOneSentence() {
        List<Citation> c = find("11月22日，全国、全省安全生产电视电话会议相继召开。", Level.CITY, "2019");
        assertEquals(2, c.size());
        assertEquals("national", c.get(0).level());
        assertEquals("province", c.get(1).level());
        assertEquals("tvconf", c.get(0).kind());
        assertEquals("2019-11-22", c.get(0).date());
    }

    @Test
    void instructionsOfNationalLeaders() {
        List<Citation> c = find("6月7日，习近平总书记、李克强总理专门作出重要批示。", Level.PROVINCE, null);
        assertEquals(1, c.size());
        assertEquals("instruction", c.get(0).kind());
        assertEquals("--06-07", c.get(0).date());
    }

    @Test
    void severalLevelsAndNamedUnitsShareOneMeetingName() {
        List<Citation> c = find("6月3日，国务院、省、汕尾市相继召开安全生产电视电话会议。", Level.COUNTY, "2024");
        assertEquals(List.of("national", "province", "city"), c.stream().map(Citation::level).toList());
        assertEquals("4415", c.get(2).unit(), "the named city's code");
        List<Citation> long_ = find("会议传达学习了中央、省、市安全生产和消防安全工作暨岁末年初安全防范视频会议精神。", Level.COUNTY, "2024");
        assertEquals(List.of("national", "province", "city"), long_.stream().map(Citation::level).toList());
        assertEquals("tvconf", long_.get(0).kind());
    }

    @Test
    void aLeadThatRelaysMakesItsMeetingsCited() {
        String text = "9月3日，全国安全生产电视电话会议召开。会议结束后，红安县紧接着召开全县安全生产工作会议。";
        List<Citation> c = find(text, Level.COUNTY, "2024");
        assertEquals(1, c.size(), c.toString());
        assertEquals("2024-09-03", c.get(0).date());
        assertTrue(find("召开全市安全生产工作会议，传达学习上级会议精神。", Level.COUNTY, "2024").isEmpty(),
                "the meeting the text holds is not one it cites");
    }

    @Test
    void instructionsAccidentsAndCampaignsByName() {
        List<Citation> c = find("习近平总书记对湖北十堰燃气爆炸事故作出重要指示后，我区迅速行动。", Level.DISTRICT, "2021");
        assertEquals("instruction", c.get(0).kind());
        assertEquals("爆炸", c.get(0).accident().kind());
        assertTrue(c.get(0).accident().places().contains("4203"), c.get(0).accident().places().toString());
        List<Citation> a = find("“8·12”事故发生后，我局立即组织开展危险化学品安全大检查。", Level.DISTRICT, "2015");
        assertEquals("accident", a.get(0).kind());
        assertEquals(8, a.get(0).accident().month());
        assertEquals(12, a.get(0).accident().day());
        List<Citation> k = find("全县扎实开展自建房安全专项整治，已完成排查1200栋。", Level.COUNTY, "2022");
        assertEquals("campaign", k.get(0).kind());
        assertEquals("自建房专项整治", k.get(0).campaign());
    }

    @Test
    void anAccidentCitationResolvesToTheItemAboutThatAccident() {
        DocumentInfo item = new DocumentInfo("n1", "n1.txt", "习近平对湖北十堰市张湾区集贸市场燃气爆炸事故作出重要指示", "national",
                Region.UNKNOWN, "2021-06-13", null, null);
        DocumentInfo other = new DocumentInfo("n2", "n2.txt", "习近平对安全生产作出重要指示", "national", Region.UNKNOWN, "2021-06-14", null, null);
        DocumentInfo street = new DocumentInfo("s", "s.txt", null, "township", new Region(List.of("湖北省", "十堰市", "张湾区", "红卫街道"),
                "420303002"), "2021-06-20", null, null);
        CitationResolver r = new CitationResolver(List.of(item, other, street), null);
        List<Citation> c = find("6月13日十堰市张湾区燃气爆炸事故发生后，街道立即开展燃气安全排查。", Level.TOWNSHIP, "2021");
        assertEquals("n1", r.resolve(street, c).get(0).to());
    }

    @Test
    void neverToADocumentDatedAfterTheCitingOne() {
        DocumentInfo later = new DocumentInfo("n8", "n8.txt", "中共中央政治局常务委员会召开会议", "national", Region.UNKNOWN, "2020-04-08", null, null);
        DocumentInfo earlier = new DocumentInfo("n6", "n6.txt", "中央应对疫情工作领导小组召开会议", "national", Region.UNKNOWN, "2020-04-06", null, null);
        DocumentInfo citing = new DocumentInfo("c", "c.txt", null, "city", new Region(List.of("湖北省", "武汉市"), "4201"), "2020-04-07",
                null, null);
        CitationResolver r = new CitationResolver(List.of(later, earlier, citing), null);
        List<Citation> c = find("为贯彻落实中央应对疫情工作领导小组会议精神，7日，市委召开会议，研究部署4月8日解除离汉通道管控措施之后各项工作。",
                Level.CITY, "2020");
        assertTrue(!c.isEmpty(), "the sentence cites a meeting");
        for (CitationLink l : r.resolve(citing, c)) {
            assertTrue(l.to() == null || !l.to().equals("n8"), "a date the meeting planned is not when the cited one met: " + l);
        }
    }

    @Test
    void neverUpwardFromTheTopNorSideways() {
        assertTrue(find("国务院召开全国安全生产电视电话会议，贯彻落实会议精神。", Level.NATIONAL, "2019").isEmpty());
        assertTrue(find("全市安全生产会议召开，传达全市会议精神。", Level.CITY, "2019").isEmpty());
        assertTrue(find("全国安全生产形势总体稳定。", Level.CITY, "2019").isEmpty(), "no meeting, no citation");
    }

    @Test
    void unitsAboveOthers() {
        Unit shanxi = new Unit(Level.PROVINCE, "14", List.of("山西省"), false);
        Unit yuncheng = new Unit(Level.CITY, "1408", List.of("山西省", "运城市"), false);
        Unit jilin = new Unit(Level.PROVINCE, "22", List.of("吉林省"), false);
        assertTrue(Unit.NATIONAL.isAbove(yuncheng));
        assertTrue(shanxi.isAbove(yuncheng));
        assertTrue(!jilin.isAbove(yuncheng));
        assertTrue(!yuncheng.isAbove(shanxi));
    }

    @Test
    void dateScores() {
        assertEquals(1.0, CitationResolver.dateScore("2019-11-22", "2019-11-22"), 1e-9);
        assertEquals(0.0, CitationResolver.dateScore("2019-11-22", "2019-11-23"), 1e-9, "never after the citing date");
        assertTrue(CitationResolver.dateScore("2019-11-22", "2019-11-20") > 0.7);
        assertEquals(0.0, CitationResolver.dateScore("2019-11-22", "2019-10-01"), 1e-9);
        assertEquals(0.9, CitationResolver.dateScore("--06-07", "2013-06-07"), 1e-9);
        assertTrue(CitationResolver.dateScore("2019-11-22", "2019-11-10") > 0, "within the fourteen days before");
        assertEquals(0.0, CitationResolver.dateScore("2019-11-22", "2019-11-07"), 1e-9);
    }

    @Test
    void realCitationsOfTheSeedsResolveToTheNationalItems() throws Exception {
        Path national = TestCorpus.shared("corpus/national");
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        List<Extraction> all = new ArrayList<>();
        Map<String, Extraction> byName = new HashMap<>();
        List<Path> files = new ArrayList<>(TestCorpus.seeds());
        files.addAll(TestCorpus.list(national));
        for (Path p : files) {
            Extraction e = x.extract(n.normalize(p.toString(), Files.readAllBytes(p)), null);
            all.add(e);
            byName.put(p.getFileName().toString(), e);
        }
        CitationResolver resolver = new CitationResolver(all.stream().map(Extraction::doc).toList());
        Map<String, String> nameById = new HashMap<>();
        byName.forEach((k, v) -> nameById.put(v.doc().id(), k));

        List<CitationLink> yuncheng = links(byName.get("001_0be5f8c029c189f1.txt"), resolver);
        assertTrue(yuncheng.stream().anyMatch(l -> "national_20191122_tvconf.txt".equals(nameById.get(l.to()))), yuncheng.toString());
        assertTrue(yuncheng.stream().anyMatch(l -> l.to() == null && l.evidence().level().equals("province")),
                "the provincial conference is cited though not ingested");

        List<String> jilin = links(byName.get("002_e682dcbebb93b8e5.txt"), resolver).stream()
                .map(l -> nameById.get(l.to())).toList();
        assertTrue(jilin.contains("national_20130607_directive.txt"), jilin.toString());
        assertTrue(jilin.contains("national_20130607_tvconf.txt"), jilin.toString());

        for (Extraction e : all) {
            for (CitationLink l : links(e, resolver)) {
                if (l.to() != null) {
                    Extraction target = all.stream().filter(t -> t.doc().id().equals(l.to())).findFirst().orElseThrow();
                    Unit from = Unit.of(e.doc());
                    Unit to = Unit.of(target.doc());
                    assertTrue(to.level() == Level.NATIONAL || to.isAbove(from), "no link points down or sideways: " + l);
                }
            }
        }
    }

    private List<CitationLink> links(Extraction e, CitationResolver resolver) {
        Level own = Level.of(e.doc().level());
        String date = e.doc().effectiveDate();
        String year = date != null && date.matches("\\d{4}-.*") ? date.substring(0, 4) : null;
        return resolver.resolve(e.doc(), finder.find(e.text(), new SentenceSplitter().split(e.text()), own, year));
    }
}
