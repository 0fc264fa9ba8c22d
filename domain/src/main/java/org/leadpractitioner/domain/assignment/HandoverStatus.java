package org.leadpractitioner.domain.assignment;

/** Where a change of lead practitioner stands. */
public enum HandoverStatus {
    /** Agreed at a meeting; the incoming lead's appointment is proposed (accept, line manager, family's wish). */
    PLANNED("Planned"),
    /** The incoming appointment is confirmed: the outgoing lead's cover ends, and the incoming lead's starts, on the date. */
    AGREED("Agreed"),
    /** The date has come: the incoming lead leads; the outgoing lead's appointment has ended if it covers no other child. */
    COMPLETED("Completed"),
    /** Called off before it took effect (with a reason); the outgoing lead stays the lead. */
    WITHDRAWN("Withdrawn"),
    /** The incoming appointment was declined or withdrawn; the outgoing lead stays the lead. */
    FELL_THROUGH("Fell through");

    private final String label;

    HandoverStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not yet completed, withdrawn or fallen through. */
    public boolean isOpen() {
        return this == PLANNED || this == AGREED;
    }
}
