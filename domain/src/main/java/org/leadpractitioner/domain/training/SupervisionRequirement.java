package org.leadpractitioner.domain.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often one practitioner must be supervised, as {@link SupervisionPolicies#resolve resolved}.
 *
 * @param policy {@code null} when the built-in default applies
 * @param basis  why, in a sentence (which policy, or the built-in default)
 */
public record SupervisionRequirement(SupervisionFrequency frequency, int expectedDurationMinutes, SupervisionPolicy policy,
        String basis) {

    public SupervisionRequirement {
        Objects.requireNonNull(frequency, "frequency");
    }

    /** No configured policy applies: the built-in default does. */
    public boolean isBuiltIn() {
        return policy == null;
    }

    /** One period after the last session. */
    public LocalDate nextDueOn(LocalDate lastHeldOn) {
        return frequency.after(Objects.requireNonNull(lastHeldOn, "lastHeldOn"));
    }

    /**
     * When the next session is due: one period after the later of the last session and the day the supervisee came
     * under this supervisor, so a supervisee never supervised (or new to the supervisor) is due one period after
     * joining them.
     *
     * @param lastHeldOn      the supervisee's last signed session ({@value SupervisionSession#LAST_HELD_FOR_SUPERVISEES}),
     *                        or {@code null} if none
     * @param supervisedSince the day the supervisee came under their current supervisor, or {@code null} if unknown
     *                        (then {@code lastHeldOn} is required)
     */
    public SupervisionDue dueFor(LocalDate lastHeldOn, LocalDate supervisedSince) {
        if (lastHeldOn == null && supervisedSince == null) {
            throw new IllegalArgumentException("Either the last session or the start of supervision is needed");
        }
        LocalDate from = lastHeldOn == null || supervisedSince != null && supervisedSince.isAfter(lastHeldOn)
                ? supervisedSince : lastHeldOn;
        return new SupervisionDue(frequency.after(from), lastHeldOn);
    }
}
