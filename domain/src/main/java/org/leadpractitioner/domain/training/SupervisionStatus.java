package org.leadpractitioner.domain.training;

/** Where a supervision session's record stands. */
public enum SupervisionStatus {
    /** Planned for a date; nothing recorded yet. */
    SCHEDULED("Scheduled"),
    /** Being recorded by the supervisor (saved as they type). */
    DRAFT("Being recorded"),
    /** Signed by the supervisor: locked, waiting for the supervisee to confirm or comment. */
    SIGNED_BY_SUPERVISOR("Signed by the supervisor"),
    /** The supervisee confirmed the record (with an optional comment). */
    CONFIRMED("Confirmed by the supervisee"),
    /** The supervisee recorded their disagreement (their comment is kept with the record). */
    DISPUTED("Disputed by the supervisee"),
    /** Did not take place (with a reason). */
    CANCELLED("Cancelled");

    private final String label;

    SupervisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Signed by the supervisor (whatever the supervisee said since): the record is locked and counts as held. */
    public boolean isSigned() {
        return this == SIGNED_BY_SUPERVISOR || this == CONFIRMED || this == DISPUTED;
    }
}
