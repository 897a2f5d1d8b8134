package org.luoshi.model;

/**
 * The time constraint of a directive: {@code type} is date, before_event, recurring or immediate; {@code value}
 * is {@code YYYY-MM-DD} or {@code --MM-DD} for dates (null when a relative date has no meeting date to count from),
 * an ISO period ({@code P1M}) for recurring, else null. {@code inferred} says where a date's value is not read
 * whole from the text (one of the constants below), null when the text gives it (ANNOTATION.md, Deadlines; issue 15:
 * doubt is visible).
 */
public record Deadline(String text, String type, String value, String inferred) implements java.io.Serializable {
    /** Month and day from the text, the year the meeting's ({@code 12月20日前}, {@code 年底前}). */
    public static final String YEAR_FROM_MEETING = "year from meeting date";
    /** Month and day from the text, the year after the meeting's: in its year the day would fall before the meeting. */
    public static final String YEAR_ROLLED_FORWARD = "year rolled forward";
    /** Counted from the meeting date ({@code 本月底}, {@code 下月底}, {@code 明年3月末}, {@code 10日内}). */
    public static final String RELATIVE_TO_MEETING = "relative to meeting date";
    /** Working days counted from the meeting date, skipping Saturdays and Sundays but not public holidays. */
    public static final String WORK_DAYS_FROM_MEETING = "work days from meeting date, weekends skipped";

    /** A deadline whose value, if any, the text gives whole. */
    public Deadline(String text, String type, String value) {
        this(text, type, value, null);
    }
}
