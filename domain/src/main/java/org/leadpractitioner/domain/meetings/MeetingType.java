package org.leadpractitioner.domain.meetings;

/** Why a Team Around the Family meeting is held (issue 4, item 1). */
public enum MeetingType {
    INITIAL("Initial TAF meeting"),
    REVIEW("Review TAF meeting"),
    STEP_DOWN("Step-down TAF meeting"),
    HANDOVER("Handover TAF meeting"),
    CLOSURE("Closure TAF meeting");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the record of such a meeting must state a review decision (the initial meeting starts the plan). */
    public boolean needsDecision() {
        return this != INITIAL;
    }
}
