package org.leadpractitioner.assignment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.domain.assignment.LeadHandover;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Completes agreed handovers once their day has come: the outgoing appointment ends when it leads no child any more,
 * and the outgoing practitioner is then no longer a LEAD member of the case (they stay involved). Who leads on a
 * day never depends on this (covers carry their dates); it tidies the appointment's status and the case's members.
 * Runs every night, and for a handover whenever it is read.
 */
@Stateless
@PermitAll // time-driven housekeeping: it only completes what is due, for anyone
public class HandoverCompletion {

    private static final Logger LOG = Logger.getLogger(HandoverCompletion.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Schedule(hour = "0", minute = "15", persistent = false)
    public void completeDue() {
        LocalDate today = LocalDate.now(clock);
        int done = 0;
        for (LeadHandover h : em.createNamedQuery(LeadHandover.FIND_DUE, LeadHandover.class).setParameter("today", today)
                .setMaxResults(1000).getResultList()) {
            completeIfDue(h, today);
            done++;
        }
        if (done > 0) {
            LOG.info("Completed " + done + " handover(s) of lead practitioner due by " + today);
        }
    }

    /** Completes {@code h} if it is agreed and its day has come; nothing otherwise. */
    public void completeIfDue(LeadHandover h, LocalDate today) {
        if (!h.isDue(today)) {
            return;
        }
        boolean outgoingEnded = h.complete(today, Instant.now(clock));
        Practitioner out = h.getOutgoing().getPractitioner();
        if (outgoingEnded && stillLeads(h, out) == 0) {
            h.getEarlyHelpCase().getMemberships().stream()
                    .filter(m -> m.getKind() == MembershipKind.LEAD && m.getPractitioner().equals(out) && m.getUntil() == null)
                    .forEach(m -> m.end(h.getLeadChangesOn().isBefore(m.getSince()) ? m.getSince() : h.getLeadChangesOn()));
        }
        audit.record(AuditAction.UPDATE, "LeadHandover", h.getId(), h.getEarlyHelpCase().getId(), null,
                "completed: the lead changed on " + h.getLeadChangesOn());
    }

    private long stillLeads(LeadHandover h, Practitioner lead) {
        return em.createQuery("SELECT COUNT(v) FROM LeadCoverage v JOIN v.appointment a WHERE a.earlyHelpCase = :case"
                        + " AND a.practitioner = :lead AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                        + " AND (v.untilDate IS NULL OR v.untilDate > :on)", Long.class)
                .setParameter("case", h.getEarlyHelpCase()).setParameter("lead", lead).setParameter("on", h.getLeadChangesOn())
                .getSingleResult();
    }
}
