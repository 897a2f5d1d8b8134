package org.luoshi.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Sectors of the controlled list (sectors.txt) that a directive names; {@code 综合} when none. */
final class SectorTagger {
    private static final Map<String, Pattern> SECTORS = load();

    List<String> tag(String sentence) {
        List<String> out = new ArrayList<>();
        SECTORS.forEach((sector, p) -> {
            if (p.matcher(sentence).find()) {
                out.add(sector);
            }
        });
        if (out.isEmpty()) {
            out.add("综合");
        }
        return out;
    }

    private static Map<String, Pattern> load() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        for (String line : Lexicons.lines("sectors.txt")) {
            String[] f = line.split("\t", 2);
            m.put(f[0], Pattern.compile(f[1]));
        }
        return m;
    }
}
