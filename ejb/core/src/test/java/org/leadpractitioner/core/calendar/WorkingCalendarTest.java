package org.leadpractitioner.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar reads the span a question needs in one query (a wider one only when holidays crowd it). */
class WorkingCalendarTest {

    /** The calendar with the holidays from a list instead of the database, counting the reads and their spans. */
    static final class Recorded extends WorkingCalendar {
        final List<LocalDate> holidays;
        final List<LocalDate[]> reads = new ArrayList<>();

        Recorded(List<LocalDate> holidays) {
            this.holidays = holidays;
        }

        @Override
        List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
            reads.add(new LocalDate[] {from, to});
            return holidays.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).sorted().toList();
        }
    }

    private static final List<LocalDate> WINTER_2026 = List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1));

    @Test
    void minutesDueOverChristmasAreAnsweredWithOneRead() {
        Recorded calendar = new Recorded(WINTER_2026);
        assertEquals(LocalDate.of(2027, 1, 5), calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 5));
        assertEquals(1, calendar.reads.size());
        assertEquals(LocalDate.of(2026, 12, 25), calendar.reads.get(0)[0], "from the day after the meeting");
    }

    @Test
    void theOtherQuestionsReadOnceToo() {
        Recorded calendar = new Recorded(WINTER_2026);
        assertEquals(LocalDate.of(2026, 12, 29), calendar.nextWorkingDayOnOrAfter(LocalDate.of(2026, 12, 25)));
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 5)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 24)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)));
        assertEquals(LocalDate.of(2026, 12, 26), calendar.addWorkingDays(LocalDate.of(2026, 12, 26), 0));
        assertEquals(4, calendar.reads.size(), "one each; none for 0 days or an empty range");
    }

    @Test
    void aSpanCrowdedWithHolidaysIsWidenedUntilItHoldsTheAnswer() {
        // an authority closed for six weeks: every weekday from 1 February to 12 March 2027 recorded as a holiday
        List<LocalDate> closed = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2027, 2, 1); d.isBefore(LocalDate.of(2027, 3, 13)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                closed.add(d);
            }
        }
        Recorded calendar = new Recorded(closed);
        assertEquals(LocalDate.of(2027, 3, 19), calendar.addWorkingDays(LocalDate.of(2027, 1, 29), 5));
        assertEquals(2, calendar.reads.size(), "the first span (5 weeks) held no working day; the second did");
    }

    @Test
    void theFirstSpanHoldsTheWeekdaysNeededFromAnyDay() {
        for (int n = 1; n <= 60; n++) {
            for (LocalDate start = LocalDate.of(2026, 11, 2); start.isBefore(LocalDate.of(2026, 11, 9)); start = start.plusDays(1)) {
                LocalDate due = new Recorded(List.of()).addWorkingDays(start, n);
                assertTrue(!due.isAfter(start.plusDays(WorkingCalendar.firstSpan(n) - 21)),
                        n + " weekdays after " + start + " fit in the weeks allowed for them");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Recorded(List.of()).addWorkingDays(LocalDate.of(2026, 11, 2), -1));
    }
}
