package org.leadpractitioner.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.meetings.MeetingInvitee;
import org.leadpractitioner.domain.meetings.MeetingStatus;
import org.leadpractitioner.domain.meetings.TafMeeting;
import org.leadpractitioner.meetings.invite.CalendarInvite;
import org.leadpractitioner.meetings.invite.IcsWriter;
import org.leadpractitioner.meetings.invite.InvitationMailer;

/**
 * Sends a meeting's invitations once the change that made them has committed ({@link InvitationObserver}), in the
 * background: a REQUEST with the meeting's current sequence to every invitee with an email address (a CANCEL to all
 * when the meeting is cancelled, and to people taken off the list), and notes on each invitee what the mail server
 * said. A family member without an email address is noted as such: the lead gives them the invitation another way
 * (the .ics or a letter). A failure to send never undoes the change; it shows on the meeting.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class InvitationDispatch {

    static final String NO_EMAIL = "No email address: give the invitation another way";

    @PersistenceContext
    EntityManager em;

    @Inject
    InvitationMailer mailer;

    @Inject
    Clock clock;

    @Asynchronous
    public void send(MeetingChanged change) {
        TafMeeting m = em.find(TafMeeting.class, change.meetingId());
        if (m == null) {
            return;
        }
        Instant now = Instant.now(clock);
        List<MeetingInvitee> invitees = em.createNamedQuery(TafMeeting.FIND_INVITEES, MeetingInvitee.class)
                .setParameter("meetingId", m.getId()).getResultList();
        List<CalendarInvite.Attendee> attendees = attendees(invitees);
        boolean cancelled = m.getStatus() == MeetingStatus.CANCELLED;
        Map<String, String> outcomes = Map.of();
        if (!attendees.isEmpty()) {
            CalendarInvite invite = invite(m, attendees, now);
            outcomes = mailer.send(invite, subject(m, cancelled), body(m, cancelled)).stream()
                    .collect(Collectors.toMap(d -> d.recipient().toLowerCase(java.util.Locale.ROOT), InvitationDispatch::describe,
                            (a, b) -> a));
        }
        if (!change.uninvited().isEmpty() && !cancelled) {
            List<CalendarInvite.Attendee> gone = change.uninvited().stream()
                    .map(r -> new CalendarInvite.Attendee(r.name(), r.email(), CalendarInvite.Role.REQUIRED)).toList();
            CalendarInvite cancel = new CalendarInvite(uid(m), m.getSequence(), CalendarInvite.Method.CANCEL, m.getStartsAt(),
                    m.getEndsAt(), TafMeeting.ZONE, summary(m), "You are no longer invited to this meeting.", m.getVenue(),
                    link(m), organizer(m.getOrganiser()), gone, now);
            mailer.send(cancel, "No longer invited: " + summary(m), "You are no longer invited to the " + summary(m)
                    + " on " + m.when() + ". Please remove it from your calendar.");
        }
        for (MeetingInvitee i : invitees) {
            String email = i.email();
            String outcome = email == null ? NO_EMAIL : outcomes.getOrDefault(email.toLowerCase(java.util.Locale.ROOT),
                    "Not sent");
            i.invitationSent(m.getSequence(), (cancelled ? "Cancellation: " : "") + outcome, now);
        }
    }

    private static String describe(InvitationMailer.Delivery d) {
        return d.isSent() ? "Sent" : "Not sent: " + d.reason();
    }

    // ---- the invitation (also the downloadable .ics)

    static String icsOf(TafMeeting m, List<CalendarInvite.Attendee> attendees, Instant now) {
        if (attendees.isEmpty()) {
            attendees = List.of(new CalendarInvite.Attendee(m.getOrganiser().displayName(), m.getOrganiser().getEmail(),
                    CalendarInvite.Role.CHAIR));
        }
        return new IcsWriter().write(invite(m, attendees, now));
    }

    static CalendarInvite invite(TafMeeting m, List<CalendarInvite.Attendee> attendees, Instant now) {
        CalendarInvite.Method method = m.getStatus() == MeetingStatus.CANCELLED ? CalendarInvite.Method.CANCEL
                : CalendarInvite.Method.REQUEST;
        return new CalendarInvite(uid(m), m.getSequence(), method, m.getStartsAt(), m.getEndsAt(), TafMeeting.ZONE,
                summary(m), description(m), m.getVenue(), link(m), organizer(m.getOrganiser()), attendees, now);
    }

    static List<CalendarInvite.Attendee> attendees(List<MeetingInvitee> invitees) {
        List<CalendarInvite.Attendee> out = new ArrayList<>();
        for (MeetingInvitee i : invitees) {
            if (i.email() != null) {
                boolean chair = !i.isFamily() && i.getPractitioner().equals(i.getMeeting().getChair());
                out.add(new CalendarInvite.Attendee(i.displayName(), i.email(), chair ? CalendarInvite.Role.CHAIR
                        : CalendarInvite.Role.REQUIRED));
            }
        }
        return out;
    }

    private static String uid(TafMeeting m) {
        return CalendarInvite.uidFor(m.getId(), "lead-practitioner");
    }

    private static URI link(TafMeeting m) {
        return m.getOnlineLink() == null ? null : URI.create(m.getOnlineLink());
    }

    private static CalendarInvite.Person organizer(Practitioner p) {
        return new CalendarInvite.Person(p.displayName(), p.getEmail());
    }

    /** No names of children or details of the case travel by email: the family's surname and the meeting type only. */
    static String summary(TafMeeting m) {
        return m.getType().label() + " – " + m.getEarlyHelpCase().getFamily().getFamilyName();
    }

    private static String description(TafMeeting m) {
        return m.getType().label() + " for the " + m.getEarlyHelpCase().getFamily().getFamilyName() + ", chaired by "
                + m.getChair().displayName() + "." + (m.getOnlineLink() == null ? "" : " Join online: " + m.getOnlineLink())
                + " Organised by " + m.getOrganiser().displayName() + " (" + m.getOrganiser().getEmail() + ").";
    }

    private static String subject(TafMeeting m, boolean cancelled) {
        return (cancelled ? "Cancelled: " : m.getSequence() > 0 ? "Updated: " : "Invitation: ") + summary(m) + ", " + m.when();
    }

    private static String body(TafMeeting m, boolean cancelled) {
        if (cancelled) {
            return "The " + summary(m) + " on " + m.when() + " is cancelled. Reason: " + m.getCancelReason();
        }
        return "You are invited to the " + summary(m) + " on " + m.when() + " (UK time)"
                + (m.getVenue() == null ? "" : " at " + m.getVenue()) + "."
                + (m.getOnlineLink() == null ? "" : " Join online: " + m.getOnlineLink() + ".")
                + " The meeting is chaired by " + m.getChair().displayName() + ". If you cannot come, please tell "
                + m.getOrganiser().displayName() + " and send a written report.";
    }

}
