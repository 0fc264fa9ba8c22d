package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Working days with the England and Wales bank holidays of 2025-2028 (as the migration seeds them), checked on the
 * awkward stretches (Christmas 2026 with Boxing Day on a Saturday, New Year, Easter 2027) and against a plain
 * day-by-day count.
 */
class WorkingDaysTest {

    static final List<LocalDate> HOLIDAYS = List.of(
            d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21), d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25), d(2025, 12, 25),
            d(2025, 12, 26),
            d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25),
            d(2026, 12, 28),
            d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27),
            d(2027, 12, 28),
            d(2028, 1, 3), d(2028, 4, 14), d(2028, 4, 17), d(2028, 5, 1), d(2028, 5, 29), d(2028, 8, 28), d(2028, 12, 25),
            d(2028, 12, 26));

    private final WorkingDays days = WorkingDays.of(HOLIDAYS);

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void weekendsAreNotWorkingDaysAndAreSkipped() {
        assertTrue(days.isWorkingDay(d(2026, 11, 6)), "Friday 6 November 2026");
        assertFalse(days.isWorkingDay(d(2026, 11, 7)), "Saturday");
        assertFalse(days.isWorkingDay(d(2026, 11, 8)), "Sunday");
        assertTrue(days.isWorkingDay(d(2026, 11, 9)), "Monday");

        assertEquals(d(2026, 11, 9), days.addWorkingDays(d(2026, 11, 6), 1), "the next working day after a Friday is Monday");
        assertEquals(d(2026, 11, 13), days.addWorkingDays(d(2026, 11, 6), 5), "a week of working days after a Friday");
        assertEquals(d(2026, 11, 12), days.addWorkingDays(d(2026, 11, 9), 3), "Monday + 3 is Thursday, no weekend");
        assertEquals(d(2026, 11, 23), days.addWorkingDays(d(2026, 11, 9), 10), "two weeks on");
        assertEquals(5, days.workingDaysBetween(d(2026, 11, 6), d(2026, 11, 13)));
        assertEquals(1, days.workingDaysBetween(d(2026, 11, 6), d(2026, 11, 9)), "Saturday and Sunday do not count");
        assertEquals(0, days.workingDaysBetween(d(2026, 11, 6), d(2026, 11, 8)), "only the weekend after Friday");
    }

    @Test
    void minutesOfAMeetingOnChristmasEve2026AreDueOnTuesday5January2027() {
        LocalDate christmasEve = d(2026, 12, 24); // a Thursday
        assertFalse(days.isWorkingDay(d(2026, 12, 25)), "Christmas Day");
        assertFalse(days.isWorkingDay(d(2026, 12, 26)), "Boxing Day falls on a Saturday");
        assertFalse(days.isWorkingDay(d(2026, 12, 28)), "its substitute, Monday 28 December");
        assertTrue(days.isWorkingDay(d(2026, 12, 29)));

        assertEquals(d(2026, 12, 29), days.addWorkingDays(christmasEve, 1));
        assertEquals(d(2026, 12, 31), days.addWorkingDays(christmasEve, 3));
        assertEquals(d(2027, 1, 4), days.addWorkingDays(christmasEve, 4), "past New Year's Day and the weekend");
        assertEquals(d(2027, 1, 5), days.addWorkingDays(christmasEve, 5));
        assertEquals(5, days.workingDaysBetween(christmasEve, d(2027, 1, 5)));
        assertEquals(4, days.workingDaysBetween(christmasEve, d(2027, 1, 4)));
    }

    @Test
    void newYearsDayAndItsSubstitute() {
        assertFalse(days.isWorkingDay(d(2027, 1, 1)), "New Year's Day 2027, a Friday");
        assertEquals(d(2027, 1, 4), days.addWorkingDays(d(2026, 12, 31), 1));
        // 1 January 2028 is a Saturday: the holiday is Monday 3 January
        assertFalse(days.isWorkingDay(d(2028, 1, 3)));
        assertEquals(d(2028, 1, 4), days.addWorkingDays(d(2027, 12, 31), 1));
        // Christmas 2027 falls at the weekend: both substitute days, then the New Year substitute
        assertEquals(d(2027, 12, 29), days.addWorkingDays(d(2027, 12, 24), 1));
        assertEquals(d(2028, 1, 5), days.addWorkingDays(d(2027, 12, 24), 5));
    }

    @Test
    void easter2027() {
        assertFalse(days.isWorkingDay(d(2027, 3, 26)), "Good Friday");
        assertFalse(days.isWorkingDay(d(2027, 3, 29)), "Easter Monday");
        LocalDate maundyThursday = d(2027, 3, 25);
        assertEquals(d(2027, 3, 30), days.addWorkingDays(maundyThursday, 1));
        assertEquals(d(2027, 4, 5), days.addWorkingDays(maundyThursday, 5));
        assertEquals(4, days.workingDaysBetween(maundyThursday, d(2027, 4, 2)));
    }

    @Test
    void aStartOnAHolidayOrAWeekendIsNotCounted() {
        assertEquals(d(2026, 12, 29), days.addWorkingDays(d(2026, 12, 25), 1), "from Christmas Day");
        assertEquals(d(2026, 12, 30), days.addWorkingDays(d(2026, 12, 25), 2));
        assertEquals(d(2026, 12, 29), days.addWorkingDays(d(2026, 12, 26), 1), "from the Saturday");
        assertEquals(d(2026, 12, 29), days.addWorkingDays(d(2026, 12, 27), 1), "from the Sunday");
        assertEquals(d(2026, 12, 29), days.addWorkingDays(d(2026, 12, 28), 1), "from the substitute day");
        assertEquals(d(2027, 3, 30), days.addWorkingDays(d(2027, 3, 28), 1), "from Easter Sunday");
        assertEquals(d(2026, 11, 13), days.addWorkingDays(d(2026, 11, 7), 5), "a Saturday counts as its Friday would");
        assertEquals(1, days.workingDaysBetween(d(2026, 12, 25), d(2026, 12, 29)));
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfAndNegativeCountsAreRefused() {
        assertEquals(d(2026, 11, 6), days.addWorkingDays(d(2026, 11, 6), 0));
        assertEquals(d(2026, 12, 26), days.addWorkingDays(d(2026, 12, 26), 0), "even when it is no working day");
        assertThrows(IllegalArgumentException.class, () -> days.addWorkingDays(d(2026, 11, 6), -1));
    }

    @Test
    void betweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertEquals(0, days.workingDaysBetween(d(2026, 11, 9), d(2026, 11, 9)));
        assertEquals(0, days.workingDaysBetween(d(2026, 11, 9), d(2026, 11, 2)));
        assertEquals(253, days.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)),
                "2026 has 261 weekdays, 8 of them bank holidays");
    }

    @Test
    void theNextWorkingDayOnOrAfter() {
        assertEquals(d(2026, 12, 24), days.nextWorkingDayOnOrAfter(d(2026, 12, 24)), "a working day is itself");
        assertEquals(d(2026, 12, 29), days.nextWorkingDayOnOrAfter(d(2026, 12, 25)));
        assertEquals(d(2026, 12, 29), days.nextWorkingDayOnOrAfter(d(2026, 12, 26)));
        assertEquals(d(2027, 3, 30), days.nextWorkingDayOnOrAfter(d(2027, 3, 26)), "Good Friday to Easter Tuesday");
        assertEquals(d(2028, 1, 4), days.nextWorkingDayOnOrAfter(d(2028, 1, 1)));
        assertEquals(d(2026, 11, 9), days.nextWorkingDayOnOrAfter(d(2026, 11, 7)));
    }

    @Test
    void agreesWithCountingDayByDayAcrossTheFourYears() {
        Set<LocalDate> holidays = Set.copyOf(HOLIDAYS);
        for (LocalDate start = d(2024, 12, 20); start.isBefore(d(2028, 12, 31)); start = start.plusDays(3)) {
            for (int n = 0; n <= 45; n += (n < 12 ? 1 : 11)) {
                LocalDate expected = start;
                for (int counted = 0; counted < n; ) {
                    expected = expected.plusDays(1);
                    if (expected.getDayOfWeek().getValue() <= 5 && !holidays.contains(expected)) {
                        counted++;
                    }
                }
                LocalDate due = days.addWorkingDays(start, n);
                assertEquals(expected, due, n + " working days after " + start);
                assertEquals(n, days.workingDaysBetween(start, due), "from " + start + " to " + due);
                if (n > 0) {
                    assertTrue(days.isWorkingDay(due), due + " is a working day");
                }
            }
        }
    }

    @Test
    void aHolidayGivenOnAWeekendChangesNothing() {
        WorkingDays withSaturday = WorkingDays.of(List.of(d(2026, 12, 25), d(2026, 12, 26)));
        assertEquals(d(2026, 12, 28), withSaturday.addWorkingDays(d(2026, 12, 24), 1),
                "Boxing Day on the Saturday without its substitute: Monday works");
        assertEquals(WorkingDays.of(List.of(d(2026, 12, 25))), withSaturday);
        assertEquals(d(2026, 12, 28), WorkingDays.of(List.of()).addWorkingDays(d(2026, 12, 24), 2), "no holidays at all");
    }

    @Test
    void aRangeOfKnownHolidaysRefusesQuestionsBeyondIt() {
        WorkingDays december = WorkingDays.of(HOLIDAYS, d(2026, 12, 1), d(2026, 12, 31));
        assertEquals(d(2026, 12, 31), december.addWorkingDays(d(2026, 12, 24), 3));
        assertFalse(december.isWorkingDay(d(2026, 12, 28)));
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> december.addWorkingDays(d(2026, 12, 24), 4), "would need 1 January 2027, which it does not know");
        assertTrue(beyond.getMessage().contains("2026-12-31"), beyond.getMessage());
        assertThrows(IllegalArgumentException.class, () -> december.isWorkingDay(d(2026, 11, 30)));
        assertThrows(IllegalArgumentException.class, () -> december.workingDaysBetween(d(2026, 12, 1), d(2027, 1, 4)));
        assertEquals(3, december.workingDaysBetween(d(2026, 11, 30), d(2026, 12, 3)), "the day before the range is not counted");
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.of(HOLIDAYS, d(2026, 12, 31), d(2026, 12, 1)));
        assertEquals(DayOfWeek.THURSDAY, december.addWorkingDays(d(2026, 12, 1), 2).getDayOfWeek());
    }
}
