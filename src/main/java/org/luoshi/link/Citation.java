package org.luoshi.link;

/**
 * A sentence in which a document says it studies, relays or answers a higher meeting or instruction
 * ({@code 贯彻落实全国、全省会议精神}, {@code 6月7日，习近平总书记…作出重要批示}): the level and kind it names, the date when
 * the text gives one ({@code YYYY-MM-DD}, {@code --MM-DD} or null) and where it stands in the normalized text.
 */
public record Citation(String level, String kind, String date, String text, int start, int end) implements java.io.Serializable {
    public static final String TVCONF = "tvconf";
    public static final String MEETING = "meeting";
    public static final String INSTRUCTION = "instruction";
    public static final String NOTICE = "notice";
}
