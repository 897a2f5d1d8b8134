package org.luoshi.link;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.extract.DocumentExtractor;
import org.luoshi.model.Directive;
import org.luoshi.model.Extraction;
import org.luoshi.model.Level;
import org.luoshi.normalize.Normalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relay links: alignment scoring on sentences written for the purpose, and the real seeds against national items. */
class RelayTest {
    static final Unit SHANXI = new Unit(Level.PROVINCE, "14", List.of("山西省"), false);
    static final Unit YUNCHENG = new Unit(Level.CITY, "1408", List.of("山西省", "运城市"), false);
    static final Unit JILIN = new Unit(Level.PROVINCE, "22", List.of("吉林省"), false);

    @Test
    void alignmentFindsTheTakenPassage() {
        LocalAlignment.Result r = LocalAlignment.align("各级党委政府要按照党政同责、一岗双责、齐抓共管、失职追责的要求，认真履行职责。",
                "要强化党政同责、一岗双责、失职追责，坚持以人为本。");
        assertTrue(r.score() > 0.4, "score " + r.score());
        assertTrue(r.left().contains("党政同责一岗双责"), r.left());
        assertEquals(0.0, LocalAlignment.align("", "安全").score());
    }

    @Test
    void twoRowScoreEqualsTheFullAlignment() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "安全生产责任落实隐患排查整治党政同责一岗双责，。";
        for (int round = 0; round < 300; round++) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(LocalAlignment.align(a.toString(), b.toString()).score(), LocalAlignment.score(a.toString(), b.toString()), 1e-12,
                    a + " / " + b);
        }
    }

    @Test
    void theCheapScoreNeverDropsALinkTheFullScoreKeeps() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"党政同责", "一岗双责", "齐抓共管", "失职追责", "安全生产", "隐患排查", "要", "各级", "，", "落实", "责任", "坚决遏制"};
        int kept = 0;
        for (int round = 0; round < 400; round++) {
            String a = randomText(random, pieces);
            String b = randomText(random, pieces);
            LocalAlignment.Result full = LocalAlignment.align(a, b);
            int shared = 0;
            for (String slogan : new String[] {"党政同责", "一岗双责", "齐抓共管", "失职追责"}) {
                if (a.contains(slogan) && b.contains(slogan)) {
                    shared++;
                }
            }
            boolean expected = 0.7 * full.score() + 0.3 * Math.min(1.0, shared / 2.0) >= RelayLinker.MIN_SCORE && full.left().length() >= 6;
            RelayLinker.RelayLink link = RelayLinker.score(new RelayLinker.DirectiveRef("c#1", "c", a, YUNCHENG, null),
                    new RelayLinker.DirectiveRef("p#1", "p", b, SHANXI, null));
            assertEquals(expected, link != null, a + " / " + b);
            kept += expected ? 1 : 0;
        }
        assertTrue(kept > 20 && kept < 380, "the fixtures should give both outcomes: " + kept);
    }

    private static String randomText(java.util.Random random, String[] pieces) {
        StringBuilder t = new StringBuilder();
        for (int k = 1 + random.nextInt(8); k > 0; k--) {
            t.append(pieces[random.nextInt(pieces.length)]);
        }
        return t.toString();
    }

    @Test
    void relayNeedsAHigherUnitOfTheSameChainNotLater() {
        String higher = "各地区各部门要严格落实党政同责、一岗双责、齐抓共管、失职追责，坚决遏制重特大事故。";
        String lower = "各级党委政府要按照党政同责、一岗双责、齐抓共管、失职追责的要求，坚决遏制重特大事故。";
        RelayLinker linker = new RelayLinker();
        List<RelayLinker.RelayLink> ok = linker.link(List.of(
                new RelayLinker.DirectiveRef("p#1", "p", higher, SHANXI, "2019-11-22"),
                new RelayLinker.DirectiveRef("c#1", "c", lower, YUNCHENG, "2019-11-22")));
        assertEquals(1, ok.size());
        assertEquals("c#1", ok.get(0).from());
        assertEquals("p#1", ok.get(0).to());
        assertTrue(ok.get(0).evidence().sharedSlogans().contains("党政同责"));
        assertTrue(linker.link(List.of(
                new RelayLinker.DirectiveRef("p#1", "p", higher, JILIN, "2019-11-22"),
                new RelayLinker.DirectiveRef("c#1", "c", lower, YUNCHENG, "2019-11-22"))).isEmpty(), "another province's chain");
        assertTrue(linker.link(List.of(
                new RelayLinker.DirectiveRef("p#1", "p", higher, SHANXI, "2019-11-23"),
                new RelayLinker.DirectiveRef("c#1", "c", lower, YUNCHENG, "2019-11-22"))).isEmpty(), "the higher one came later");
    }

    @Test
    void seedsRelayNationalDirectivesAndNoLinkPointsDown() throws Exception {
        Path national = TestCorpus.shared("corpus/national");
        Normalizer n = new Normalizer();
        DocumentExtractor x = new DocumentExtractor();
        List<RelayLinker.DirectiveRef> refs = new ArrayList<>();
        Map<String, Extraction> byDoc = new HashMap<>();
        List<Path> files = new ArrayList<>(TestCorpus.seeds());
        files.addAll(TestCorpus.list(national));
        for (Path p : files) {
            Extraction e = x.extract(n.normalize(p.toString(), Files.readAllBytes(p)), null);
            byDoc.put(e.doc().id(), e);
            Unit u = Unit.of(e.doc());
            String date = e.doc().effectiveDate();
            for (Directive d : e.directives()) {
                refs.add(new RelayLinker.DirectiveRef(d.id(), e.doc().id(), d.text(), u, date));
            }
        }
        List<RelayLinker.RelayLink> links = new RelayLinker().link(refs);
        long fromSeeds = links.stream().filter(l -> byDoc.get(l.from().split("#")[0]).doc().source().contains("corpus/0")).count();
        assertTrue(fromSeeds > 0, "seed directives relay national ones: " + links.size() + " links in all");
        assertTrue(links.stream().anyMatch(l -> l.evidence().sharedSlogans().size() > 0), "some relays share a slogan");
        for (RelayLinker.RelayLink l : links) {
            Unit from = Unit.of(byDoc.get(l.from().split("#")[0]).doc());
            Unit to = Unit.of(byDoc.get(l.to().split("#")[0]).doc());
            assertTrue(RelayLinker.isAbove(to, from), "no link points down or sideways: " + l);
        }
    }
}
