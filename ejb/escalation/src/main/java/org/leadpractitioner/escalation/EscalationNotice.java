package org.leadpractitioner.escalation;

/** Something happened to an escalation that people must be told of by email, once the change has committed. */
public record EscalationNotice(long escalationId, Kind kind) {

    public enum Kind {
        /** raised: the practitioner it is raised with must respond */
        RAISED,
        /** moved up: the new responder must respond */
        MOVED_UP,
        /** moved up to or past a stage at which the partnership's business manager is told */
        MOVED_UP_NOTIFY_PARTNERSHIP,
        /** the stage's deadline passed unresolved: the raiser is prompted to move it up */
        OVERDUE,
        /** the deadline passed and the policy moved it up without waiting */
        OVERDUE_MOVED_UP,
        /** as {@link #OVERDUE_MOVED_UP}, to or past the stage that tells the business manager */
        OVERDUE_MOVED_UP_NOTIFY_PARTNERSHIP,
        /** resolved, closed unresolved or withdrawn */
        CLOSED,
        /** reopened */
        REOPENED;

        boolean notifiesPartnership() {
            return this == MOVED_UP_NOTIFY_PARTNERSHIP || this == OVERDUE_MOVED_UP_NOTIFY_PARTNERSHIP;
        }
    }
}
