package org.leadpractitioner.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leadpractitioner.assignment.AppointmentViews.ChildRef;
import org.leadpractitioner.assignment.AppointmentViews.HandoverView;
import org.leadpractitioner.assignment.AppointmentViews.Person;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.CandidateFacts;
import org.leadpractitioner.domain.assignment.ChildFacts;
import org.leadpractitioner.domain.assignment.LeadAppointment;
import org.leadpractitioner.domain.assignment.LeadCoverage;
import org.leadpractitioner.domain.assignment.LeadHandover;
import org.leadpractitioner.domain.assignment.LeadRule;
import org.leadpractitioner.domain.assignment.RuleCheck;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Handing the lead role over (issue 3, item 5): planned with an effective date and a reason, agreed at a meeting;
 * the incoming lead is proposed from that date and goes through the appointment workflow (accept, line manager,
 * family's wish), the statutory rules included; when it is confirmed the outgoing lead's cover of the children ends on
 * the date and the incoming lead's begins, so until then the outgoing lead leads and no child is ever without a lead
 * or with two ({@link LeadHandover}). The outgoing lead records when they told the family and the network.
 *
 * <p>Planned by the outgoing lead, someone in their management line, or the early help coordinator; every change
 * locks the children (in id order, as appointments do) and names the version it was made on.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class HandoverService {

    private static final String RECORD = "LeadHandover";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    HandoverCompletion completion;

    /** Plans a handover of some or all of the outgoing lead's children on the case. */
    public HandoverView plan(long caseId, @NotNull @Valid HandoverInputs.Plan input) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        Practitioner me = em.find(Practitioner.class, caller.requirePractitionerId());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        LeadAppointment outgoing = em.find(LeadAppointment.class, input.outgoingAppointmentId());
        if (outgoing == null || !outgoing.getEarlyHelpCase().equals(c)) {
            throw new RuleViolation("assignment.handover-outgoing-unknown", "outgoingAppointmentId", "There is no lead"
                    + " practitioner appointment " + input.outgoingAppointmentId() + " on case " + c.getReference()
                    + ". Choose the lead who hands over from the case's lead panel.");
        }
        Practitioner outgoingLead = outgoing.getPractitioner();
        if (!outgoingLead.equals(me) && !outgoingLead.isManagedBy(me) && !caller.isCoordinator()) {
            throw new RuleViolation("assignment.handover-not-yours", null, "A handover is planned by "
                    + outgoingLead.displayName() + ", their line manager or the early help coordinator, once agreed at a"
                    + " meeting. Ask one of them to plan it.");
        }
        List<Child> children = AppointmentService.childrenOf(em, c, input.childIds(), true);
        LocalDate today = today();
        for (Child child : children) {
            LeadHandover.ensureNoOtherOpenHandover(child, em.createNamedQuery(LeadHandover.FIND_OPEN_FOR_CHILD,
                    LeadHandover.class).setParameter("childId", child.getId()).setParameter("today", today).getResultList());
            em.createNamedQuery(LeadCoverage.FIND_OPEN_PROPOSALS_FOR_CHILD, LeadCoverage.class)
                    .setParameter("childId", child.getId()).getResultStream().findFirst().ifPresent(v -> {
                        throw new RuleViolation("assignment.child-already-proposed.conflict", "childIds", v.getAppointment()
                                .getPractitioner().displayName() + " is already proposed as " + child.displayName()
                                + "'s lead practitioner. Wait for that decision, or withdraw that proposal first.");
                    });
        }
        Practitioner incoming = practitioner(input.practitionerId(), "practitionerId");
        Practitioner contingency = input.contingencyId() == null ? null : practitioner(input.contingencyId(), "contingencyId");
        List<ChildFacts> facts = children.stream().map(ch -> ChildFacts.of(ch, c.getNeedLevel(), today)).toList();
        RuleCheck check = LeadRule.evaluate(facts, CandidateFacts.of(incoming), input.designation());
        RuleCheck contingencyCheck = contingency == null ? null
                : LeadRule.evaluate(facts, CandidateFacts.of(contingency), input.designation());
        boolean otherLead = AppointmentService.otherLeadsInForce(em, caseId, outgoing, incoming, today);
        LeadHandover h = LeadHandover.plan(new LeadHandover.Plan(outgoing, children, incoming, input.designation(),
                contingency, input.effectiveDate(), input.reason(), input.reasonDetail(), input.meeting(),
                input.meetingDate(), input.meetingNote(), input.justification(), input.severalLeadsReason()), check,
                contingencyCheck, otherLead, me, today, now());
        em.persist(h);
        if (!c.hasActiveMember(incoming, today)) {
            em.persist(c.addMember(incoming, MembershipKind.INVOLVED, today));
        }
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, h.getId(), caseId, null, "handover planned from practitioner "
                + outgoingLead.getId() + " to " + incoming.getId() + " on " + input.effectiveDate() + " ("
                + input.reason() + "); incoming appointment " + h.getIncoming().getId() + "; rules: " + check.summary());
        return view(h);
    }

    public HandoverView get(long handoverId) {
        LeadHandover h = visible(handoverId);
        completion.completeIfDue(h, today());
        audit.record(AuditAction.VIEW, RECORD, handoverId, caseId(h), null, "handover");
        return view(h);
    }

    /** The handovers of a case, newest first (a case has a handful). */
    public List<HandoverView> forCase(long caseId) {
        access.requireCase(caseId, callers.current());
        LocalDate today = today();
        List<HandoverView> views = new ArrayList<>();
        for (LeadHandover h : em.createNamedQuery(LeadHandover.FIND_BY_CASE, LeadHandover.class)
                .setParameter("caseId", caseId).getResultList()) {
            completion.completeIfDue(h, today);
            views.add(view(h));
        }
        audit.record(AuditAction.VIEW, RECORD, null, caseId, null, "handovers of the case");
        return views;
    }

    /** The outgoing lead (or the coordinator) records the day they told the family. */
    public HandoverView familyTold(long handoverId, long expectedVersion, @NotNull @Valid HandoverInputs.Told input) {
        LeadHandover h = changeable(handoverId, expectedVersion);
        h.recordFamilyTold(me(), callers.current().isCoordinator(), input.on() == null ? today() : input.on(), today(), now());
        return saved(h, "family told");
    }

    /** The outgoing lead (or the coordinator) records the day they told the network. */
    public HandoverView networkTold(long handoverId, long expectedVersion, @NotNull @Valid HandoverInputs.Told input) {
        LeadHandover h = changeable(handoverId, expectedVersion);
        h.recordNetworkTold(me(), callers.current().isCoordinator(), input.on() == null ? today() : input.on(), today(), now());
        return saved(h, "network told");
    }

    /** Calls the handover off before it takes effect (the planner, the outgoing lead or the coordinator). */
    public HandoverView withdraw(long handoverId, long expectedVersion, @NotNull @Valid AppointmentInputs.Reason input) {
        LeadHandover h = changeable(handoverId, expectedVersion);
        Caller caller = callers.current();
        Practitioner me = me();
        if (!me.equals(h.getPlannedBy()) && !me.equals(h.getOutgoing().getPractitioner()) && !caller.isCoordinator()) {
            throw new RuleViolation("assignment.handover-withdraw-not-yours", null, "Only " + h.getPlannedBy().displayName()
                    + ", who planned it, " + h.getOutgoing().getPractitioner().displayName()
                    + " or the early help coordinator can withdraw this handover.");
        }
        AppointmentService.childrenOf(em, h.getEarlyHelpCase(), h.getChildren().stream().map(Child::getId)
                .collect(java.util.stream.Collectors.toSet()), true);
        boolean agreed = h.getStatus() == org.leadpractitioner.domain.assignment.HandoverStatus.AGREED;
        h.withdraw(me, input.reason(), today(), now());
        if (agreed) { // the incoming lead's LEAD membership (from the day that now never comes) goes with it
            h.getEarlyHelpCase().getMemberships().stream().filter(m -> m.getKind() == MembershipKind.LEAD
                    && m.getPractitioner().equals(h.getIncoming().getPractitioner()) && m.getUntil() == null
                    && !m.getSince().isBefore(h.getLeadChangesOn())).forEach(m -> m.end(m.getSince()));
        }
        return saved(h, "withdrawn: " + input.reason());
    }

    // ---- helpers

    private LeadHandover visible(long handoverId) {
        LeadHandover h = em.find(LeadHandover.class, handoverId);
        if (h == null || !access.canSeeCase(caseId(h), callers.current())) {
            audit.recordRefusal(RECORD, handoverId, h == null ? null : caseId(h), null, "handover outside the caller's scope,"
                    + " or no such handover");
            throw new RecordNotFound("Handover", handoverId);
        }
        return h;
    }

    private LeadHandover changeable(long handoverId, long expectedVersion) {
        LeadHandover h = visible(handoverId);
        Versions.require(h.getVersion(), expectedVersion, "handover");
        return h;
    }

    private HandoverView saved(LeadHandover h, String what) {
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, h.getId(), caseId(h), null, what + "; now " + h.getStatus());
        return view(h);
    }

    private Practitioner practitioner(long id, String field) {
        Practitioner p = em.find(Practitioner.class, id);
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id + ". Choose one from the list.");
        }
        return p;
    }

    private Practitioner me() {
        return em.find(Practitioner.class, callers.current().requirePractitionerId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static long caseId(LeadHandover h) {
        return h.getEarlyHelpCase().getId();
    }

    private static Person person(Practitioner p) {
        return new Person(p.getId(), p.displayName(), p.getRole().label(), p.getAgency().getName());
    }

    HandoverView view(LeadHandover h) {
        Caller caller = callers.current();
        Long me = caller.practitionerId();
        LocalDate today = today();
        boolean outgoingLead = Objects.equals(me, h.getOutgoing().getPractitioner().getId());
        boolean open = h.getStatus().isOpen();
        boolean notYet = h.getLeadChangesOn() == null || today.isBefore(h.getLeadChangesOn());
        return new HandoverView(h.getId(), h.getVersion(), caseId(h), h.getEarlyHelpCase().getReference(), h.getStatus(),
                h.getStatus().label(), person(h.getOutgoing().getPractitioner()), h.getOutgoing().getId(),
                person(h.getIncoming().getPractitioner()), h.getIncoming().getId(),
                h.getChildren().stream().map(ch -> new ChildRef(ch.getId(), ch.displayName())).toList(), h.getEffectiveDate(),
                h.getLeadChangesOn(), h.getReason(), h.getReason().label(), h.getReasonDetail(), h.getMeeting(),
                h.getMeeting().label(), h.getMeetingDate(), h.getMeetingNote(), h.getPlannedBy().displayName(),
                h.getPlannedAt(), h.getFamilyToldOn(), h.getNetworkToldOn(), h.getClosingReason(), h.nextStep(today),
                (outgoingLead || caller.isCoordinator()) && h.getStatus() != org.leadpractitioner.domain.assignment.HandoverStatus.WITHDRAWN
                        && h.getStatus() != org.leadpractitioner.domain.assignment.HandoverStatus.FELL_THROUGH
                        && (h.getFamilyToldOn() == null || h.getNetworkToldOn() == null),
                open && notYet && (outgoingLead || Objects.equals(me, h.getPlannedBy().getId()) || caller.isCoordinator()));
    }

    /** For the appointment workflow: the handover an appointment is the incoming side of, if any. */
    static LeadHandover handoverOf(EntityManager em, LeadAppointment incoming) {
        return em.createNamedQuery(LeadHandover.FIND_BY_INCOMING, LeadHandover.class)
                .setParameter("appointmentId", incoming.getId()).getResultStream().findFirst().orElse(null);
    }
}
