package org.leadpractitioner.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.cases.CaseEvents;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.CandidateFacts;
import org.leadpractitioner.domain.assignment.ChildFacts;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.HandoverMeeting;
import org.leadpractitioner.domain.assignment.HandoverReason;
import org.leadpractitioner.domain.assignment.LeadAppointment;
import org.leadpractitioner.domain.assignment.LeadCoverage;
import org.leadpractitioner.domain.assignment.LeadHandover;
import org.leadpractitioner.domain.assignment.LeadRule;
import org.leadpractitioner.domain.assignment.RuleCheck;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.StatutoryCircumstance;

/**
 * When a child's circumstances change (issue 3, item 4), the rules are evaluated again for whoever leads for the
 * child. A lead who now breaks a "must" rule is flagged at once (audited; the case's lead panel shows it), and, when
 * the child's circumstances name the practitioner the rule requires, a handover to them is proposed straight away:
 * effective the next day, reason "change of circumstances", for the TAF or the other meeting to confirm, with the
 * incoming lead's appointment going through accept, agree and the family's wish as usual. Nothing is proposed when
 * a handover or a proposal is already waiting for the child, or when the named practitioner could not lead either
 * (the flag stays for people to decide).
 */
@ApplicationScoped
public class CircumstanceObserver {

    private static final Logger LOG = Logger.getLogger(CircumstanceObserver.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    CallerService callers;

    void reviewLeads(@Observes CaseEvents.CircumstancesChanged event) {
        LocalDate today = LocalDate.now(clock);
        Child child = em.find(Child.class, event.childId(), LockModeType.PESSIMISTIC_WRITE);
        List<LeadCoverage> inForce = em.createNamedQuery(LeadCoverage.FIND_CONFIRMED_FOR_CHILD, LeadCoverage.class)
                .setParameter("childId", child.getId()).getResultStream().filter(v -> v.isInForceOn(today)).toList();
        for (LeadCoverage cover : inForce) {
            LeadAppointment lead = cover.getAppointment();
            EarlyHelpCase c = lead.getEarlyHelpCase();
            ChildFacts facts = ChildFacts.of(child, c.getNeedLevel(), today);
            RuleCheck check = LeadRule.evaluate(List.of(facts), CandidateFacts.of(lead.getPractitioner()), lead.getDesignation());
            if (check.allowed()) {
                continue;
            }
            audit.record(AuditAction.UPDATE, "LeadAppointment", lead.getId(), c.getId(), child.getId(),
                    "lead now breaks a must rule after a change of circumstances: " + check.summary());
            proposeHandover(lead, cover, child, facts, today);
        }
    }

    private void proposeHandover(LeadAppointment lead, LeadCoverage cover, Child child, ChildFacts facts, LocalDate today) {
        Long me = callers.current().practitionerId();
        if (me == null || cover.getUntilDate() != null
                || !em.createNamedQuery(LeadHandover.FIND_OPEN_FOR_CHILD, LeadHandover.class).setParameter("childId", child.getId())
                        .setParameter("today", today).getResultList().isEmpty()
                || !em.createNamedQuery(LeadCoverage.FIND_OPEN_PROPOSALS_FOR_CHILD, LeadCoverage.class)
                        .setParameter("childId", child.getId()).getResultList().isEmpty()) {
            return;
        }
        Designation designation = facts.has(CircumstanceType.CHILD_PROTECTION_PLAN)
                ? Designation.LEAD_CHILD_PROTECTION_PRACTITIONER : lead.getDesignation();
        // the practitioner the child's circumstances name, the most recent first, who may lead by every must rule
        List<StatutoryCircumstance> named = child.activeCircumstancesOn(today).stream()
                .filter(s -> s.getResponsiblePractitioner() != null && s.getResponsiblePractitioner().isActive()
                        && !s.getResponsiblePractitioner().equals(lead.getPractitioner()))
                .sorted(Comparator.comparing(StatutoryCircumstance::getStartDate).reversed()).toList();
        for (StatutoryCircumstance s : named) {
            Practitioner incoming = s.getResponsiblePractitioner();
            RuleCheck check = LeadRule.evaluate(List.of(facts), CandidateFacts.of(incoming), designation);
            if (!check.allowed()) {
                continue;
            }
            EarlyHelpCase c = lead.getEarlyHelpCase();
            boolean keepsOthers = lead.getCoverages().stream().anyMatch(v -> !v.getChild().equals(child) && v.isInForceOn(today));
            boolean otherLead = AppointmentService.otherLeadsInForce(em, c.getId(), lead, incoming, today);
            String why = child.displayName() + ": " + s.getType().label().toLowerCase(java.util.Locale.UK) + " recorded on "
                    + today + ", naming " + incoming.displayName() + ".";
            try {
                LeadHandover h = LeadHandover.plan(new LeadHandover.Plan(lead, List.of(child), incoming, designation, null,
                        today.plusDays(1), HandoverReason.CHANGE_OF_CIRCUMSTANCES, null, HandoverMeeting.OTHER_MEETING,
                        today, "Proposed by the system when the change of circumstances was recorded: confirm it at the next"
                                + " meeting of the network.", check.needsJustification() ? "Required by statute. " + why : null,
                        keepsOthers || otherLead ? "Only " + child.displayName() + "'s"
                                + " circumstances changed; the other children keep their lead until the network decides."
                                : null),
                        check, null, otherLead, em.find(Practitioner.class, me), today,
                        Instant.now(clock));
                em.persist(h);
                if (!c.hasActiveMember(incoming, today)) {
                    em.persist(c.addMember(incoming, MembershipKind.INVOLVED, today));
                }
                em.flush();
                audit.record(AuditAction.CREATE, "LeadHandover", h.getId(), c.getId(), child.getId(),
                        "handover proposed after a change of circumstances: " + why);
                return;
            } catch (RuleViolation refused) {
                LOG.fine(() -> "No handover proposed for child " + child.getId() + ": " + refused.getMessage());
            }
        }
    }
}
