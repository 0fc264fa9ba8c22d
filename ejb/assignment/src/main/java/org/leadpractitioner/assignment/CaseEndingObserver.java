package org.leadpractitioner.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.cases.CaseEvents;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.AppointmentStatus;
import org.leadpractitioner.domain.assignment.LeadAppointment;
import org.leadpractitioner.domain.assignment.LeadCoverage;
import org.leadpractitioner.domain.assignment.LeadHandover;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;

/**
 * How the assignment area reacts to a case ending (CDI events of the case core, in the same transaction).
 *
 * <p>A case is never closed because it has no lead: while a child on it has no lead in force the case cannot
 * close as "plan agreed" or "needs met" (a TAF must first agree a lead; DOMAIN.md). The family moving away,
 * withdrawing consent, or the case stepping up to social care are not held up. When a case ends, every lead's
 * coverage ends that day and proposals still waiting are withdrawn; when one child leaves a case, the same happens
 * for that child (a waiting proposal that named the child is withdrawn, to be proposed again for the others).
 */
@ApplicationScoped
public class CaseEndingObserver {

    /** Closures that need every child to have a lead; the others end the episode whatever its state. */
    private static final Set<ClosureReason> NEED_A_LEAD = EnumSet.of(ClosureReason.SUSTAINABILITY_PLAN_AGREED,
            ClosureReason.NEEDS_MET_BY_SINGLE_AGENCY, ClosureReason.OTHER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    HandoverCompletion completion;

    void refuseClosingWithoutLeads(@Observes CaseEvents.Closing event) {
        EarlyHelpCase c = em.find(EarlyHelpCase.class, event.caseId());
        if (c == null || !NEED_A_LEAD.contains(event.reason())) {
            return;
        }
        List<Long> led = em.createQuery("SELECT v.child.id FROM LeadCoverage v JOIN v.appointment a WHERE a.earlyHelpCase.id = :caseId"
                        + " AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                        + " AND v.fromDate <= :on AND (v.untilDate IS NULL OR v.untilDate > :on)", Long.class)
                .setParameter("caseId", c.getId()).setParameter("on", event.on()).getResultList();
        String without = c.getChildren().stream().filter(ch -> !led.contains(ch.getId())).map(Child::displayName).sorted()
                .collect(Collectors.joining(", "));
        if (!without.isEmpty()) {
            throw new RuleViolation("case.child-without-lead", "closureReason", without + (without.contains(",") ? " have" : " has")
                    + " no lead practitioner. A case is not closed for want of a lead: arrange a TAF to agree one (who then"
                    + " agrees the closure), or close for another reason if the family moved away or withdrew consent.");
        }
    }

    void endLeadsWithTheCase(@Observes CaseEvents.Ended event) {
        closeHandovers(event.caseId(), null, event.on(), "The case ended.");
        endCoverages(em.createQuery("SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a"
                + " WHERE a.earlyHelpCase.id = :caseId AND (v.untilDate IS NULL OR v.untilDate > :on)", LeadCoverage.class)
                .setParameter("caseId", event.caseId()).setParameter("on", event.on()).getResultList(), event.on(),
                "The case ended before the appointment was agreed.");
    }

    void endLeadsForALeavingChild(@Observes CaseEvents.ChildLeft event) {
        closeHandovers(event.caseId(), event.childId(), event.on(), "A child it covers left the case.");
        List<LeadCoverage> coverages = em.createQuery("SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a"
                + " WHERE a.earlyHelpCase.id = :caseId AND v.child.id = :childId AND (v.untilDate IS NULL OR v.untilDate > :on)",
                        LeadCoverage.class)
                .setParameter("caseId", event.caseId()).setParameter("childId", event.childId())
                .setParameter("on", event.on()).getResultList();
        endCoverages(coverages, event.on(), "A child named in it left the case before the appointment was agreed."
                + " Propose the lead again for the children still on the case.");
        // a lead left with no child to lead is no longer the lead (they stay involved in the case)
        for (LeadCoverage v : coverages) {
            LeadAppointment a = v.getAppointment();
            if (a.getStatus() == AppointmentStatus.ENDED && stillLeads(a) == 0) {
                a.getEarlyHelpCase().getMemberships().stream()
                        .filter(m -> m.getKind() == MembershipKind.LEAD && m.getPractitioner().equals(a.getPractitioner())
                                && m.isActiveOn(event.on()))
                        .forEach(m -> m.end(event.on()));
                audit.record(AuditAction.UPDATE, "EarlyHelpCase", event.caseId(), event.caseId(), null,
                        "practitioner " + a.getPractitioner().getId() + " no longer leads: no child left to lead");
            }
        }
    }

    private long stillLeads(LeadAppointment ended) {
        return em.createQuery("SELECT COUNT(v) FROM LeadCoverage v JOIN v.appointment a WHERE a.earlyHelpCase = :case"
                        + " AND a.practitioner = :lead AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                        + " AND (v.untilDate IS NULL OR v.untilDate > :today)", Long.class)
                .setParameter("case", ended.getEarlyHelpCase()).setParameter("lead", ended.getPractitioner())
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    /**
     * Handovers of the case (those covering {@code childId}, when given) that have not taken effect are withdrawn, so
     * that the outgoing lead's cover is whole again before it ends with the case; those whose day has come are
     * completed.
     */
    private void closeHandovers(long caseId, Long childId, LocalDate on, String why) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        for (LeadHandover h : em.createNamedQuery(LeadHandover.FIND_BY_CASE, LeadHandover.class)
                .setParameter("caseId", caseId).getResultList()) {
            if (!h.getStatus().isOpen() || childId != null && h.getChildren().stream().noneMatch(c -> c.getId().equals(childId))) {
                continue;
            }
            if (h.isDue(today)) {
                completion.completeIfDue(h, today);
            } else {
                h.withdraw(h.getPlannedBy(), why, today, now);
                audit.record(AuditAction.UPDATE, "LeadHandover", h.getId(), caseId, null, "withdrawn: " + why);
            }
        }
    }

    /** Confirmed leads stop covering the children from {@code on}; proposals still waiting are withdrawn. */
    private void endCoverages(List<LeadCoverage> coverages, LocalDate on, String whyWithdrawn) {
        Instant now = Instant.now(clock);
        for (LeadCoverage v : coverages) {
            LeadAppointment a = v.getAppointment();
            Long caseId = a.getEarlyHelpCase().getId();
            if (a.getStatus() == AppointmentStatus.CONFIRMED) {
                a.stopCovering(v.getChild(), on);
                audit.record(AuditAction.UPDATE, "LeadAppointment", a.getId(), caseId, v.getChild().getId(),
                        "lead's cover of the child ended " + on);
            } else if (a.getStatus() == AppointmentStatus.PROPOSED) {
                a.withdraw(a.getProposedBy(), whyWithdrawn, now);
                audit.record(AuditAction.UPDATE, "LeadAppointment", a.getId(), caseId, null, "proposal withdrawn: " + whyWithdrawn);
            }
        }
    }
}
