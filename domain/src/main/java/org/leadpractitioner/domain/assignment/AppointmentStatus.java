package org.leadpractitioner.domain.assignment;

/** Where an appointment of a lead practitioner stands. */
public enum AppointmentStatus {
    /** Proposed; waiting for the practitioner to accept, their line manager to agree and the family's wish. */
    PROPOSED("Proposed"),
    /** Agreed by all: the practitioner leads for the children from the effective date. */
    CONFIRMED("Confirmed"),
    /** The practitioner or their line manager said no (with a reason). */
    DECLINED("Declined"),
    /**
     * Withdrawn before it was confirmed, or confirmed for a handover that was called off before it took effect (with a
     * reason; its covers are then empty periods).
     */
    WITHDRAWN("Withdrawn"),
    /** It covers no child any more (handed over, or the case ended). */
    ENDED("Ended");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for a decision. */
    public boolean isOpen() {
        return this == PROPOSED;
    }
}
