package org.leadpractitioner.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands a committed meeting change to the background sender; a rolled-back change sends nothing. */
@ApplicationScoped
public class InvitationObserver {

    @Inject
    InvitationDispatch dispatch;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingChanged change) {
        dispatch.send(change);
    }
}
