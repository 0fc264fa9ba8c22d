package org.leadpractitioner.domain.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.leadpractitioner.domain.core.Checks;

/**
 * When a supervisee's next supervision is due ({@link SupervisionRequirement#dueFor}). It is due on {@code dueOn} and
 * overdue from the day after: overdue supervision is drift for the supervisor.
 *
 * @param lastHeldOn the last signed session, or {@code null}: never supervised by anyone
 */
public record SupervisionDue(LocalDate dueOn, LocalDate lastHeldOn) {

    public SupervisionDue {
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public boolean neverSupervised() {
        return lastHeldOn == null;
    }

    /** After the due date (on the due date itself it is due, not overdue). */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** Days since the due date, 0 when not overdue. */
    public long daysOverdueOn(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    /** A sentence for the supervisor's list. */
    public String describeOn(LocalDate today) {
        String last = neverSupervised() ? "No supervision recorded yet. " : "Last supervision " + Checks.date(lastHeldOn) + ". ";
        if (isOverdueOn(today)) {
            long days = daysOverdueOn(today);
            return last + "Overdue: it was due on " + Checks.date(dueOn) + " (" + days + (days == 1 ? " day" : " days")
                    + " ago).";
        }
        return last + (dueOn.equals(today) ? "Due today." : "Next due on " + Checks.date(dueOn) + ".");
    }
}
