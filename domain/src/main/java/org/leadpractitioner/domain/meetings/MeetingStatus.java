package org.leadpractitioner.domain.meetings;

/** SCHEDULED → HELD (its record is complete), or CANCELLED. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    HELD("Held and recorded"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
