package org.leadpractitioner.domain.meetings;

/** Where a SMART action stands. */
public enum ActionStatus {
    NOT_STARTED("Not started", true),
    IN_PROGRESS("In progress", true),
    DONE("Done", false),
    NO_LONGER_NEEDED("No longer needed", false);

    private final String label;
    private final boolean open;

    ActionStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Whether the action is still to be done (and so can become overdue). */
    public boolean isOpen() {
        return open;
    }
}
