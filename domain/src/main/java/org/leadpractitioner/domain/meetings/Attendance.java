package org.leadpractitioner.domain.meetings;

/** What an invitee did about a meeting; NOT_RECORDED until the meeting is recorded. */
public enum Attendance {
    NOT_RECORDED("Not recorded yet"),
    ATTENDED("Attended"),
    APOLOGIES("Sent apologies"),
    DID_NOT_ATTEND("Did not attend");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
