package org.leadpractitioner.domain.escalation;

/** How a stage ended the disagreement, or did not. */
public enum StageOutcome {
    RESOLVED("Resolved", true),
    AGREED_PLAN("An action plan was agreed", true),
    NOT_RESOLVED("Not resolved", false);

    private final String label;
    private final boolean resolving;

    StageOutcome(String label, boolean resolving) {
        this.label = label;
        this.resolving = resolving;
    }

    public String label() {
        return label;
    }

    /** Whether this outcome resolves the escalation (and so closes it as RESOLVED). */
    public boolean isResolving() {
        return resolving;
    }
}
