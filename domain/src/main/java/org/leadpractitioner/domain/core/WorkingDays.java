package org.leadpractitioner.domain.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays. A value built from the holidays
 * it is given (usually the {@link BankHoliday} rows of a date range, read in one query); it does no I/O.
 *
 * <h2>How days are counted</h2>
 * A deadline "within {@code n} working days" of an event is the {@code n}th working day <em>after</em> the
 * day of the event: the day itself never counts, whether or not it is a working day, and the deadline is
 * always a working day. For example, minutes of a TAF held on Thursday 24 December 2026 are due 5 working
 * days later: Friday 25 December (Christmas Day), the weekend and Monday 28 December (Boxing Day, substitute
 * day) do not count, so the days are Tuesday 29, Wednesday 30 and Thursday 31 December, then (Friday 1 January
 * 2027 being New Year's Day, and after the weekend) Monday 4 and Tuesday 5 January: due Tuesday 5 January 2027.
 * An event on a Saturday counts from the following Monday as an event on the Friday before would: the first
 * working day after either is the Monday (when that is not a holiday).
 *
 * <p>{@link #workingDaysBetween(LocalDate, LocalDate)} counts the same way, so that for every {@code n >= 0}
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}: the working days after {@code from} up to and
 * including {@code to}.
 *
 * <h2>What it knows</h2>
 * Built with {@link #of(Collection)} it treats every date not given as an ordinary day. Built with
 * {@link #of(Collection, LocalDate, LocalDate)} it knows the holidays of that range only, and refuses (with an
 * {@link IllegalArgumentException}) any question whose answer depends on a day outside it, rather than
 * silently treating an unknown day as a working day. Holidays given on a Saturday or Sunday change nothing.
 */
public final class WorkingDays {

    /** Monday 5 January 1970, the origin of the weekday arithmetic (epoch day 4). */
    private static final long A_MONDAY = 4;

    /** The holidays that fall on a weekday (only those can change a count), in date order. */
    private final NavigableSet<LocalDate> holidays;
    private final LocalDate knownFrom;
    private final LocalDate knownTo;

    private WorkingDays(Collection<LocalDate> holidays, LocalDate knownFrom, LocalDate knownTo) {
        Objects.requireNonNull(holidays, "holidays");
        this.knownFrom = Objects.requireNonNull(knownFrom, "knownFrom");
        this.knownTo = Objects.requireNonNull(knownTo, "knownTo");
        if (knownTo.isBefore(knownFrom)) {
            throw new IllegalArgumentException("The range of known holidays ends (" + knownTo + ") before it starts ("
                    + knownFrom + ")");
        }
        TreeSet<LocalDate> weekdays = new TreeSet<>();
        for (LocalDate day : holidays) {
            Objects.requireNonNull(day, "a holiday's date");
            if (!isWeekend(day)) {
                weekdays.add(day);
            }
        }
        this.holidays = Collections.unmodifiableNavigableSet(weekdays);
    }

    /** Working days given these holidays; any other date is an ordinary day (Monday to Friday working). */
    public static WorkingDays of(Collection<LocalDate> holidays) {
        return new WorkingDays(holidays, LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * Working days knowing the holidays from {@code knownFrom} to {@code knownTo} (inclusive) only: {@code holidays}
     * are those of that range (any outside it are ignored), and a question about a day outside it is refused.
     */
    public static WorkingDays of(Collection<LocalDate> holidays, LocalDate knownFrom, LocalDate knownTo) {
        Objects.requireNonNull(knownFrom, "knownFrom");
        Objects.requireNonNull(knownTo, "knownTo");
        return new WorkingDays(holidays.stream().filter(d -> !d.isBefore(knownFrom) && !d.isAfter(knownTo)).toList(),
                knownFrom, knownTo);
    }

    /** Whether {@code day} is a working day: Monday to Friday, and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        requireKnown(day, day);
        return !isWeekend(day) && !holidays.contains(day);
    }

    /**
     * The {@code n}th working day after {@code start} ({@code start} itself never counts); {@code start} when
     * {@code n} is 0. Example: 5 working days after Thursday 24 December 2026 is Tuesday 5 January 2027.
     *
     * @throws IllegalArgumentException if {@code n} is negative, or the answer lies beyond the known range
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Count working days forwards: n must be 0 or more, not " + n);
        }
        if (n == 0) {
            return start;
        }
        // n weekdays on, then one weekday more for each holiday passed, until no holiday is passed
        LocalDate from = start;
        LocalDate result = plusWeekdays(start, n);
        long passed = holidaysAfterUpTo(from, result);
        while (passed > 0) {
            from = result;
            result = plusWeekdays(result, passed);
            passed = holidaysAfterUpTo(from, result);
        }
        requireKnown(start.plusDays(1), result);
        return result;
    }

    /**
     * The number of working days after {@code from}, up to and including {@code to}; 0 when {@code to} is not
     * after {@code from}. From Thursday 24 December 2026 to Tuesday 5 January 2027 it is 5.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        requireKnown(from.plusDays(1), to);
        return Math.toIntExact(weekdaysUpTo(to) - weekdaysUpTo(from) - holidaysAfterUpTo(from, to));
    }

    /** {@code day} if it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return addWorkingDays(day.minusDays(1), 1);
    }

    /** The first day whose holidays are known ({@link LocalDate#MIN} when built without a range). */
    public LocalDate knownFrom() {
        return knownFrom;
    }

    /** The last day whose holidays are known ({@link LocalDate#MAX} when built without a range). */
    public LocalDate knownTo() {
        return knownTo;
    }

    // ---- arithmetic

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** How many weekdays there are from Monday 5 January 1970 up to and including {@code day} (negative before). */
    private static long weekdaysUpTo(LocalDate day) {
        long days = day.toEpochDay() - A_MONDAY;
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7) + 1, 5);
    }

    /** The {@code n}th weekday after {@code start} ({@code n >= 1}). */
    private static LocalDate plusWeekdays(LocalDate start, long n) {
        // counting from a Saturday or Sunday is counting from the Friday before
        LocalDate from = switch (start.getDayOfWeek()) {
            case SATURDAY -> start.minusDays(1);
            case SUNDAY -> start.minusDays(2);
            default -> start;
        };
        long weeks = (n - 1) / 5;
        long rest = (n - 1) % 5 + 1; // 1..5 weekdays after the same weekday `weeks` weeks on
        LocalDate sameDay = from.plusWeeks(weeks);
        int dayOfWeek = sameDay.getDayOfWeek().getValue(); // Monday 1 .. Friday 5
        return sameDay.plusDays(dayOfWeek + rest > 5 ? rest + 2 : rest);
    }

    /** The number of weekday holidays after {@code from}, up to and including {@code to}. */
    private long holidaysAfterUpTo(LocalDate from, LocalDate to) {
        return to.isAfter(from) ? holidays.subSet(from, false, to, true).size() : 0;
    }

    private void requireKnown(LocalDate first, LocalDate last) {
        if (first.isBefore(knownFrom) || last.isAfter(knownTo)) {
            throw new IllegalArgumentException("Bank holidays are known from " + knownFrom + " to " + knownTo
                    + " only, and this needs " + first + " to " + last + ": load the holidays of a range that covers it");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDays w && holidays.equals(w.holidays) && knownFrom.equals(w.knownFrom)
                && knownTo.equals(w.knownTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, knownFrom, knownTo);
    }

    @Override
    public String toString() {
        return "WorkingDays" + holidays + (knownFrom.equals(LocalDate.MIN) && knownTo.equals(LocalDate.MAX) ? ""
                : " known " + knownFrom + ".." + knownTo);
    }
}
