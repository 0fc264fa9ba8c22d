package org.leadpractitioner.domain.meetings;

/** What a TAF decided about the plan (issue 4, item 5). */
public enum ReviewDecision {
    CONTINUE("Continue the plan", true),
    STEP_UP("Step up to children's social care", false),
    STEP_DOWN("Step down to universal or single-agency support", false),
    CLOSE("Close, with a sustainability plan", false),
    CHANGE_OF_LEAD("Change the lead practitioner (start a handover)", true);

    private final String label;
    private final boolean planContinues;

    ReviewDecision(String label, boolean planContinues) {
        this.label = label;
        this.planContinues = planContinues;
    }

    public String label() {
        return label;
    }

    /** Whether the TAF plan goes on (and so has a next review). */
    public boolean planContinues() {
        return planContinues;
    }
}
