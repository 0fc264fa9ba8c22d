package org.leadpractitioner.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static DemoCalendar on(LocalDate today) {
        return new DemoCalendar(today, LONDON);
    }

    @Test
    void working_days_ago_skip_the_weekend() {
        assertEquals(LocalDate.of(2026, 11, 20), on(MONDAY).workingDaysAgo(1), "Monday minus one working day is Friday");
        assertEquals(LocalDate.of(2026, 11, 16), on(MONDAY).workingDaysAgo(5));
        assertEquals(LocalDate.of(2026, 11, 20), on(LocalDate.of(2026, 11, 22)).workingDaysAgo(1), "from a Sunday");
        assertEquals(MONDAY, DemoCalendar.workingDaysBefore(MONDAY, 0));
    }

    @Test
    void working_days_after_skip_the_weekend() {
        assertEquals(LocalDate.of(2026, 11, 30), DemoCalendar.workingDaysAfter(LocalDate.of(2026, 11, 27), 1));
        assertEquals(LocalDate.of(2026, 12, 7), DemoCalendar.workingDaysAfter(MONDAY, 10));
        assertThrows(IllegalArgumentException.class, () -> DemoCalendar.workingDaysAfter(MONDAY, -1));
    }

    @Test
    void weeks_and_months_ago_land_on_a_working_day_in_the_past() {
        for (int day = 0; day < 800; day++) {
            DemoCalendar cal = on(LocalDate.of(2023, 1, 1).plusDays(day));
            for (LocalDate d : new LocalDate[] {cal.weeksAgo(4), cal.monthsAgo(2), cal.monthsAgo(9), cal.workingDaysAgo(8)}) {
                assertTrue(d.isBefore(cal.today()), d + " is not before " + cal.today());
                assertTrue(d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY, d + " is a weekend");
            }
            assertTrue(!cal.monthsAgo(3).isAfter(cal.today().minusMonths(3)));
        }
    }

    @Test
    void a_child_born_aged_y_years_m_months_has_that_age_every_day_of_the_year_including_leap_days() {
        for (int day = 0; day < 800; day++) {
            LocalDate today = LocalDate.of(2023, 1, 1).plusDays(day);
            for (int[] age : new int[][] {{17, 8}, {17, 11}, {19, 4}, {1, 8}, {0, 11}, {10, 0}}) {
                Period period = Period.between(on(today).bornAged(age[0], age[1]), today);
                assertEquals(age[0], period.getYears(), "years on " + today);
                assertEquals(age[1], period.getMonths(), "months on " + today);
                assertTrue(period.getDays() > 0, "no birthday on the day of loading, " + today);
            }
        }
    }

    @Test
    void a_meeting_still_to_come_falls_back_to_the_start() {
        DemoCalendar cal = on(MONDAY);
        LocalDate opened = cal.workingDaysAgo(3);
        assertEquals(opened, cal.meetingAfter(opened, 10), "the initial TAF has not happened yet");
        LocalDate longAgo = cal.monthsAgo(2);
        assertEquals(DemoCalendar.workingDaysAfter(longAgo, 10), cal.meetingAfter(longAgo, 10));
    }

    @Test
    void records_are_made_in_the_morning_local_time() {
        assertEquals("2026-07-01T08:30:00Z", on(MONDAY).morningOf(LocalDate.of(2026, 7, 1)).toString(), "BST");
        assertEquals("2026-11-23T09:30:00Z", on(MONDAY).morningOf(MONDAY).toString(), "GMT");
    }
}
