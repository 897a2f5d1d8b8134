package org.luoshi.link;

/**
 * A sentence in which a document says it studies, relays or answers a higher meeting or instruction
 * ({@code 贯彻落实全国、全省会议精神}, {@code 6月7日，习近平总书记…作出重要批示}, {@code 国务院、省、汕尾市相继召开电视电话会议}),
 * or acts on an accident or campaign a higher text is about ({@code “8·12”事故发生后}, {@code 开展自建房安全专项整治}): the
 * level and kind it names, the named unit when the text names one ({@code unit}, a GB/T 2260 code), the date when the
 * text gives one ({@code YYYY-MM-DD}, {@code --MM-DD} or null), the accident or campaign it names, and where the
 * sentence stands in the normalized text (UTF-16 offsets).
 */
public record Citation(String level, String kind, String date, String text, int start, int end, String unit,
                       Accident accident, String campaign) implements java.io.Serializable {
    public static final String TVCONF = "tvconf";
    public static final String MEETING = "meeting";
    public static final String INSTRUCTION = "instruction";
    public static final String NOTICE = "notice";
    /** An accident named as what the text acts on; resolved to the higher item about it. */
    public static final String ACCIDENT = "accident";
    /** A campaign named as what the text carries out; resolved to the higher item that launched it. */
    public static final String CAMPAIGN = "campaign";

    /** A citation of a meeting or instruction of a level, with no named unit, accident or campaign. */
    public Citation(String level, String kind, String date, String text, int start, int end) {
        this(level, kind, date, text, start, end, null, null, null);
    }
}
