package org.leadpractitioner.escalation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.calendar.WorkingCalendar;
import org.leadpractitioner.core.infrastructure.Settings;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.HandoverMeeting;
import org.leadpractitioner.domain.assignment.HandoverReason;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.WorkingDays;
import org.leadpractitioner.domain.escalation.Escalation;
import org.leadpractitioner.domain.escalation.EscalationStage;
import org.leadpractitioner.domain.escalation.EscalationStagePolicy;
import org.leadpractitioner.domain.escalation.StageDeadline;
import org.leadpractitioner.domain.escalation.StageLadder;
import org.leadpractitioner.escalation.EscalationViews.Allowed;
import org.leadpractitioner.escalation.EscalationViews.Count;
import org.leadpractitioner.escalation.EscalationViews.EscalationSummary;
import org.leadpractitioner.escalation.EscalationViews.EscalationView;
import org.leadpractitioner.escalation.EscalationViews.LeadHandOff;
import org.leadpractitioner.escalation.EscalationViews.Oversight;
import org.leadpractitioner.escalation.EscalationViews.Party;
import org.leadpractitioner.escalation.EscalationViews.StageView;

/**
 * Escalation of professional disagreements (issue 5; DOMAIN.md "Escalation"): raised on a case with a practitioner,
 * moved up the authority's stages on working-day (or, urgent, hourly) clocks, each stage recording its response and
 * outcome, closed with the outcome on the case.
 *
 * <h2>Who sees and does what</h2>
 * <ul>
 * <li>Seeing an escalation: whoever can see its case (the outcome is recorded on the case, for both agencies), its
 * parties (the raiser, the practitioner it was raised with and every stage's responder, who may not work on the case),
 * their line managers, and the early help coordinator.</li>
 * <li>Raising: a practitioner who can see the case.</li>
 * <li>Responding: the current stage's responder. Recording the outcome: the raiser or the current responder.</li>
 * <li>Moving up: the raiser, the raiser's line manager, or the coordinator. Withdrawing: the raiser or the
 * coordinator. Reopening: the raiser, the practitioner it was raised with, or the coordinator.</li>
 * </ul>
 * Everything is audited. Deadlines passing are {@link OverdueSweep}'s job; emails are {@link EscalationMail}'s, after
 * the change commits.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class EscalationService {

    /** Whose escalations a list shows. */
    public enum Whose {
        /** raised by the caller */
        RAISED,
        /** raised with the caller, or waiting for the caller's response at a later stage */
        RECEIVED,
        /** raised by, with or waiting for someone the caller line-manages */
        TEAM,
        /** every escalation (the coordinator only) */
        ALL
    }

    static final String RECORD = "Escalation";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    AppointmentService appointments;

    @Inject
    HandoverService handovers;

    @Inject
    Event<EscalationNotice> notices;

    /** Raises an escalation on a case: stage 1 starts now, with the practitioner it is raised with to respond. */
    public EscalationView raise(long caseId, @NotNull @Valid EscalationInputs.Raise input) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        Practitioner me = me(caller);
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        StageLadder ladder = ladder();
        Practitioner with = practitioner(input.raisedWithId(), "raisedWithId");
        Escalation e = Escalation.raise(c, me, new Escalation.Raising(input.category(), with, input.concern(),
                input.desiredOutcome(), input.urgency()), ladder, now(), workingDays(ladder.first()));
        em.persist(e);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, e.getId(), caseId, null, "raised: " + e.getCategory() + ", "
                + e.getUrgency() + ", with practitioner " + with.getId());
        notices.fire(new EscalationNotice(e.getId(), EscalationNotice.Kind.RAISED));
        return view(e, caller, ladder, List.of());
    }

    /** One escalation, with its stages and what the caller may do. */
    public EscalationView get(long escalationId) {
        Caller caller = callers.current();
        Escalation e = visible(escalationId, caller);
        audit.record(AuditAction.VIEW, RECORD, escalationId, e.getEarlyHelpCase().getId(), null, null);
        return view(e, caller, ladder(), List.of());
    }

    /** The case's escalations, newest first (a case has a handful): the outcomes recorded on the case. */
    public List<EscalationSummary> forCase(long caseId) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        List<Escalation> rows = em.createNamedQuery(Escalation.FIND_BY_CASE, Escalation.class)
                .setParameter("caseId", caseId).getResultList();
        audit.record(AuditAction.VIEW, RECORD, null, caseId, null, "the case's escalations: " + rows.size());
        return summaries(rows);
    }

    /** A page of escalations: the caller's, their team's or (coordinator) everyone's; open ones only if asked. */
    public Page<EscalationSummary> list(@NotNull Whose whose, boolean openOnly, int offset, int limit) {
        Caller caller = callers.current();
        if (whose == Whose.ALL && !caller.isCoordinator()) {
            throw new RuleViolation("escalation.all-coordinator-only", "whose", "Only the early help coordinator sees"
                    + " every escalation. Choose those you raised, those raised with you, or your team's.");
        }
        if (whose != Whose.ALL && caller.practitionerId() == null) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = switch (whose) {
            case RAISED -> " WHERE e.raisedBy.id = :me";
            case RECEIVED -> " WHERE (e.raisedWith.id = :me OR EXISTS (SELECT s FROM EscalationStage s"
                    + " WHERE s.escalation = e AND s.responder.id = :me))";
            case TEAM -> " WHERE (e.raisedBy.lineManager.id = :me OR e.raisedWith.lineManager.id = :me"
                    + " OR EXISTS (SELECT s FROM EscalationStage s WHERE s.escalation = e"
                    + " AND s.responder.lineManager.id = :me))";
            case ALL -> " WHERE 1 = 1";
        };
        if (openOnly) {
            where += " AND e.status = org.leadpractitioner.domain.escalation.EscalationStatus.OPEN";
        }
        TypedQuery<Escalation> rows = em.createQuery("SELECT e FROM Escalation e JOIN FETCH e.earlyHelpCase c"
                + " JOIN FETCH c.family JOIN FETCH e.raisedBy JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWith"
                + " JOIN FETCH e.raisedWithAgency" + where + " ORDER BY e.raisedAt DESC, e.id DESC", Escalation.class);
        TypedQuery<Long> total = em.createQuery("SELECT COUNT(e) FROM Escalation e" + where, Long.class);
        if (whose != Whose.ALL) {
            rows.setParameter("me", caller.practitionerId());
            total.setParameter("me", caller.practitionerId());
        }
        List<Escalation> page = rows.setFirstResult(offset).setMaxResults(limit).getResultList();
        audit.record(AuditAction.VIEW, RECORD, null, null, null, "list " + whose + (openOnly ? " open" : "") + ": "
                + page.size());
        return new Page<>(summaries(page), total.getSingleResult(), offset, limit);
    }

    /** The current responder's response (and who took part); replaceable until the stage's outcome is recorded. */
    public EscalationView respond(long escalationId, long expectedVersion, @NotNull @Valid EscalationInputs.Respond input) {
        Caller caller = callers.current();
        Escalation e = changeable(escalationId, expectedVersion, caller);
        Practitioner me = me(caller);
        if (!e.getCurrentStageRecord().getResponder().equals(me)) {
            throw notYours(e, "respond at " + e.getCurrentStageRecord().describe(), "Only "
                    + e.getCurrentStageRecord().getResponder().displayName() + ", who must respond at this stage, can.");
        }
        e.respond(input.response(), input.participants(), now());
        return changed(e, caller, "response at stage " + e.getCurrentStage(), List.of());
    }

    /**
     * The outcome of the current stage, by the raiser or the responder. Resolved, it closes the escalation with its
     * outcome on the case; for a disagreement about who should lead, naming the lead starts the lead workflow.
     */
    public EscalationView recordOutcome(long escalationId, long expectedVersion,
            @NotNull @Valid EscalationInputs.Outcome input) {
        Caller caller = callers.current();
        Escalation e = changeable(escalationId, expectedVersion, caller);
        Practitioner me = me(caller);
        if (!me.equals(e.getRaisedBy()) && !me.equals(e.getCurrentStageRecord().getResponder())) {
            throw notYours(e, "record the outcome of " + e.getCurrentStageRecord().describe(), "Only "
                    + e.getRaisedBy().displayName() + ", who raised it, or "
                    + e.getCurrentStageRecord().getResponder().displayName() + ", who responds at this stage, can.");
        }
        Practitioner lead = input.resolvedLeadId() == null ? null : practitioner(input.resolvedLeadId(), "resolvedLeadId");
        StageLadder ladder = ladder();
        e.recordOutcome(input.outcome(), input.note(), lead, ladder, now());
        List<LeadHandOff> handOff = List.of();
        if (e.getResolvedLead() != null) {
            handOff = startLead(e, caller, input);
        }
        if (!e.isOpen()) {
            notices.fire(new EscalationNotice(e.getId(), EscalationNotice.Kind.CLOSED));
        }
        return changed(e, caller, "outcome at stage " + e.getCurrentStage() + ": " + input.outcome()
                + (handOff.isEmpty() ? "" : "; lead workflow started: " + handOff), handOff);
    }

    /** Moves the escalation up to a stage, with who responds there (a reason when early, or when skipping a stage). */
    public EscalationView moveUp(long escalationId, long expectedVersion, @NotNull @Valid EscalationInputs.MoveUp input) {
        Caller caller = callers.current();
        Escalation e = changeable(escalationId, expectedVersion, caller);
        Practitioner me = caller.practitionerId() == null ? null : me(caller);
        boolean raiserOrManager = me != null && (me.equals(e.getRaisedBy()) || me.equals(e.getRaisedBy().getLineManager()));
        if (!raiserOrManager && !caller.isCoordinator()) {
            throw notYours(e, "move it up", "Only " + e.getRaisedBy().displayName() + ", who raised it, their line"
                    + " manager or the early help coordinator can.");
        }
        StageLadder ladder = ladder();
        int from = e.getCurrentStage();
        EscalationStagePolicy to = ladder.stage(input.toStage(), "toStage");
        Practitioner responder = practitioner(input.responderId(), "responderId");
        e.moveUp(input.toStage(), responder, input.reason(), ladder, now(), workingDays(to));
        notices.fire(new EscalationNotice(e.getId(), ladder.notifiesBusinessManagerReaching(from, input.toStage())
                ? EscalationNotice.Kind.MOVED_UP_NOTIFY_PARTNERSHIP : EscalationNotice.Kind.MOVED_UP));
        return changed(e, caller, "moved up from stage " + from + " to " + input.toStage() + ", responder "
                + responder.getId(), List.of());
    }

    /** Withdraws an open escalation, with the reason (the raiser or the coordinator). */
    public EscalationView withdraw(long escalationId, long expectedVersion, @NotNull @Valid EscalationInputs.Reason input) {
        Caller caller = callers.current();
        Escalation e = changeable(escalationId, expectedVersion, caller);
        if (!caller.isCoordinator() && !isMe(caller, e.getRaisedBy())) {
            throw notYours(e, "withdraw it", "Only " + e.getRaisedBy().displayName() + ", who raised it, or the early"
                    + " help coordinator can.");
        }
        e.withdraw(input.reason(), now());
        notices.fire(new EscalationNotice(e.getId(), EscalationNotice.Kind.CLOSED));
        return changed(e, caller, "withdrawn", List.of());
    }

    /** Reopens a closed or withdrawn escalation at its stage, with the reason and a fresh deadline. */
    public EscalationView reopen(long escalationId, long expectedVersion, @NotNull @Valid EscalationInputs.Reason input) {
        Caller caller = callers.current();
        Escalation e = changeable(escalationId, expectedVersion, caller);
        if (!caller.isCoordinator() && !isMe(caller, e.getRaisedBy()) && !isMe(caller, e.getRaisedWith())) {
            throw notYours(e, "reopen it", "Only " + e.getRaisedBy().displayName() + ", who raised it, "
                    + e.getRaisedWith().displayName() + ", with whom it was raised, or the early help coordinator can.");
        }
        StageLadder ladder = ladder();
        EscalationStagePolicy at = ladder.find(e.getCurrentStage()).orElse(ladder.last());
        e.reopen(input.reason(), ladder, now(), workingDays(at));
        notices.fire(new EscalationNotice(e.getId(), EscalationNotice.Kind.REOPENED));
        return changed(e, caller, "reopened at stage " + e.getCurrentStage(), List.of());
    }

    /** The coordinator's oversight: open escalations and overdue stages by stage and agency, time to resolution. */
    public Oversight oversight() {
        Caller caller = callers.current();
        if (!caller.isCoordinator()) {
            throw new RuleViolation("escalation.oversight-coordinator-only", null, "The oversight of every escalation"
                    + " is the early help coordinator's. Your own and your team's escalations are in your lists.");
        }
        StageLadder ladder = ladder();
        Map<Integer, Object[]> stageRows = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery(Escalation.COUNT_OPEN_BY_STAGE, Object[].class).getResultList()) {
            stageRows.put(((Number) row[0]).intValue(), row);
        }
        List<Count> byStage = new ArrayList<>();
        for (EscalationStagePolicy p : ladder.stages()) {
            Object[] row = stageRows.remove(p.getStageNumber());
            byStage.add(new Count(Integer.toString(p.getStageNumber()), p.describe(), row == null ? 0 : number(row[1]),
                    row == null ? 0 : number(row[2])));
        }
        stageRows.forEach((n, row) -> byStage.add(new Count(Integer.toString(n), "Stage " + n + " (no longer in the"
                + " policy)", number(row[1]), number(row[2]))));
        Function<Object[], Count> agency = row -> new Count(String.valueOf(row[0]), (String) row[1], number(row[2]),
                number(row[3]));
        List<Count> raising = em.createNamedQuery(Escalation.COUNT_OPEN_BY_RAISER_AGENCY, Object[].class)
                .getResultList().stream().map(agency).toList();
        List<Count> receiving = em.createNamedQuery(Escalation.COUNT_OPEN_BY_RAISED_WITH_AGENCY, Object[].class)
                .getResultList().stream().map(agency).toList();
        List<Long> days = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e.raisedAt, e.closedAt FROM Escalation e WHERE e.status ="
                + " org.leadpractitioner.domain.escalation.EscalationStatus.RESOLVED AND e.closedAt >= :since",
                Object[].class).setParameter("since", now().minus(Duration.ofDays(365))).getResultList()) {
            days.add(Duration.between((Instant) row[0], (Instant) row[1]).toDays());
        }
        days.sort(null);
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        audit.record(AuditAction.VIEW, RECORD, null, null, null, "oversight");
        return new Oversight(byStage, raising, receiving, days.size(), median,
                days.isEmpty() ? null : days.get(days.size() - 1));
    }

    /** Practitioners who could respond at a stage: the parties' line managers first, then anyone (for the pages). */
    public List<Party> suggestedResponders(long escalationId) {
        Caller caller = callers.current();
        Escalation e = visible(escalationId, caller);
        Set<Practitioner> people = new LinkedHashSet<>();
        for (Practitioner p : List.of(e.getRaisedWith(), e.getCurrentStageRecord().getResponder(), e.getRaisedBy())) {
            Practitioner manager = p.getLineManager();
            if (manager != null && manager.isActive() && !manager.equals(e.getRaisedBy())) {
                people.add(manager);
            }
        }
        return people.stream().map(Party::of).toList();
    }

    // ---- the lead workflow, when a disagreement about who should lead is resolved

    private List<LeadHandOff> startLead(Escalation e, Caller caller, EscalationInputs.Outcome input) {
        long caseId = e.getEarlyHelpCase().getId();
        if (!access.canSeeCase(caseId, caller)) {
            throw new RuleViolation("escalation.lead-needs-case", "resolvedLeadId", "Naming the lead starts the lead"
                    + " practitioner's appointment on the case, which only someone working on the case can do. Record"
                    + " the outcome without the lead and ask " + e.getRaisedBy().displayName() + " to appoint "
                    + e.getResolvedLead().displayName() + ", or ask them to record this outcome.");
        }
        Practitioner lead = e.getResolvedLead();
        Designation designation = input.designation() == null ? Designation.FAMILY_HELP_LEAD_PRACTITIONER
                : input.designation();
        AppointmentViews.LeadPanel panel = appointments.panel(caseId);
        Set<Long> unled = new LinkedHashSet<>();
        Map<Long, Set<Long>> byOutgoing = new LinkedHashMap<>();
        for (AppointmentViews.ChildLead child : panel.children()) {
            if (child.appointmentId() == null) {
                unled.add(child.childId());
            } else {
                byOutgoing.computeIfAbsent(child.appointmentId(), id -> new LinkedHashSet<>()).add(child.childId());
            }
        }
        String why = "Agreed through escalation " + e.getId() + " (" + e.getCategory().label() + "), "
                + e.getCurrentStageRecord().describe() + ": " + e.getOutcomeSummary();
        List<LeadHandOff> started = new ArrayList<>();
        try {
            for (Map.Entry<Long, Set<Long>> outgoing : byOutgoing.entrySet()) {
                if (appointments.get(outgoing.getKey()).lead().id() == lead.getId()) {
                    continue; // already leads these children
                }
                // a handover takes effect after the outgoing lead's first day: tomorrow at the earliest
                LocalDate effective = input.effectiveFrom() == null ? today().plusDays(1) : input.effectiveFrom();
                long id = handovers.plan(caseId, new HandoverInputs.Plan(outgoing.getKey(), outgoing.getValue(),
                        lead.getId(), designation, null, effective, HandoverReason.CASE_MANAGEMENT_DECISION,
                        clip(why, 2000), HandoverMeeting.OTHER_MEETING, today(), clip(why, 2000), input.justification(),
                        null)).id();
                started.add(new LeadHandOff("HANDOVER", id, List.copyOf(outgoing.getValue())));
            }
            if (!unled.isEmpty()) {
                LocalDate effective = input.effectiveFrom() == null ? today() : input.effectiveFrom();
                long id = appointments.propose(caseId, new AppointmentInputs.Propose(lead.getId(), unled, designation,
                        null, effective, false, null, input.justification(), null)).id();
                started.add(new LeadHandOff("APPOINTMENT", id, List.copyOf(unled)));
            }
        } catch (RuleViolation refused) {
            // the lead workflow's own rules: report them against this request's fields
            throw switch (String.valueOf(refused.getField())) {
                case "effectiveDate" -> refused.withField("effectiveFrom");
                case "practitionerId" -> refused.withField("resolvedLeadId");
                default -> refused;
            };
        }
        return started;
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    // ---- helpers

    private EscalationView changed(Escalation e, Caller caller, String detail, List<LeadHandOff> handOff) {
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, e.getId(), e.getEarlyHelpCase().getId(), null, detail);
        return view(e, caller, ladder(), handOff);
    }

    private Escalation changeable(long escalationId, long expectedVersion, Caller caller) {
        Escalation e = visible(escalationId, caller);
        Versions.require(e.getVersion(), expectedVersion, "escalation");
        return e;
    }

    /** The escalation, if the caller may see it; otherwise not found (and the refusal audited). */
    private Escalation visible(long escalationId, Caller caller) {
        Escalation e = em.createNamedQuery(Escalation.FIND_BY_ID, Escalation.class).setParameter("id", escalationId)
                .getResultStream().findFirst().orElse(null);
        if (e == null || !maySee(e, caller)) {
            audit.recordRefusal(RECORD, escalationId, e == null ? null : e.getEarlyHelpCase().getId(), null,
                    "escalation outside the caller's scope, or no such escalation");
            throw new RecordNotFound(RECORD, escalationId);
        }
        return e;
    }

    private boolean maySee(Escalation e, Caller caller) {
        if (caller.isCoordinator()) {
            return true;
        }
        Long me = caller.practitionerId();
        if (me != null) {
            for (Practitioner p : parties(e)) {
                if (p.getId().equals(me) || (p.getLineManager() != null && p.getLineManager().getId().equals(me))) {
                    return true;
                }
            }
        }
        return access.canSeeCase(e.getEarlyHelpCase().getId(), caller);
    }

    private static Collection<Practitioner> parties(Escalation e) {
        Set<Practitioner> parties = new LinkedHashSet<>();
        parties.add(e.getRaisedBy());
        parties.add(e.getRaisedWith());
        e.getStages().forEach(s -> parties.add(s.getResponder()));
        return parties;
    }

    private EscalationView view(Escalation e, Caller caller, StageLadder ladder, List<LeadHandOff> handOff) {
        Instant now = now();
        EscalationStage current = e.getCurrentStageRecord();
        boolean overdue = e.isOpen() && current.getOutcome() == null && current.isPastDeadline(now);
        EscalationStagePolicy next = e.isOpen() ? e.stageAbove(ladder).orElse(null) : null;
        boolean prompted = next != null && e.mayMoveUpWithoutReason(now);
        Practitioner me = caller.practitionerId() == null ? null : em.find(Practitioner.class, caller.practitionerId());
        boolean raiser = Objects.equals(me, e.getRaisedBy());
        boolean responder = e.isOpen() && Objects.equals(me, current.getResponder());
        boolean undecided = e.isOpen() && current.getOutcome() == null;
        Allowed allowed = new Allowed(responder && undecided, (raiser || responder) && undecided,
                next != null && (raiser || Objects.equals(me, e.getRaisedBy().getLineManager()) || caller.isCoordinator()),
                e.isOpen() && (raiser || caller.isCoordinator()),
                !e.isOpen() && (raiser || Objects.equals(me, e.getRaisedWith()) || caller.isCoordinator()));
        List<StageView> stages = e.getStages().stream().map(StageView::of).toList();
        return EscalationView.of(e, stages, overdue, prompted, next, next != null && !prompted, allowed,
                referralRoute(), handOff);
    }

    /** The route to a safeguarding referral, as the authority words it (setting {@code lp.safeguarding.referral-route}). */
    public static String referralRoute() {
        return Settings.get("lp.safeguarding.referral-route").orElse(EscalationViews.DEFAULT_REFERRAL_ROUTE);
    }

    private List<EscalationSummary> summaries(List<Escalation> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, EscalationStage> latest = em.createNamedQuery(EscalationStage.FIND_LATEST_OF, EscalationStage.class)
                .setParameter("escalationIds", rows.stream().map(Escalation::getId).toList()).getResultStream()
                .collect(Collectors.toMap(s -> s.getEscalation().getId(), s -> s, (a, b) -> a));
        List<EscalationSummary> out = new ArrayList<>();
        for (Escalation e : rows) {
            EscalationStage s = latest.get(e.getId());
            out.add(new EscalationSummary(e.getId(), e.getEarlyHelpCase().getId(), e.getEarlyHelpCase().getReference(),
                    e.getEarlyHelpCase().getFamily().getFamilyName(), e.getCategory().label(), e.getStatus().name(),
                    e.getStatus().label(), e.getUrgency().label(), e.getCurrentStage(), s == null ? null : s.getStageName(),
                    Party.of(e.getRaisedBy()), Party.of(e.getRaisedWith()), s == null ? null : Party.of(s.getResponder()),
                    s == null ? null : s.getDeadlineAt(), s == null ? null : s.deadline().describe(),
                    e.isOpen() && s != null && s.isOverdue(), e.getRaisedAt()));
        }
        return out;
    }

    private RuleViolation notYours(Escalation e, String what, String who) {
        audit.recordRefusal(RECORD, e.getId(), e.getEarlyHelpCase().getId(), null, "not the caller's part: " + what);
        return new RuleViolation("escalation.not-your-part", null, "You cannot " + what + ". " + who);
    }

    private static boolean isMe(Caller caller, Practitioner p) {
        return caller.practitionerId() != null && caller.practitionerId().equals(p.getId());
    }

    private StageLadder ladder() {
        return StageLadder.of(em.createNamedQuery(EscalationStagePolicy.FIND_ALL, EscalationStagePolicy.class)
                .getResultList());
    }

    /** The working days from today far enough ahead for a stage's deadline (read in one query). */
    WorkingDays workingDays(EscalationStagePolicy stage) {
        return workingDaysFor(calendar, stage, today());
    }

    static WorkingDays workingDaysFor(WorkingCalendar calendar, EscalationStagePolicy stage, LocalDate today) {
        // n working days fit in 2n + 14 calendar days unless holidays fill most weekdays
        return calendar.between(today, today.plusDays(2L * stage.getResponseWorkingDays() + 14));
    }

    private Practitioner practitioner(Long id, String field) {
        Practitioner p = id == null ? null : em.find(Practitioner.class, id);
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id
                    + ". Choose one from the list.");
        }
        return p;
    }

    private Practitioner me(Caller caller) {
        return em.find(Practitioner.class, caller.requirePractitionerId());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StageDeadline.ZONE));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
