package org.luoshi.web;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the unit names and keys of the ledger ({@code 山西省/运城市 (city)}, {@code city:1408}, {@code national:-};
 * see track's UnitKey) for display: 山西省/运城市（市级）, the division path, the level.
 */
final class UnitNames {
    private static final Pattern NAME = Pattern.compile("(.*) \\((\\w+)(, not named in the text)?\\)");

    private UnitNames() {
    }

    /** The division path of a unit name ({@code [山西省, 运城市]}); empty for national or unnamed units. */
    static List<String> path(String unitName) {
        Matcher m = NAME.matcher(unitName == null ? "" : unitName);
        String p = m.matches() ? m.group(1) : unitName == null ? "" : unitName;
        if (p.isBlank() || p.equals("全国") || p.startsWith("(")) {
            return List.of();
        }
        return Arrays.asList(p.split("/"));
    }

    /** The level code of a unit name, or null. */
    static String level(String unitName) {
        Matcher m = NAME.matcher(unitName == null ? "" : unitName);
        return m.matches() ? m.group(2) : null;
    }

    /** {@code 山西省/运城市 (city)} → 山西省/运城市（市级）; an uncertain unit says the text does not name it. */
    static String display(String unitName, boolean en) {
        Matcher m = NAME.matcher(unitName == null ? "" : unitName);
        if (!m.matches()) {
            return unitName == null ? "" : unitName;
        }
        String place = m.group(1).startsWith("(") ? (en ? "(unnamed)" : "（未具名）") : m.group(1);
        String level = Labels.level(m.group(2), en);
        String unsure = m.group(3) == null ? "" : en ? ", not named in the text" : "，文中未具体点名";
        return en ? place + " (" + level + unsure + ")" : place + "（" + level + unsure + "）";
    }

    /** A unit key ({@code city:1408~}) as a name: the division path of its code, 全国 for national. */
    static String ofKey(String key, boolean en) {
        if (key == null) {
            return "";
        }
        int colon = key.indexOf(':');
        String level = colon < 0 ? key : key.substring(0, colon);
        String code = colon < 0 ? "" : key.substring(colon + 1).replace("~", "");
        if (level.equals("national")) {
            return en ? "national" : "全国";
        }
        Division d = code.isEmpty() || code.equals("-") ? null : Gazetteer.get().byCode(code);
        String place = d == null ? (en ? "(unnamed)" : "（未具名）") : String.join("/", Gazetteer.get().path(d));
        return place + (en ? " (" + Labels.level(level, true) + ")" : "（" + Labels.level(level, false) + "）");
    }
}
