package org.luoshi.formula;

import java.time.LocalDate;

/** Dates of the index as numbers {@code yyyymmdd} (month or day 00 when not known), as text and as days. */
final class Dates {
    private Dates() {
    }

    /** 20191122 → {@code 2019-11-22}, 20191100 → {@code 2019-11}, 20190000 → {@code 2019}; null for 0. */
    static String iso(int date) {
        if (date <= 0) {
            return null;
        }
        int y = date / 10_000;
        int m = date / 100 % 100;
        int d = date % 100;
        if (m == 0) {
            return String.format("%04d", y);
        }
        return d == 0 ? String.format("%04d-%02d", y, m) : String.format("%04d-%02d-%02d", y, m, d);
    }

    /** The day of a date, a month or day 00 read as the first. */
    static LocalDate day(int date) {
        int m = date / 100 % 100;
        int d = date % 100;
        return LocalDate.of(date / 10_000, m == 0 ? 1 : m, d == 0 ? 1 : d);
    }

    /** The day as {@code yyyymmdd}. */
    static int number(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}
