package org.leadpractitioner.domain.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * When a stage must have been dealt with. On the standard route the deadline is a day, {@code dueOn}: the {@code n}th
 * working day after the day the stage started (in UK time; {@link WorkingDays}, docs/adr/0013), and the stage is late
 * from the end of that day, {@code at} (midnight at the start of the next day, UK time). On the urgent route it is a
 * number of hours after the stage started, counted as elapsed time (24 hours across the night the clocks go back is
 * 24 hours, not "the same time tomorrow"); there is no due day then ({@code dueOn} is {@code null}).
 *
 * @param dueOn the last working day of the stage (standard route), or {@code null} (urgent route)
 * @param at    the moment from which the stage is overdue
 */
public record StageDeadline(LocalDate dueOn, Instant at) {

    /** UK time: the day a stage starts and the end of its due day are read in it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    public StageDeadline {
        Objects.requireNonNull(at, "at");
    }

    /** The end of the {@code n}th working day after the day (UK time) of {@code start}. */
    public static StageDeadline workingDaysAfter(Instant start, int n, WorkingDays workingDays) {
        LocalDate due = workingDays.addWorkingDays(start.atZone(ZONE).toLocalDate(), n);
        return new StageDeadline(due, due.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** {@code hours} hours after {@code start}. */
    public static StageDeadline hoursAfter(Instant start, int hours) {
        return new StageDeadline(null, start.plus(Duration.ofHours(hours)));
    }

    /** Whether the deadline has been reached at {@code now} (the stage is late from {@link #at} on). */
    public boolean isPassed(Instant now) {
        return !now.isBefore(at);
    }

    /** "the end of Tuesday 1 December 2026", or (urgent route) "Tuesday 1 December 2026 at 14:00 (UK time)". */
    public String describe() {
        return dueOn != null ? "the end of " + DAY.format(dueOn) : MOMENT.format(at.atZone(ZONE)) + " (UK time)";
    }
}
