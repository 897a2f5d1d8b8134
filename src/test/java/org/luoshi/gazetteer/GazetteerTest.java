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
    void aShortFormInsideAnIdiomNamesNoPlace() {
        assertTrue(named("切实维护半岛和平稳定，实现地区长治久安").isEmpty(), "长治 of 长治久安 is not Changzhi");
        assertTrue(named("实现长治久安，长治市要").contains("长治市"), "the city's full name still counts");
    }
}
