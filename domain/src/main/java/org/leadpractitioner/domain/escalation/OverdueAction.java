package org.leadpractitioner.domain.escalation;

/** What happens when a stage passes its deadline unresolved, as the authority's stage policy says. */
public enum OverdueAction {
    PROMPT_RAISER("Prompt the raiser to move it up"),
    MOVE_UP_AUTOMATICALLY("Move it up to the next stage automatically");

    private final String label;

    OverdueAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
