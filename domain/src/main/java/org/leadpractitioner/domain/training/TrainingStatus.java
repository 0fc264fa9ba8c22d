package org.leadpractitioner.domain.training;

/** Where a practitioner's training record stands. */
public enum TrainingStatus {
    /** A place is booked for a date to come. */
    BOOKED("Booked"),
    /** Completed on a date (booked first or recorded afterwards). */
    COMPLETED("Completed"),
    /** The booking was cancelled; it never counts as done. */
    CANCELLED("Cancelled");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
