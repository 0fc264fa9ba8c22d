package org.leadpractitioner.domain.meetings;

import java.time.LocalDate;

/**
 * How often the plan is reviewed, agreed at the first TAF (DOMAIN.md: "typically every 6 weeks at first, moving to
 * termly as things improve"). A school term is taken as 12 weeks: the next review is then roughly once a term and
 * never later than the end of the following one.
 */
public enum ReviewCadence {
    SIX_WEEKLY("Every 6 weeks", 6),
    TERMLY("Termly (every 12 weeks)", 12);

    private final String label;
    private final int weeks;

    ReviewCadence(String label, int weeks) {
        this.label = label;
        this.weeks = weeks;
    }

    public String label() {
        return label;
    }

    public int weeks() {
        return weeks;
    }

    /** The next review after a meeting held on {@code heldOn}. */
    public LocalDate nextReviewAfter(LocalDate heldOn) {
        return heldOn.plusWeeks(weeks);
    }
}
