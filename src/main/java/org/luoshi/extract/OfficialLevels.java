package org.luoshi.extract;

import org.luoshi.model.Level;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The level of an official from the post title ({@code 县…} county, {@code 国务院…} national), else the document's. */
final class OfficialLevels {
    private static final Pattern NATIONAL = Pattern.compile("总书记|总理|国务院|中共中央|中央|国家主席|国务委员|全国");
    private static final Pattern MUNICIPALITY = Pattern.compile("(北京|上海|天津|重庆)市?(委|政府|人大|政协)?");
    private static final Pattern LOCAL = Pattern.compile("[省市县区镇乡州]");

    private OfficialLevels() {
    }

    static String fromTitle(String title, String docLevel) {
        if (title == null) {
            return docLevel;
        }
        if (NATIONAL.matcher(title).find()) {
            return Level.NATIONAL.code();
        }
        if (MUNICIPALITY.matcher(title).lookingAt()) {
            return Level.PROVINCE.code(); // 北京市委 is a provincial committee: the four municipalities rank as provinces
        }
        Matcher m = LOCAL.matcher(title);
        if (m.find()) {
            return switch (m.group()) {
                case "省" -> Level.PROVINCE.code();
                case "市", "州" -> Level.CITY.code();
                case "县" -> Level.COUNTY.code();
                case "区" -> Level.DISTRICT.code();
                default -> Level.TOWNSHIP.code();
            };
        }
        return docLevel;
    }
}
