package org.luoshi.link;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;
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
