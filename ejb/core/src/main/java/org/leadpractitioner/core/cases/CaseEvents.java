package org.leadpractitioner.core.cases;

import java.time.LocalDate;
import org.leadpractitioner.domain.core.ClosureReason;

/**
 * Small synchronous CDI events the case core fires so that the areas above it can react without the core
 * knowing them (docs/adr/0002). Observers run in the same transaction: an observer of {@link Closing} may
 * refuse the closure by throwing a {@link org.leadpractitioner.domain.RuleViolation}.
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** A case closes for {@code reason} on {@code on} (its own rules are met; observers may still refuse). */
    public record Closing(long caseId, ClosureReason reason, LocalDate on) {
    }

    /** A case's episode ended on {@code on} (closed, stepped up, or consent withdrawn). */
    public record Ended(long caseId, LocalDate on) {
    }

    /** {@code childId} left the open case {@code caseId} on {@code on} (whatever covered the child there ends). */
    public record ChildLeft(long caseId, long childId, LocalDate on) {
    }

    /**
     * A statutory circumstance of {@code childId} was recorded or ended on {@code on}: what the rules on who leads say
     * about the child's lead may have changed.
     */
    public record CircumstancesChanged(long childId, LocalDate on) {
    }
}
