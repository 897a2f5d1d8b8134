package org.luoshi.extract;

import org.junit.jupiter.api.Test;
import org.luoshi.model.Deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Deadline values counted against the meeting date: roll-forward, month ends, leap years, working days. */
class DeadlineCalendarTest {
    private static DeadlineCalendar.Meeting meeting(String date) {
        return DeadlineCalendar.Meeting.parse(date);
    }

    @Test
    void readsMeetingDatesWithAndWithoutYear() {
        assertEquals(new DeadlineCalendar.Meeting(2024, 2, 29), meeting("2024-02-29"));
        assertEquals(new DeadlineCalendar.Meeting(null, 11, 22), meeting("--11-22"));
        assertNull(meeting("2024年2月29日"));
        assertNull(meeting(null));
    }

    @Test
    void aMonthAndDayBeforeTheMeetingRollIntoTheNextYear() {
        assertEquals(new DeadlineCalendar.Valued("2020-02-29", Deadline.YEAR_ROLLED_FORWARD),
                DeadlineCalendar.monthDay(meeting("2019-11-22"), null, null, 2, 0));
        assertEquals(new DeadlineCalendar.Valued("2019-11-30", Deadline.YEAR_FROM_MEETING),
                DeadlineCalendar.monthDay(meeting("2019-11-22"), null, null, 11, 0));
        assertEquals(new DeadlineCalendar.Valued("2019-11-22", Deadline.YEAR_FROM_MEETING),
                DeadlineCalendar.monthDay(meeting("2019-11-22"), null, null, 11, 22));
    }

    @Test
    void aYearWordOrAWrittenYearIsNotRolled() {
        assertEquals(new DeadlineCalendar.Valued("2019-03-31", Deadline.YEAR_FROM_MEETING),
                DeadlineCalendar.monthDay(meeting("2019-11-22"), null, 0, 3, 0));
        assertEquals(new DeadlineCalendar.Valued("2018-03-31", null),
                DeadlineCalendar.monthDay(meeting("2019-11-22"), 2018, null, 3, 0));
    }

    @Test
    void aDayThatDoesNotExistIsNoValue() {
        assertNull(DeadlineCalendar.monthDay(meeting("2023-01-05"), 2023, null, 2, 29));
        assertNull(DeadlineCalendar.monthDay(meeting("2023-01-05"), null, null, 4, 31));
        assertEquals("--02-29", DeadlineCalendar.monthDay(meeting("--01-05"), null, null, 2, 29).value());
    }

    @Test
    void monthsFromTheMeetingCrossYearEndsAndKnowLeapYears() {
        assertEquals("2024-02-29", DeadlineCalendar.monthFromMeeting(meeting("2024-01-20"), 1, 0).value());
        assertEquals("2100-02-28", DeadlineCalendar.monthFromMeeting(meeting("2100-01-20"), 1, 0).value());
        assertEquals("2023-01-31", DeadlineCalendar.monthFromMeeting(meeting("2022-12-21"), 1, 0).value());
        assertEquals("2023-02-28", DeadlineCalendar.monthFromMeeting(meeting("2022-12-21"), 2, 31).value());
        assertEquals("--01-31", DeadlineCalendar.monthFromMeeting(meeting("--12-21"), 1, 0).value());
        assertEquals(new DeadlineCalendar.Valued(null, Deadline.RELATIVE_TO_MEETING), DeadlineCalendar.monthFromMeeting(null, 0, 0));
    }

    @Test
    void workingDaysSkipWeekends() {
        // 2024-03-01 is a Friday: the 1st working day after it is Monday 4 March, the 5th Friday 8 March
        assertEquals("2024-03-04", DeadlineCalendar.plusWorkDays(meeting("2024-03-01"), 1).value());
        assertEquals("2024-03-08", DeadlineCalendar.plusWorkDays(meeting("2024-03-01"), 5).value());
        assertEquals(new DeadlineCalendar.Valued(null, Deadline.WORK_DAYS_FROM_MEETING),
                DeadlineCalendar.plusWorkDays(meeting("--03-01"), 5));
    }

    @Test
    void daysAndMonthsAfterTheMeeting() {
        assertEquals("2024-03-03", DeadlineCalendar.plusDays(meeting("2024-02-25"), 7).value());
        assertEquals("2023-03-04", DeadlineCalendar.plusDays(meeting("2023-02-25"), 7).value());
        assertEquals("2024-02-29", DeadlineCalendar.plusMonths(meeting("2024-01-31"), 1).value());
        assertEquals("--01-04", DeadlineCalendar.plusDays(meeting("--12-28"), 7).value());
    }

    @Test
    void weekdaysOfTheMeetingsWeekAndTheNext() {
        // 2024-03-06 is a Wednesday
        assertEquals("2024-03-08", DeadlineCalendar.weekday(meeting("2024-03-06"), 0, 5).value());
        assertEquals("2024-03-11", DeadlineCalendar.weekday(meeting("2024-03-06"), 1, 1).value());
        assertEquals("2024-03-10", DeadlineCalendar.weekday(meeting("2024-03-06"), 0, 7).value());
    }
}
