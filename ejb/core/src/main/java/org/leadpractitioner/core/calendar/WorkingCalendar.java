package org.leadpractitioner.core.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.leadpractitioner.domain.core.BankHoliday;
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * Working days with the bank holidays as recorded now, for the modules that count deadlines in working days
 * (meetings: minutes within 5 working days; escalation: stage clocks). Inject it into a boundary and call it in
 * the boundary's transaction; it holds no state, and reads the holidays it needs each time (one small query on the
 * unique index of the date), so a holiday an administrator adds counts at once.
 *
 * <p>How days are counted is {@link WorkingDays}'s: the start never counts; the {@code n}th working day after it
 * is the deadline. For many deadlines at once (a list of meetings), load the span once with {@link #between} and
 * ask the {@link WorkingDays} it returns; it refuses questions outside that span rather than guessing.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** How many times the span read is doubled before giving up (only holidays on most weekdays could need it). */
    static final int MAX_WIDENINGS = 10;

    @PersistenceContext
    EntityManager em;

    /** The working days from {@code from} to {@code to} (inclusive), with the holidays of that span read in one query. */
    public WorkingDays between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return WorkingDays.of(holidaysBetween(from, to), from, to);
    }

    /**
     * The {@code n}th working day after {@code start} ({@code start} itself when {@code n} is 0): e.g. 5 working days
     * after Thursday 24 December 2026 is Tuesday 5 January 2027.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Count working days forwards: n must be 0 or more, not " + n);
        }
        return n == 0 ? start : covering(start, n).addWorkingDays(start, n);
    }

    /** The number of working days after {@code from}, up to and including {@code to} (0 when {@code to} is not after it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return to.isAfter(from) ? between(from.plusDays(1), to).workingDaysBetween(from, to) : 0;
    }

    /** Whether {@code day} is a working day (Monday to Friday, not a bank holiday). */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return between(day, day).isWorkingDay(day);
    }

    /** {@code day} when it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return covering(day.minusDays(1), 1).nextWorkingDayOnOrAfter(day);
    }

    /**
     * The working days after {@code start}, far enough to hold {@code n} of them: the first span read is generous (the
     * weeks {@code n} weekdays need plus three weeks of holidays), so one query answers; a wider one is read only if
     * the administrator recorded more holidays than that in a row.
     */
    WorkingDays covering(LocalDate start, int n) {
        long span = firstSpan(n);
        for (int widenings = 0; ; widenings++) {
            LocalDate end = start.plusDays(span);
            WorkingDays days = between(start.plusDays(1), end);
            if (days.workingDaysBetween(start, end) >= n) {
                return days;
            }
            if (widenings == MAX_WIDENINGS) {
                throw new IllegalStateException("Fewer than " + n + " working days in the " + span + " days after " + start
                        + ": check the bank holidays recorded");
            }
            span *= 2;
        }
    }

    /** Calendar days that hold {@code n} weekdays after any day (whole weeks, one more), and three weeks more. */
    static long firstSpan(int n) {
        return (n / 5 + 1) * 7L + 21;
    }

    /** The dates of the holidays from {@code from} to {@code to}, in order: the one query. */
    List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery(BankHoliday.DATES_BETWEEN, LocalDate.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
