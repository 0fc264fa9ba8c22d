package org.leadpractitioner.domain.assignment;

/**
 * The meeting at which a change of lead practitioner was agreed: the guidance has it agreed "as part of a Team
 * around the Family, Child in Need or Child Protection meeting" (Newham, "Change of Lead Practitioner").
 * {@link #OTHER_MEETING} needs a note saying which meeting it was.
 */
public enum HandoverMeeting {
    TEAM_AROUND_THE_FAMILY("Team Around the Family (TAF) meeting"),
    CHILD_IN_NEED("Child in Need (CIN) meeting"),
    CHILD_PROTECTION("Child Protection (CP) conference or core group"),
    OTHER_MEETING("Another meeting");

    private final String label;

    HandoverMeeting(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }

    /** Whether a note saying which meeting it was is required. */
    public boolean needsNote() {
        return this == OTHER_MEETING;
    }
}
