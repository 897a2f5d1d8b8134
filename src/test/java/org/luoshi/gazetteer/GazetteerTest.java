package org.luoshi.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Place mentions: full and short forms count; a short form inside a longer dictionary word does not. */
class GazetteerTest {
    private static Set<String> named(String text) {
        return Gazetteer.get().mentions(text, 0).keySet().stream().map(Division::name).collect(Collectors.toSet());
    }

    @Test
    void fullAndShortFormsName() {
        assertEquals(Set.of("运城市"), named("运城市委书记"));
        assertEquals(Set.of("山西省", "运城市"), named("山西运城"));
        assertTrue(named("长治市召开会议").contains("长治市"));
        assertTrue(named("在上海代表团审议时").contains("上海市"));
    }

    @Test
    void everyTownshipRowIsLoadedUnderItsCounty() throws Exception {
        Gazetteer g = Gazetteer.get();
        int rows = 0;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                Gazetteer.class.getResourceAsStream("streets.csv"), java.nio.charset.StandardCharsets.UTF_8))) {
            r.readLine();
            for (String next = r.readLine(); next != null; next = r.readLine()) {
                String line = next;
                String[] f = line.replace("\"", "").split(",");
                Division d = g.byCode(f[0]);
                assertTrue(d != null && d.name().equals(f[1]) && d.parentCode().equals(f[2]), line);
                assertEquals(org.luoshi.model.Level.TOWNSHIP, d.level());
                assertTrue(g.path(d).size() >= 3, () -> line + " has path " + g.path(d));
                rows++;
            }
        }
        assertTrue(rows > 41_000, "rows: " + rows);
    }

    @Test
    void townshipsByFullNameStreetFormAndShortForm() {
        Gazetteer g = Gazetteer.get();
        assertEquals(java.util.List.of("湖北省", "黄冈市", "红安县", "杏花乡"), g.path(g.find("杏花乡召开会议").get(0).divisions().get(0)));
        assertEquals("电子城街道", g.find("电子城街办").get(0).divisions().get(0).name());
        assertEquals("电子城街道", g.find("电子城街道办事处").get(0).divisions().get(0).name());
        Division hongan = g.find("红安县").get(0).divisions().get(0);
        assertEquals(1, g.townshipsByShortName("杏花").stream().filter(t -> g.within(t, hongan)).count());
        assertTrue(g.townshipsByShortName("张家堡").stream().anyMatch(t -> t.name().equals("张家堡街道")));
        assertEquals(java.util.List.of("英山县"), g.countiesByShortName("英山").stream().map(Division::name).toList());
    }

    @Test
    void municipalityDistrictsHangFromTheMunicipality() {
        Gazetteer g = Gazetteer.get();
        assertEquals(java.util.List.of("天津市", "河西区"), g.path(g.find("河西区").get(0).divisions().stream()
                .filter(d -> d.code().startsWith("12")).findFirst().orElseThrow()));
        assertEquals(java.util.List.of("重庆市", "渝北区"), g.path(g.find("渝北区").get(0).divisions().get(0)));
        assertEquals(java.util.List.of("湖北省", "仙桃市"), g.path(g.find("仙桃市").get(0).divisions().get(0)));
    }

    @Test
    void aShortFormInsideAnIdiomNamesNoPlace() {
        assertTrue(named("切实维护半岛和平稳定，实现地区长治久安").isEmpty(), "长治 of 长治久安 is not Changzhi");
        assertTrue(named("实现长治久安，长治市要").contains("长治市"), "the city's full name still counts");
    }
}
