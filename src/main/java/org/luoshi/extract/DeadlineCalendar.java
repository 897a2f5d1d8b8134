package org.luoshi.extract;

import org.luoshi.model.Deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The calendar values of date deadlines, counted against the meeting date (ANNOTATION.md, Deadlines): a month and
 * day take the meeting's year, or the next one when they would fall before the meeting; relative expressions
 * ({@code 本月底}, {@code 下个月10日前}, {@code 5个工作日内}) count from the meeting date. Each value says how it was
 * inferred ({@link Deadline} constants). With a meeting date that has no year ({@code --MM-DD}) values are
 * {@code --MM-DD}; with none at all, relative values are null.
 */
final class DeadlineCalendar {
    /** A year with no 29 February, for the month lengths of --MM-DD values. */
    private static final int NO_LEAP_YEAR = 2001;

    private DeadlineCalendar() {
    }

    /** The meeting date: year null when the text does not give it. */
    record Meeting(Integer year, int month, int day) {
        /** @param s {@code YYYY-MM-DD}, {@code --MM-DD} or null; anything else gives null */
        static Meeting parse(String s) {
            if (s == null) {
                return null;
            }
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int y = ChineseNumber.parse(s.substring(0, 4));
                int m = ChineseNumber.parse(s.substring(5, 7));
                int d = ChineseNumber.parse(s.substring(8, 10));
                return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? new Meeting(y, m, d) : null;
            }
            if (s.length() == 7 && s.startsWith("--") && s.charAt(4) == '-') {
                int m = ChineseNumber.parse(s.substring(2, 4));
                int d = ChineseNumber.parse(s.substring(5, 7));
                return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? new Meeting(null, m, d) : null;
            }
            return null;
        }

        private LocalDate date() {
            return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        }
    }

    /** A value ({@code YYYY-MM-DD}, {@code --MM-DD} or null) and how it was inferred (null: read from the text). */
    record Valued(String value, String inferred) {
    }

    /**
     * A month and day as the text gives them.
     *
     * @param textYear  the year written in the text, or null
     * @param yearShift 0 for 今年, 1 for 明年, null when the text names no year
     * @param month     1–12
     * @param day       1–31, or 0 for the month's last day
     * @return the value, or null when the day does not exist in that month
     */
    static Valued monthDay(Meeting meeting, Integer textYear, Integer yearShift, int month, int day) {
        if (day > YearMonth.of(2000, month).lengthOfMonth() || (textYear != null && day > YearMonth.of(textYear, month).lengthOfMonth())) {
            return null;
        }
        if (textYear != null) {
            return new Valued(format(textYear, month, day), null);
        }
        if (meeting == null || meeting.year() == null) {
            return new Valued(format(null, month, day), null);
        }
        if (yearShift != null) {
            return new Valued(format(meeting.year() + yearShift, month, day),
                    yearShift == 0 ? Deadline.YEAR_FROM_MEETING : Deadline.RELATIVE_TO_MEETING);
        }
        LocalDate inYear = date(meeting.year(), month, day);
        if (inYear.isBefore(meeting.date())) {
            return new Valued(format(meeting.year() + 1, month, day), Deadline.YEAR_ROLLED_FORWARD);
        }
        return new Valued(inYear.toString(), Deadline.YEAR_FROM_MEETING);
    }

    /**
     * A day of a month counted from the meeting's month ({@code 本月底}: 0, 0; {@code 下个月10日前}: 1, 10).
     *
     * @param months months after the meeting's month
     * @param day    1–31, or 0 for the month's last day
     */
    static Valued monthFromMeeting(Meeting meeting, int months, int day) {
        if (meeting == null) {
            return new Valued(null, Deadline.RELATIVE_TO_MEETING);
        }
        int index = meeting.month() - 1 + months;
        int month = Math.floorMod(index, 12) + 1;
        Integer year = meeting.year() == null ? null : meeting.year() + Math.floorDiv(index, 12);
        int length = YearMonth.of(year == null ? NO_LEAP_YEAR : year, month).lengthOfMonth();
        return new Valued(format(year, month, Math.min(day, length)), Deadline.RELATIVE_TO_MEETING);
    }

    /**
     * A day of the meeting's month written without its month ({@code 25日前}); the next month's when it would fall
     * before the meeting.
     */
    static Valued dayFromMeeting(Meeting meeting, int day) {
        if (meeting == null) {
            return new Valued(null, Deadline.RELATIVE_TO_MEETING);
        }
        return monthFromMeeting(meeting, day < meeting.day() ? 1 : 0, day);
    }

    /** The meeting date plus {@code days} calendar days ({@code 7日内}, {@code 两周内}). */
    static Valued plusDays(Meeting meeting, int days) {
        if (meeting == null) {
            return new Valued(null, Deadline.RELATIVE_TO_MEETING);
        }
        LocalDate d = (meeting.year() == null ? new Meeting(NO_LEAP_YEAR, meeting.month(), meeting.day()) : meeting).date().plusDays(days);
        return new Valued(meeting.year() == null ? noYear(d) : d.toString(), Deadline.RELATIVE_TO_MEETING);
    }

    /** The meeting date plus {@code months} months, on the same day or the month's last ({@code 3个月内}). */
    static Valued plusMonths(Meeting meeting, int months) {
        if (meeting == null) {
            return new Valued(null, Deadline.RELATIVE_TO_MEETING);
        }
        LocalDate d = (meeting.year() == null ? new Meeting(NO_LEAP_YEAR, meeting.month(), meeting.day()) : meeting).date().plusMonths(months);
        return new Valued(meeting.year() == null ? noYear(d) : d.toString(), Deadline.RELATIVE_TO_MEETING);
    }

    /**
     * The {@code days}-th working day after the meeting date, Saturdays and Sundays skipped (public holidays and
     * their make-up working days are not known here); null without the meeting's year, which fixes the weekdays.
     */
    static Valued plusWorkDays(Meeting meeting, int days) {
        if (meeting == null || meeting.year() == null) {
            return new Valued(null, Deadline.WORK_DAYS_FROM_MEETING);
        }
        LocalDate d = meeting.date();
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return new Valued(d.toString(), Deadline.WORK_DAYS_FROM_MEETING);
    }

    /**
     * A day of the meeting's week (Monday to Sunday) or of a later one ({@code 本周五}: 0, 5; {@code 下周一}: 1, 1;
     * {@code 本周内}: 0, 7); null without the meeting's year, which fixes the weekdays.
     *
     * @param dayOfWeek 1 (Monday) to 7 (Sunday)
     */
    static Valued weekday(Meeting meeting, int weeks, int dayOfWeek) {
        if (meeting == null || meeting.year() == null) {
            return new Valued(null, Deadline.RELATIVE_TO_MEETING);
        }
        LocalDate d = meeting.date();
        return new Valued(d.plusDays(7L * weeks + dayOfWeek - d.getDayOfWeek().getValue()).toString(), Deadline.RELATIVE_TO_MEETING);
    }

    private static LocalDate date(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return day == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** {@code YYYY-MM-DD}, or {@code --MM-DD} when the year is null; day 0 is the month's last day. */
    private static String format(Integer year, int month, int day) {
        if (year == null) {
            return String.format("--%02d-%02d", month, day == 0 ? YearMonth.of(NO_LEAP_YEAR, month).lengthOfMonth() : day);
        }
        return date(year, month, day).toString();
    }

    private static String noYear(LocalDate d) {
        return String.format("--%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
    }
}
