package org.leadpractitioner.domain.assignment;

/**
 * Why the lead practitioner changes: the reason codes national social care data uses for a change of worker
 * (DOMAIN.md, "Change of lead practitioner"). {@link #OTHER} needs a written detail.
 */
public enum HandoverReason {
    CASE_MANAGEMENT_DECISION("Case management decision"),
    FAMILY_REQUEST("Family request"),
    WORKER_LEFT_ROLE("Worker left the role"),
    ORGANISATIONAL_RESTRUCTURE("Organisational restructure"),
    TRANSFER_BETWEEN_TEAMS("Transfer between teams"),
    WORKER_ABSENCE("Worker absence"),
    CHANGE_OF_CIRCUMSTANCES("Change of the child's circumstances"),
    CHANGE_OF_PLAN("Change of plan"),
    OTHER("Other");

    private final String label;

    HandoverReason(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }

    /** Whether a written detail is required with this reason. */
    public boolean needsDetail() {
        return this == OTHER;
    }
}
