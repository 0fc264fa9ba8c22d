package org.leadpractitioner.domain.escalation;

/**
 * OPEN → RESOLVED (a stage resolved it or agreed a plan), NOT_RESOLVED (closed unresolved at the last stage) or
 * WITHDRAWN (by the raiser, with a reason). A closed or withdrawn escalation can be reopened (OPEN again).
 */
public enum EscalationStatus {
    OPEN("Open", true),
    RESOLVED("Resolved", false),
    NOT_RESOLVED("Closed unresolved at the last stage", false),
    WITHDRAWN("Withdrawn", false);

    private final String label;
    private final boolean open;

    EscalationStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    /** Whether the escalation is still being worked on (and its current stage has a running clock). */
    public boolean isOpen() {
        return open;
    }
}
