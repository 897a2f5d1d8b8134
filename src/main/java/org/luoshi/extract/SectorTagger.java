package org.luoshi.extract;

import org.luoshi.nlp.LeadCharPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sectors of the controlled list (sectors.txt) that a directive names; {@code 综合} when none. */
final class SectorTagger {
    private static final Map<String, LeadCharPattern> SECTORS = load();

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

    private static Map<String, LeadCharPattern> load() {
        Map<String, LeadCharPattern> m = new LinkedHashMap<>();
        for (String line : Lexicons.lines("sectors.txt")) {
            String[] f = line.split("\t", 2);
            m.put(f[0], LeadCharPattern.compile(f[1]));
        }
        return m;
    }
}
