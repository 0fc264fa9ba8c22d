package org.leadpractitioner.meetings;

import java.util.List;

/**
 * A meeting was scheduled, changed or cancelled: after the change commits its invitations (or cancellations) go out
 * ({@link InvitationDispatch}). {@code uninvited} are the people taken off the invitation list by the change, who are
 * sent a cancellation (their invitee rows are gone by then).
 */
public record MeetingChanged(long meetingId, List<Recipient> uninvited) {

    /** Someone an email goes to. */
    public record Recipient(String name, String email) {
    }
}
