package org.luoshi.normalize;

import org.junit.jupiter.api.Test;
import org.luoshi.TestCorpus;
import org.luoshi.nlp.TraditionalConverter;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every division name survives the conversion of a Traditional sentence that names it. */
class PlaceNameConversionTest {

    @Test
    void everyNameOfTheGazetteerResourcesSurvives() {
        List<String> names = GazetteerNames.load();
        assertTrue(names.size() > 3000, "provinces, cities and areas: " + names.size());
        assertAllSurvive(names);
    }

    @Test
    void everyTownshipNameSurvives() throws Exception {
        List<String> lines = Files.readAllLines(TestCorpus.shared("data/divisions/streets.csv"));
        List<String> names = new ArrayList<>(GazetteerNames.load());
        List<String> townships = GazetteerNames.names(lines, "streets.csv");
        assertTrue(townships.size() > 40_000, "townships: " + townships.size());
        names.addAll(townships);
        assertAllSurvive(names);
    }

    private static void assertAllSurvive(List<String> names) {
        TraditionalConverter converter = new TraditionalConverter(names);
        List<String> lost = new ArrayList<>();
        for (String name : names) {
            String converted = converter.convert("在" + name + "召開會議");
            if (!converted.equals("在" + name + "召开会议")) {
                lost.add(name + " → " + converted);
            }
        }
        assertEquals(List.of(), lost);
    }
}
