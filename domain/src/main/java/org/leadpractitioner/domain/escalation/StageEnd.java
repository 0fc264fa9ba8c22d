package org.leadpractitioner.domain.escalation;

/** How a stage record ended: the escalation moved up from it, closed at it (resolved or not), or was withdrawn. */
public enum StageEnd {
    MOVED_UP("Moved up"),
    CLOSED("Closed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    StageEnd(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
