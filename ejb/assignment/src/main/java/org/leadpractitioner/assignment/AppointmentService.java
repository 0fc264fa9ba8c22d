package org.leadpractitioner.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentSummary;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentView;
import org.leadpractitioner.assignment.AppointmentViews.CheckResult;
import org.leadpractitioner.assignment.AppointmentViews.ChildLead;
import org.leadpractitioner.assignment.AppointmentViews.ChildRef;
import org.leadpractitioner.assignment.AppointmentViews.Finding;
import org.leadpractitioner.assignment.AppointmentViews.LeadPanel;
import org.leadpractitioner.assignment.AppointmentViews.LeadPeriod;
import org.leadpractitioner.assignment.AppointmentViews.LedCase;
import org.leadpractitioner.assignment.AppointmentViews.Person;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.training.TrainingService;
import org.leadpractitioner.domain.assignment.AppointmentStatus;
import org.leadpractitioner.domain.assignment.CandidateFacts;
import org.leadpractitioner.domain.assignment.CandidateRanking;
import org.leadpractitioner.domain.assignment.ChildFacts;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.LeadAppointment;
import org.leadpractitioner.domain.assignment.HandoverStatus;
import org.leadpractitioner.domain.assignment.LeadCoverage;
import org.leadpractitioner.domain.assignment.LeadHandover;
import org.leadpractitioner.domain.assignment.LeadRule;
import org.leadpractitioner.domain.assignment.RuleCheck;
import org.leadpractitioner.domain.assignment.RuleFinding;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.CaseMembership;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Appointing lead practitioners: the rules checked at the moment of decision, the workflow (propose, accept,
 * agree, the family's wish, in force), and who leads for each child. Every read and change is scoped to the
 * case and audited; "one lead per child" holds under concurrency because each change locks the children it
 * covers (in id order, as opening a case does) before checking.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class AppointmentService {

    private static final String RECORD = "LeadAppointment";

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
    TrainingService training;

    /** A dry run: what the rules say about this practitioner leading for these children, nothing saved. */
    public CheckResult check(long caseId, @NotNull @Valid AppointmentInputs.Check input) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        List<Child> children = childrenOf(c, input.childIds(), false);
        Practitioner p = practitioner(input.practitionerId(), "practitionerId");
        RuleCheck check = rules(c, children, p, input.designation());
        audit.record(AuditAction.VIEW, "LeadRuleCheck", null, caseId, null,
                "rules checked for practitioner " + p.getId() + " and children " + ids(children));
        return new CheckResult(p.getId(), p.displayName(), input.designation(), check.allowed(), check.needsJustification(),
                findings(check));
    }

    /**
     * Ranks the practitioners involved with the family (members of its open cases, and the practitioners named on the
     * children's statutory circumstances) as lead for children of the case ({@code childIds} empty: every child on
     * it), by the guidance's criteria, each with its reasons ({@link CandidateRanking}). Nothing is saved.
     */
    public AppointmentViews.Candidates candidates(long caseId, Set<Long> childIds, Designation designation) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        List<Child> children = childIds == null || childIds.isEmpty()
                ? c.getChildren().stream().sorted(Comparator.comparing(Child::getId)).toList()
                : childrenOf(c, childIds, false);
        LocalDate today = today();
        List<ChildFacts> facts = children.stream().map(ch -> ChildFacts.of(ch, c.getNeedLevel(), today)).toList();
        Designation chosen = designation != null ? designation
                : facts.stream().anyMatch(f -> f.has(org.leadpractitioner.domain.core.CircumstanceType.CHILD_PROTECTION_PLAN))
                        ? Designation.LEAD_CHILD_PROTECTION_PRACTITIONER : Designation.FAMILY_HELP_LEAD_PRACTITIONER;

        // who: the family's practitioners now, and those the children's circumstances name (one query each)
        Set<Long> ids = new TreeSet<>(em.createQuery("SELECT DISTINCT m.practitioner.id FROM CaseMembership m"
                        + " JOIN m.earlyHelpCase x WHERE x.family = :family"
                        + " AND x.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"
                        + " AND m.since <= :today AND (m.until IS NULL OR m.until > :today)", Long.class)
                .setParameter("family", c.getFamily()).setParameter("today", today).getResultList());
        facts.forEach(f -> f.circumstances().stream().filter(x -> x.responsibleId() != null)
                .forEach(x -> ids.add(x.responsibleId())));
        if (ids.isEmpty()) {
            return new AppointmentViews.Candidates(caseId, chosen, childRefs(children), criteria(), List.of());
        }
        List<Practitioner> people = em.createQuery("SELECT p FROM Practitioner p JOIN FETCH p.agency"
                        + " LEFT JOIN FETCH p.lineManager WHERE p.id IN :ids AND p.active = TRUE", Practitioner.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, LocalDate> since = new java.util.HashMap<>();
        em.createQuery("SELECT m.practitioner.id, MIN(m.since) FROM CaseMembership m WHERE m.earlyHelpCase.id = :caseId"
                        + " AND m.since <= :today AND (m.until IS NULL OR m.until > :today) GROUP BY m.practitioner.id",
                        Object[].class).setParameter("caseId", caseId).setParameter("today", today).getResultStream()
                .forEach(row -> since.put((Long) row[0], (LocalDate) row[1]));
        Set<Long> askedFor = Set.copyOf(em.createQuery("SELECT DISTINCT a.familyAskedFor.id FROM LeadAppointment a"
                        + " WHERE a.earlyHelpCase.id = :caseId AND a.familyAskedFor IS NOT NULL", Long.class)
                .setParameter("caseId", caseId).getResultList());
        Map<Long, Long> leads = new java.util.HashMap<>();
        em.createQuery("SELECT m.practitioner.id, COUNT(DISTINCT m.earlyHelpCase.id) FROM CaseMembership m"
                        + " WHERE m.practitioner.id IN :ids AND m.kind = org.leadpractitioner.domain.core.MembershipKind.LEAD"
                        + " AND m.until IS NULL AND m.earlyHelpCase.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"
                        + " GROUP BY m.practitioner.id", Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(row -> leads.put((Long) row[0], ((Number) row[1]).longValue()));
        Set<Long> trained = training.trainedForLeadRole(ids);
        List<CandidateRanking.Candidate> candidates = people.stream().map(p -> new CandidateRanking.Candidate(
                CandidateFacts.of(p), p.getAgency().getName(), LeadRule.evaluate(facts, CandidateFacts.of(p), chosen),
                askedFor.contains(p.getId()), since.get(p.getId()), leads.getOrDefault(p.getId(), 0L),
                p.getLeadCaseCapacity(), p.getLineManager() == null ? null : p.getLineManager().displayName(),
                trained.contains(p.getId()))).toList();
        List<AppointmentViews.Candidate> ranked = CandidateRanking.rank(candidates, facts).stream()
                .map(r -> new AppointmentViews.Candidate(r.rank(), r.candidate().facts().practitionerId(),
                        r.candidate().facts().name(), r.candidate().facts().role().label(), r.candidate().agencyName(),
                        r.allowed(), r.reasons().stream().map(x -> new AppointmentViews.CandidateReason(
                                x.criterion().name(), x.criterion().label(), x.effect().name(), x.effect().label(),
                                x.text())).toList())).toList();
        audit.record(AuditAction.VIEW, "LeadCandidates", null, caseId, null, "candidate leads ranked for children "
                + ids(children));
        return new AppointmentViews.Candidates(caseId, chosen, childRefs(children), criteria(), ranked);
    }

    private static List<ChildRef> childRefs(List<Child> children) {
        return children.stream().map(ch -> new ChildRef(ch.getId(), ch.displayName())).toList();
    }

    private static List<String> criteria() {
        return java.util.Arrays.stream(CandidateRanking.Criterion.values()).map(CandidateRanking.Criterion::label).toList();
    }

    /**
     * Proposes a lead for children of the case. Refused with the rule's explanation when a "must" rule is broken;
     * a justification is required when a "usually"/"may" rule is not followed; a conflict when a child already has a
     * lead in force or a proposal waiting. The proposed practitioner joins the case (as involved) so that they and
     * their line manager can see what they are asked to take on.
     */
    public AppointmentView propose(long caseId, @NotNull @Valid AppointmentInputs.Propose input) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        Practitioner proposer = me(caller);
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        List<Child> children = childrenOf(c, input.childIds(), true);
        for (Child child : children) {
            ensureNoLeadOrProposal(child, input.effectiveFrom());
        }
        Practitioner lead = practitioner(input.practitionerId(), "practitionerId");
        Practitioner contingency = input.contingencyId() == null ? null : practitioner(input.contingencyId(), "contingencyId");
        RuleCheck check = rules(c, children, lead, input.designation());
        RuleCheck contingencyCheck = contingency == null ? null : rules(c, children, contingency, input.designation());
        boolean anotherLead = otherLeadsInForce(em, caseId, null, lead, today());
        LeadAppointment a = LeadAppointment.propose(new LeadAppointment.Proposal(c, lead, children, input.designation(),
                contingency, input.effectiveFrom(), input.atTaf(), input.tafDate(), input.justification(),
                input.severalLeadsReason()), check, contingencyCheck, anotherLead, proposer, Instant.now(clock));
        em.persist(a);
        LocalDate today = today();
        if (!c.hasActiveMember(lead, today)) {
            em.persist(c.addMember(lead, MembershipKind.INVOLVED, today));
        }
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, a.getId(), caseId, null, "lead proposed: practitioner " + lead.getId()
                + " for children " + ids(children) + "; rules: " + check.summary());
        return view(a);
    }

    public AppointmentView get(long appointmentId) {
        LeadAppointment a = visible(appointmentId);
        audit.record(AuditAction.VIEW, RECORD, a.getId(), caseId(a), null, "appointment");
        return view(a);
    }

    /** The proposed practitioner accepts. */
    public AppointmentView accept(long appointmentId, long expectedVersion) {
        LeadAppointment a = changeable(appointmentId, expectedVersion);
        a.accept(me(callers.current()), Instant.now(clock));
        return saved(confirmIfReady(a), "accepted by the practitioner");
    }

    /** The practitioner's line manager (or, where none is recorded, the early help coordinator) agrees. */
    public AppointmentView agree(long appointmentId, long expectedVersion) {
        Caller caller = callers.current();
        LeadAppointment a = changeable(appointmentId, expectedVersion);
        a.agree(caller.practitionerId() == null ? null : em.find(Practitioner.class, caller.practitionerId()),
                caller.isCoordinator(), Instant.now(clock));
        return saved(confirmIfReady(a), "agreed by the line manager");
    }

    public AppointmentView recordFamilyWish(long appointmentId, long expectedVersion,
            @NotNull @Valid AppointmentInputs.RecordFamilyWish input) {
        LeadAppointment a = changeable(appointmentId, expectedVersion);
        Practitioner askedFor = input.askedForPractitionerId() == null ? null
                : practitioner(input.askedForPractitionerId(), "askedForPractitionerId");
        a.recordFamilyWish(input.wish(), askedFor, input.askedForName(), input.reasonNotMet(), Instant.now(clock));
        return saved(confirmIfReady(a), "family's wish recorded: " + input.wish());
    }

    public AppointmentView decline(long appointmentId, long expectedVersion, @NotNull @Valid AppointmentInputs.Reason input) {
        LeadAppointment a = changeable(appointmentId, expectedVersion);
        a.decline(me(callers.current()), input.reason(), Instant.now(clock));
        handoverFallsThrough(a);
        return saved(a, "declined");
    }

    /** The proposer (or the early help coordinator) takes back a proposal still waiting. */
    public AppointmentView withdraw(long appointmentId, long expectedVersion, @NotNull @Valid AppointmentInputs.Reason input) {
        Caller caller = callers.current();
        LeadAppointment a = changeable(appointmentId, expectedVersion);
        Practitioner me = me(caller);
        if (!a.getProposedBy().equals(me) && !caller.isCoordinator()) {
            throw new RuleViolation("assignment.withdraw-not-yours", null, "Only " + a.getProposedBy().displayName()
                    + ", who proposed it, or the early help coordinator can withdraw this proposal.");
        }
        a.withdraw(me, input.reason(), Instant.now(clock));
        handoverFallsThrough(a);
        return saved(a, "withdrawn");
    }

    /** Who leads for each child of the case, what needs attention (no lead; a lead now breaking a "must" rule), what is pending. */
    public LeadPanel panel(long caseId) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        LocalDate today = today();
        List<LeadCoverage> coverages = em.createNamedQuery(LeadCoverage.FIND_BY_CASE, LeadCoverage.class)
                .setParameter("caseId", caseId).getResultList();
        List<ChildLead> children = new ArrayList<>();
        for (Child child : c.getChildren().stream().sorted(Comparator.comparing(Child::getDateOfBirth)).toList()) {
            List<LeadCoverage> confirmed = coverages.stream().filter(v -> v.getChild().equals(child)
                    && v.getAppointment().getStatus() != AppointmentStatus.PROPOSED
                    && v.getAppointment().getStatus() != AppointmentStatus.DECLINED
                    && v.getAppointment().getStatus() != AppointmentStatus.WITHDRAWN).toList();
            LeadCoverage now = confirmed.stream().filter(v -> v.isInForceOn(today)).findFirst().orElse(null);
            List<String> flags = new ArrayList<>();
            if (now == null && c.isOpen()) {
                flags.add("No lead practitioner in force: this is drift. Arrange a TAF to agree a lead.");
            }
            if (now != null && c.isOpen()) {
                LeadAppointment a = now.getAppointment();
                RuleCheck check = rules(c, List.of(child), a.getPractitioner(), a.getDesignation());
                check.refusals().forEach(f -> flags.add("Breaks the rule '" + f.rule().title() + "': " + f.explanation()
                        + " Plan a handover."));
            }
            confirmed.stream().filter(v -> v.getAppointment().getStatus() == AppointmentStatus.CONFIRMED
                    && v.getFromDate().isAfter(today)).findFirst().ifPresent(next -> flags.add(
                    next.getAppointment().getPractitioner().displayName() + " leads from " + Checks.date(next.getFromDate()) + "."));
            LeadAppointment a = now == null ? null : now.getAppointment();
            children.add(new ChildLead(child.getId(), child.displayName(), a == null ? null : a.getId(),
                    a == null ? null : a.getPractitioner().displayName(),
                    a == null ? null : a.getPractitioner().getRole().label(), a == null ? null : a.getDesignation().label(),
                    now == null ? null : now.getFromDate(),
                    a == null || a.getContingency() == null ? null : a.getContingency().displayName(), flags));
        }
        Map<LeadAppointment, List<LeadCoverage>> byAppointment = coverages.stream()
                .collect(Collectors.groupingBy(LeadCoverage::getAppointment, LinkedHashMap::new, Collectors.toList()));
        List<AppointmentSummary> pending = byAppointment.keySet().stream().filter(a -> a.getStatus().isOpen())
                .map(a -> summary(a, byAppointment.get(a), today)).toList();
        List<LeadPeriod> history = coverages.stream().filter(v -> v.getAppointment().getStatus() == AppointmentStatus.CONFIRMED
                        || v.getAppointment().getStatus() == AppointmentStatus.ENDED)
                .map(v -> new LeadPeriod(v.getChild().getId(), v.getChild().displayName(), v.getAppointment().getId(),
                        v.getAppointment().getPractitioner().displayName(), v.getAppointment().getDesignation().label(),
                        v.getFromDate(), v.getUntilDate())).toList();
        audit.record(AuditAction.VIEW, "LeadPanel", null, caseId, null, "lead practitioners of the case");
        return new LeadPanel(caseId, c.getReference(), c.isOpen(), children, pending, history);
    }

    /**
     * Every lead a child has had, on any case, oldest first (the full history per child): for those who may see the
     * child's family.
     */
    public List<LeadPeriod> childHistory(long childId) {
        Child child = em.find(Child.class, childId);
        if (child == null || !access.canSeeFamily(child.getFamily().getId(), callers.current())) {
            audit.recordRefusal("Child", childId, null, childId, "lead history of a child outside the caller's scope");
            throw new RecordNotFound("Child", childId);
        }
        List<LeadPeriod> periods = em.createNamedQuery(LeadCoverage.FIND_HISTORY_FOR_CHILD, LeadCoverage.class)
                .setParameter("childId", childId).getResultStream()
                .map(v -> new LeadPeriod(childId, child.displayName(), v.getAppointment().getId(),
                        v.getAppointment().getPractitioner().displayName(), v.getAppointment().getDesignation().label(),
                        v.getFromDate(), v.getUntilDate())).toList();
        audit.record(AuditAction.VIEW, "Child", childId, null, childId, "history of lead practitioners");
        return periods;
    }

    /** Proposals waiting for the caller: to accept (as the proposed lead) or to agree (as line manager); oldest first. */
    public Page<AppointmentSummary> waitingForMe(int offset, int limit) {
        Long me = callers.current().practitionerId();
        if (me == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        List<LeadAppointment> rows = em.createNamedQuery(LeadAppointment.FIND_WAITING_FOR, LeadAppointment.class)
                .setParameter("practitionerId", me).setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createNamedQuery(LeadAppointment.COUNT_WAITING_FOR, Long.class).setParameter("practitionerId", me)
                .getSingleResult();
        Map<Long, List<LeadCoverage>> coverage = coveragesOf(rows.stream().map(LeadAppointment::getId).toList());
        LocalDate today = today();
        return new Page<>(rows.stream().map(a -> summary(a, coverage.getOrDefault(a.getId(), List.of()), today)).toList(),
                total, offset, limit);
    }

    /** Open cases the caller leads now (for at least one child), the most recent lead first; paged in the database. */
    public Page<LedCase> casesILead(int offset, int limit) {
        Long me = callers.current().practitionerId();
        if (me == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String from = " FROM LeadCoverage v JOIN v.appointment a JOIN a.earlyHelpCase c WHERE a.practitioner.id = :me"
                + " AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                + " AND v.fromDate <= :today AND (v.untilDate IS NULL OR v.untilDate > :today)"
                + " AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN";
        List<Long> caseIds = em.createQuery("SELECT c.id" + from + " GROUP BY c.id ORDER BY MIN(v.fromDate) DESC, c.id DESC",
                        Long.class).setParameter("me", me).setParameter("today", today()).setFirstResult(offset)
                .setMaxResults(limit).getResultList();
        long total = em.createQuery("SELECT COUNT(DISTINCT c.id)" + from, Long.class).setParameter("me", me)
                .setParameter("today", today()).getSingleResult();
        if (caseIds.isEmpty()) {
            return new Page<>(List.of(), total, offset, limit);
        }
        // the page's coverages, with their cases, families and children, in one query
        Map<Long, List<LeadCoverage>> byCase = em.createQuery("SELECT v FROM LeadCoverage v JOIN FETCH v.child"
                        + " JOIN FETCH v.appointment a JOIN FETCH a.earlyHelpCase c JOIN FETCH c.family WHERE c.id IN :ids"
                        + " AND a.practitioner.id = :me AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                        + " AND v.fromDate <= :today AND (v.untilDate IS NULL OR v.untilDate > :today)", LeadCoverage.class)
                .setParameter("ids", caseIds).setParameter("me", me).setParameter("today", today()).getResultStream()
                .collect(Collectors.groupingBy(v -> v.getAppointment().getEarlyHelpCase().getId()));
        List<LedCase> items = caseIds.stream().map(byCase::get).map(vs -> {
            EarlyHelpCase c = vs.get(0).getAppointment().getEarlyHelpCase();
            return new LedCase(c.getId(), c.getReference(), c.getFamily().getFamilyName(),
                    vs.stream().map(v -> v.getChild().displayName()).sorted().collect(Collectors.joining(", ")),
                    vs.get(0).getAppointment().getDesignation().label(),
                    vs.stream().map(LeadCoverage::getFromDate).min(Comparator.naturalOrder()).orElse(null));
        }).toList();
        return new Page<>(items, total, offset, limit);
    }

    // ---- workflow helpers

    private LeadAppointment confirmIfReady(LeadAppointment a) {
        if (!a.isReadyToConfirm()) {
            return a;
        }
        LocalDate today = today();
        LocalDate from = a.getEffectiveFrom().isBefore(today) ? today : a.getEffectiveFrom();
        LeadHandover handover = HandoverService.handoverOf(em, a);
        if (handover != null && handover.getStatus() != HandoverStatus.PLANNED) {
            handover = null;
        }
        for (Long childId : new TreeSet<>(a.getCoverages().stream().map(v -> v.getChild().getId()).toList())) {
            Child child = em.find(Child.class, childId, LockModeType.PESSIMISTIC_WRITE);
            // with the child locked, a removal from the case or its ending (which lock the children too) has committed
            long stillOn = em.createQuery("SELECT COUNT(c) FROM EarlyHelpCase c JOIN c.children ch WHERE c = :case"
                            + " AND ch.id = :childId AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN", Long.class)
                    .setParameter("case", a.getEarlyHelpCase()).setParameter("childId", childId).getSingleResult();
            if (stillOn == 0) {
                throw new RuleViolation("assignment.child-left.conflict", "childIds", child.displayName()
                        + " is no longer on an open case " + a.getEarlyHelpCase().getReference()
                        + ", so this appointment cannot come into force. Reload the case to see what changed.");
            }
            for (LeadCoverage other : confirmedCoverages(childId)) {
                boolean handedOver = handover != null && other.getAppointment().equals(handover.getOutgoing());
                if (!other.getAppointment().equals(a) && !handedOver && other.overlaps(from, null)) {
                    throw new RuleViolation("assignment.child-already-led.conflict", "childIds", child.displayName()
                            + " already has a lead practitioner, " + other.getAppointment().getPractitioner().displayName()
                            + ", so this appointment cannot come into force. To change the lead, plan a handover.");
                }
            }
        }
        if (handover != null) {
            from = handover.confirmIncoming(today, Instant.now(clock)); // ends the outgoing lead's cover that day
            audit.record(AuditAction.UPDATE, "LeadHandover", handover.getId(), a.getEarlyHelpCase().getId(), null,
                    "agreed: the lead changes on " + from);
        } else {
            a.confirm(today, Instant.now(clock));
        }
        EarlyHelpCase c = a.getEarlyHelpCase();
        join(c, a.getPractitioner(), MembershipKind.LEAD, from);
        if (a.getContingency() != null) {
            join(c, a.getContingency(), MembershipKind.CONTINGENCY_LEAD, from);
        }
        return a;
    }

    /**
     * Whether the case has a lead in force (or coming) other than {@code lead}, not counting the appointment
     * {@code except} (an outgoing lead handing over): appointing {@code lead} would then give the family several leads.
     */
    static boolean otherLeadsInForce(EntityManager em, long caseId, LeadAppointment except, Practitioner lead,
            LocalDate today) {
        return em.createNamedQuery(LeadCoverage.COUNT_OTHER_LEADS, Long.class).setParameter("caseId", caseId)
                .setParameter("exceptAppointmentId", except == null ? -1L : except.getId())
                .setParameter("leadId", lead.getId()).setParameter("today", today).getSingleResult() > 0;
    }

    /** An incoming lead's appointment was declined or withdrawn: the handover it belongs to falls through. */
    private void handoverFallsThrough(LeadAppointment a) {
        LeadHandover h = HandoverService.handoverOf(em, a);
        if (h != null && h.getStatus() == HandoverStatus.PLANNED) {
            h.incomingClosed(Instant.now(clock));
            audit.record(AuditAction.UPDATE, "LeadHandover", h.getId(), a.getEarlyHelpCase().getId(), null,
                    "fell through: the incoming appointment was " + a.getStatus());
        }
    }

    private void join(EarlyHelpCase c, Practitioner p, MembershipKind kind, LocalDate from) {
        boolean already = c.getMemberships().stream().anyMatch(m -> m.getKind() == kind && m.getPractitioner().equals(p)
                && m.getUntil() == null);
        if (!already) {
            CaseMembership m = c.addMember(p, kind, from);
            em.persist(m);
        }
    }

    private void ensureNoLeadOrProposal(Child child, LocalDate from) {
        for (LeadCoverage v : confirmedCoverages(child.getId())) {
            if (from == null || v.overlaps(from, null)) {
                throw new RuleViolation("assignment.child-already-led.conflict", "childIds", child.displayName()
                        + " already has a lead practitioner, " + v.getAppointment().getPractitioner().displayName()
                        + " (since " + Checks.date(v.getFromDate()) + "). A child has one lead at a time: to change the lead,"
                        + " plan a handover.");
            }
        }
        for (LeadCoverage v : em.createNamedQuery(LeadCoverage.FIND_OPEN_PROPOSALS_FOR_CHILD, LeadCoverage.class)
                .setParameter("childId", child.getId()).getResultList()) {
            LeadAppointment other = v.getAppointment();
            throw new RuleViolation("assignment.child-already-proposed.conflict", "childIds", other.getPractitioner()
                    .displayName() + " is already proposed as " + child.displayName() + "'s lead practitioner ("
                    + other.nextStep(today()) + "). Wait for that decision, or withdraw that proposal first.");
        }
    }

    private List<LeadCoverage> confirmedCoverages(long childId) {
        return em.createNamedQuery(LeadCoverage.FIND_CONFIRMED_FOR_CHILD, LeadCoverage.class)
                .setParameter("childId", childId).getResultList();
    }

    private RuleCheck rules(EarlyHelpCase c, List<Child> children, Practitioner p, Designation designation) {
        LocalDate today = today();
        return LeadRule.evaluate(children.stream().map(ch -> ChildFacts.of(ch, c.getNeedLevel(), today)).toList(),
                CandidateFacts.of(p), designation);
    }

    // ---- loading and access

    private LeadAppointment visible(long appointmentId) {
        LeadAppointment a = em.find(LeadAppointment.class, appointmentId);
        if (a == null) {
            audit.recordRefusal(RECORD, appointmentId, null, null, "no such appointment");
            throw new RecordNotFound("Appointment", appointmentId);
        }
        if (!access.canSeeCase(caseId(a), callers.current())) {
            audit.recordRefusal(RECORD, appointmentId, caseId(a), null, "appointment on a case outside the caller's scope");
            throw new RecordNotFound("Appointment", appointmentId);
        }
        return a;
    }

    private LeadAppointment changeable(long appointmentId, long expectedVersion) {
        LeadAppointment a = visible(appointmentId);
        Versions.require(a.getVersion(), expectedVersion, "appointment");
        return a;
    }

    private AppointmentView saved(LeadAppointment a, String what) {
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, a.getId(), caseId(a), null, what + "; now " + a.getStatus());
        return view(a);
    }

    private List<Child> childrenOf(EarlyHelpCase c, Set<Long> ids, boolean lock) {
        return childrenOf(em, c, ids, lock);
    }

    /** The children of the case with these ids, in id order (locked for writing, as every change of leads does). */
    static List<Child> childrenOf(EntityManager em, EarlyHelpCase c, Set<Long> ids, boolean lock) {
        List<Child> children = new ArrayList<>();
        for (Long id : new TreeSet<>(ids)) {
            Child child = id == null ? null
                    : lock ? em.find(Child.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Child.class, id);
            if (child == null || !c.covers(child)) {
                throw new RuleViolation("assignment.child-not-on-case", "childIds", "Child " + id + " is not on case "
                        + c.getReference() + ". Choose from the children the case covers.");
            }
            children.add(child);
        }
        return children;
    }

    private Practitioner practitioner(long id, String field) {
        Practitioner p = em.find(Practitioner.class, id);
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id + ". Choose one from the list.");
        }
        return p;
    }

    private Practitioner me(Caller caller) {
        return em.find(Practitioner.class, caller.requirePractitionerId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long caseId(LeadAppointment a) {
        return a.getEarlyHelpCase().getId();
    }

    private static String ids(List<Child> children) {
        return children.stream().map(ch -> String.valueOf(ch.getId())).collect(Collectors.joining(","));
    }

    // ---- views

    private Map<Long, List<LeadCoverage>> coveragesOf(List<Long> appointmentIds) {
        if (appointmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM LeadCoverage v JOIN FETCH v.child WHERE v.appointment.id IN :ids ORDER BY v.id",
                        LeadCoverage.class).setParameter("ids", appointmentIds).getResultStream()
                .collect(Collectors.groupingBy(v -> v.getAppointment().getId()));
    }

    private static AppointmentSummary summary(LeadAppointment a, List<LeadCoverage> coverages, LocalDate today) {
        return new AppointmentSummary(a.getId(), a.getEarlyHelpCase().getId(), a.getEarlyHelpCase().getReference(),
                a.getPractitioner().displayName(), coverages.stream().map(v -> v.getChild().displayName()).sorted()
                .collect(Collectors.joining(", ")), a.getDesignation().label(), a.getStatus(), a.nextStep(today),
                a.getProposedAt());
    }

    private static Person person(Practitioner p) {
        return p == null ? null : new Person(p.getId(), p.displayName(), p.getRole().label(), p.getAgency().getName());
    }

    private static List<Finding> findings(RuleCheck check) {
        return check.findings().stream().map(AppointmentService::finding).toList();
    }

    private static Finding finding(RuleFinding f) {
        return new Finding(f.rule().code(), f.rule().title(), f.rule().strength(), f.verdict(), f.verdict().label(),
                f.childId(), f.childName(), f.explanation(), f.rule().source());
    }

    private AppointmentView view(LeadAppointment a) {
        Caller caller = callers.current();
        Long me = caller.practitionerId();
        LocalDate today = today();
        EarlyHelpCase c = a.getEarlyHelpCase();
        List<Child> children = a.getCoverages().stream().map(LeadCoverage::getChild).toList();
        boolean open = a.getStatus().isOpen();
        Practitioner manager = a.getPractitioner().getLineManager();
        boolean isLead = Objects.equals(me, a.getPractitioner().getId());
        boolean isManager = manager != null && Objects.equals(me, manager.getId());
        List<Finding> findings = open || a.getStatus() == AppointmentStatus.CONFIRMED
                ? findings(rules(c, children, a.getPractitioner(), a.getDesignation())) : List.of();
        String askedFor = a.getFamilyAskedFor() != null ? a.getFamilyAskedFor().displayName() : a.getFamilyAskedForName();
        return new AppointmentView(a.getId(), a.getVersion(), c.getId(), c.getReference(), person(a.getPractitioner()),
                a.getDesignation(), a.getDesignation().label(), person(a.getContingency()),
                children.stream().map(ch -> new ChildRef(ch.getId(), ch.displayName())).toList(), a.getStatus(),
                a.getStatus().label(), a.nextStep(today), a.getEffectiveFrom(), a.getProposedBy().displayName(),
                a.getProposedAt(), a.isAtTaf(), a.getTafDate(), a.getJustification(), a.getSeveralLeadsReason(),
                a.getAcceptedAt(), manager == null ? null : manager.displayName(),
                a.getManagerAgreedBy() == null ? null : a.getManagerAgreedBy().displayName(), a.getManagerAgreedAt(),
                a.getFamilyWish(), askedFor, a.getFamilyWish() != null && a.isFamilyWishMet(), a.getFamilyWishNotMetReason(),
                a.getConfirmedAt(), a.getClosingReason(), findings,
                open && isLead && a.getAcceptedAt() == null,
                open && a.getAcceptedAt() != null && a.getManagerAgreedAt() == null
                        && (isManager || manager == null && caller.isCoordinator()),
                open && (isLead || isManager),
                open && (Objects.equals(me, a.getProposedBy().getId()) || caller.isCoordinator()));
    }
}
