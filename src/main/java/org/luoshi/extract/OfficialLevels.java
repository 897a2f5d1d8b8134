package org.luoshi.extract;

import org.luoshi.gazetteer.Division;
import org.luoshi.gazetteer.Gazetteer;
import org.luoshi.model.Level;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of an official (ANNOTATION.md, Officials): the level of the unit of the post — a place named in the title
 * ({@code 团风县委} county), else its first level word ({@code 县…} county, {@code 镇/乡/街道/街办…} township,
 * {@code 国务院…} national) — and the document's level when the title names none. A {@code 市} post in a document of
 * a county-level city is county (its 市长 heads a county-level unit).
 */
final class OfficialLevels {
    private static final Pattern NATIONAL = Pattern.compile("总书记|总理|国务院|中共中央|中央|国家主席|国务委员|全国");
    private static final Pattern MUNICIPALITY = Pattern.compile("(北京|上海|天津|重庆)市?(委|政府|人大|政协)?");
    private static final Pattern LOCAL = Pattern.compile("街道|街办|[省市县区镇乡州旗]");

    private OfficialLevels() {
    }

    static String fromTitle(String title, String docLevel, Division docUnit) {
        if (title == null) {
            return docLevel;
        }
        if (NATIONAL.matcher(title).find()) {
            return Level.NATIONAL.code();
        }
        if (MUNICIPALITY.matcher(title).lookingAt()) {
            return Level.PROVINCE.code(); // 北京市委 is a provincial committee: the four municipalities rank as provinces
        }
        List<org.luoshi.gazetteer.Gazetteer.Mention> places = Gazetteer.get().find(title);
        if (!places.isEmpty() && places.get(0).start() == 0 && places.get(0).divisions().size() == 1) {
            return places.get(0).divisions().get(0).level().code();
        }
        Matcher m = LOCAL.matcher(title);
        if (m.find()) {
            return switch (m.group()) {
                case "省" -> Level.PROVINCE.code();
                case "市" -> docUnit != null && countyLevelCity(docUnit) ? Level.COUNTY.code() : Level.CITY.code();
                case "州" -> Level.CITY.code();
                case "县", "旗" -> Level.COUNTY.code();
                case "区" -> Level.DISTRICT.code();
                default -> Level.TOWNSHIP.code();
            };
        }
        return docLevel;
    }

    /** A county-level city, or a unit under one (its township). */
    private static boolean countyLevelCity(Division d) {
        Gazetteer g = Gazetteer.get();
        for (Division x = d; x != null; x = g.parent(x)) {
            if (x.level() == Level.COUNTY && x.name().endsWith("市")) {
                return true;
            }
        }
        return false;
    }
}
