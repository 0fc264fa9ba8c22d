package org.leadpractitioner.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.assignment.HandoverService;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.calendar.WorkingCalendar;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.assignment.HandoverMeeting;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.ConsentRecord;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.meetings.ActionProgress;
import org.leadpractitioner.domain.meetings.MeetingDraft;
import org.leadpractitioner.domain.meetings.MeetingInvitee;
import org.leadpractitioner.domain.meetings.MeetingStatus;
import org.leadpractitioner.domain.meetings.PlanAction;
import org.leadpractitioner.domain.meetings.ReviewDecision;
import org.leadpractitioner.domain.meetings.TafMeeting;
import org.leadpractitioner.domain.meetings.TafPlan;
import org.leadpractitioner.meetings.MeetingViews.ActionView;
import org.leadpractitioner.meetings.MeetingViews.CalendarEntry;
import org.leadpractitioner.meetings.MeetingViews.CasePlan;
import org.leadpractitioner.meetings.MeetingViews.Clash;
import org.leadpractitioner.meetings.MeetingViews.DraftView;
import org.leadpractitioner.meetings.MeetingViews.InviteeView;
import org.leadpractitioner.meetings.MeetingViews.MeetingView;
import org.leadpractitioner.meetings.MeetingViews.Person;
import org.leadpractitioner.meetings.MeetingViews.ProgressView;

/**
 * Team Around the Family meetings (issue 4): scheduling on the calendar, invitations (sent after the change commits,
 * see {@link InvitationDispatch}), the record with its Signs of Safety mapping and decision, SMART actions, the
 * circulation clock (five working days, bank holidays excluded) and the plan's review clock.
 *
 * <p>Access follows the case: whoever may see the case sees its meetings; a meeting is changed by its organiser, chair
 * or minute-taker, the case's lead or the early help coordinator; actions' progress by anyone on the case. Invitations
 * go only to practitioners of agencies the family agreed to share with; an invited practitioner joins the case's team
 * (they need to see what they are invited to). Every view and change is audited.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class MeetingService {

    static final String RECORD = "TafMeeting";
    static final String ACTION = "PlanAction";
    /** The longest span of one calendar query (a month view shows six weeks). */
    static final int CALENDAR_MAX_DAYS = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

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
    WorkingCalendar calendar;

    @Inject
    HandoverService handovers;

    @Inject
    Event<MeetingChanged> changes;

    // ---- scheduling

    public MeetingView schedule(long caseId, @NotNull @Valid MeetingInputs.Schedule input) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        if (!c.isOpen()) {
            throw new RuleViolation("meeting.case-not-open.conflict", null, "Case " + c.getReference() + " is "
                    + c.getStatus().name().toLowerCase(Locale.UK).replace('_', ' ') + "; meetings are held on open cases.");
        }
        Practitioner me = me(caller);
        TafMeeting m = TafMeeting.schedule(c, details(c, input), me, now());
        em.persist(m);
        joinTeam(c, m);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, m.getId(), caseId, null, m.getType() + " meeting scheduled for "
                + m.getStartsAt() + " with " + m.getInvitees().size() + " invitees");
        changes.fire(new MeetingChanged(m.getId(), List.of()));
        return view(m, clashes(m));
    }

    public MeetingView reschedule(long meetingId, long expectedVersion, @NotNull @Valid MeetingInputs.Schedule input) {
        TafMeeting m = changeable(meetingId, expectedVersion);
        Map<Long, MeetingChanged.Recipient> before = recipients(m);
        boolean moved = m.reschedule(details(m.getEarlyHelpCase(), input), now());
        joinTeam(m.getEarlyHelpCase(), m);
        em.flush();
        Set<Long> still = m.getInvitees().stream().map(MeetingInvitee::getId).collect(Collectors.toSet());
        List<MeetingChanged.Recipient> removed = before.entrySet().stream().filter(e -> !still.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, (moved ? "rescheduled to " + m.getStartsAt()
                : "details changed") + "; " + removed.size() + " uninvited; sequence " + m.getSequence());
        changes.fire(new MeetingChanged(m.getId(), removed));
        return view(m, clashes(m));
    }

    public MeetingView cancel(long meetingId, long expectedVersion, @NotNull @Valid MeetingInputs.Cancel input) {
        TafMeeting m = changeable(meetingId, expectedVersion);
        m.cancel(input.reason(), now());
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, "cancelled");
        changes.fire(new MeetingChanged(m.getId(), List.of()));
        return view(m, List.of());
    }

    public MeetingView get(long meetingId) {
        TafMeeting m = visible(meetingId);
        audit.record(AuditAction.VIEW, RECORD, meetingId, caseId(m), null, "meeting");
        return view(m, m.getStatus() == MeetingStatus.SCHEDULED ? clashes(m) : List.of());
    }

    /** The case's meetings, plan clock and actions. */
    public CasePlan forCase(long caseId) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        LocalDate today = today();
        TafPlan plan = em.createNamedQuery(TafPlan.FIND_BY_CASE, TafPlan.class).setParameter("caseId", caseId)
                .getResultStream().findFirst().orElse(null);
        List<CalendarEntry> meetings = em.createNamedQuery(TafMeeting.FIND_BY_CASE, TafMeeting.class)
                .setParameter("caseId", caseId).setMaxResults(200).getResultStream().map(MeetingService::entry).toList();
        List<ActionView> actions = actionViews(em.createNamedQuery(PlanAction.FIND_BY_CASE, PlanAction.class)
                .setParameter("caseId", caseId).setMaxResults(500).getResultList(), today);
        audit.record(AuditAction.VIEW, RECORD, null, caseId, null, "meetings and plan of the case");
        return new CasePlan(caseId, c.getReference(), plan == null ? null : plan.getCadence(),
                plan == null ? null : plan.getNextReviewOn(), plan != null && plan.isReviewOverdue(today),
                plan == null ? null : plan.getEndedOn(), plan == null ? null : plan.getEndDecision(), meetings, actions);
    }

    /** Who can be invited to a meeting of the case (for the scheduling form). */
    public MeetingViews.Invitable invitable(long caseId) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        LocalDate today = today();
        Set<Agency> sharing = c.latestConsent().filter(ConsentRecord::isGiven).map(r -> sharedWith(c, r)).orElse(Set.of());
        List<Practitioner> team = em.createNamedQuery(org.leadpractitioner.domain.core.CaseMembership.FIND_ACTIVE_BY_CASE,
                org.leadpractitioner.domain.core.CaseMembership.class).setParameter("caseId", caseId).setParameter("on", today)
                .getResultStream().map(org.leadpractitioner.domain.core.CaseMembership::getPractitioner).distinct().toList();
        List<FamilyMember> members = em.createNamedQuery(FamilyMember.FIND_BY_FAMILY, FamilyMember.class)
                .setParameter("familyId", c.getFamily().getId()).getResultList();
        audit.record(AuditAction.VIEW, RECORD, null, caseId, null, "who can be invited");
        return new MeetingViews.Invitable(caseId, c.getReference(), c.getFamily().getFamilyName(),
                team.stream().map(MeetingService::person).toList(),
                team.stream().filter(p -> sharing.contains(p.getAgency())).map(Practitioner::getId).toList(),
                c.leadsOn(today).stream().map(Practitioner::getId).toList(),
                members.stream().map(fm -> new Person(fm.getId(), true, fm.displayName(), fm.getRelationship().label())).toList(),
                sharing.stream().map(Agency::getName).sorted().toList());
    }

    /** The caller's own TAFs (those they are invited to) overlapping {@code from}..{@code to} (UK dates, inclusive). */
    public List<CalendarEntry> calendar(@NotNull LocalDate from, @NotNull LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(CALENDAR_MAX_DAYS))) {
            throw new RuleViolation("meeting.calendar-range", "to", "Ask for at most " + CALENDAR_MAX_DAYS
                    + " days of the calendar, ending on or after the day it starts.");
        }
        Caller caller = callers.current();
        if (caller.practitionerId() == null) {
            return List.of();
        }
        return em.createNamedQuery(TafMeeting.FIND_FOR_PRACTITIONER_BETWEEN, TafMeeting.class)
                .setParameter("practitionerId", caller.practitionerId())
                .setParameter("from", from.atStartOfDay(TafMeeting.ZONE).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(TafMeeting.ZONE).toInstant())
                .setMaxResults(1000).getResultStream().map(MeetingService::entry).toList();
    }

    /** The invitation as an iCalendar file (a REQUEST, or a CANCEL for a cancelled meeting). */
    public String ics(long meetingId) {
        TafMeeting m = visible(meetingId);
        audit.record(AuditAction.VIEW, RECORD, meetingId, caseId(m), null, "invitation (.ics) downloaded");
        return InvitationDispatch.icsOf(m, InvitationDispatch.attendees(inviteesOf(m)), now());
    }

    // ---- the record

    public MeetingView saveOutcome(long meetingId, long expectedVersion, @NotNull @Valid MeetingInputs.Outcome input) {
        TafMeeting m = changeable(meetingId, expectedVersion);
        m.saveOutcome(outcome(input), now());
        em.flush();
        discardDraft(m);
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, "record saved");
        return view(m, List.of());
    }

    /**
     * Completes the record: the meeting is held, the circulation clock starts, the plan's review clock follows the
     * decision, and a change-of-lead decision with {@code handover} plans the handover (agreed at this TAF, on its
     * date); without it the meeting shows that the handover is still to be planned (the pages plan it next).
     */
    public MeetingView complete(long meetingId, long expectedVersion, @NotNull @Valid MeetingInputs.Complete input) {
        TafMeeting m = changeable(meetingId, expectedVersion);
        Practitioner me = me(callers.current());
        m.recordHeld(me, calendar.addWorkingDays(m.heldOn(), TafMeeting.CIRCULATION_WORKING_DAYS), now());
        TafPlan plan = em.createNamedQuery(TafPlan.FIND_BY_CASE, TafPlan.class).setParameter("caseId", caseId(m))
                .getResultStream().findFirst().orElse(null);
        if (plan == null) {
            em.persist(TafPlan.startedBy(m));
        } else {
            plan.follow(m);
        }
        HandoverInputs.Plan h = input.handover();
        if (m.getDecision() == ReviewDecision.CHANGE_OF_LEAD && h != null) {
            long handoverId = handovers.plan(caseId(m), new HandoverInputs.Plan(h.outgoingAppointmentId(), h.childIds(),
                    h.practitionerId(), h.designation(), h.contingencyId(), h.effectiveDate(), h.reason(), h.reasonDetail(),
                    HandoverMeeting.TEAM_AROUND_THE_FAMILY, m.heldOn(), null, h.justification(), h.severalLeadsReason())).id();
            m.handoverStarted(handoverId);
        }
        em.flush();
        discardDraft(m);
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, "record completed: " + m.getDecision()
                + "; circulate by " + m.getCirculationDueOn() + "; next review " + m.getNextReviewOn());
        return view(m, List.of());
    }

    /** Records that the record reached these invitees (default today). */
    public MeetingView circulate(long meetingId, long expectedVersion, @NotNull @Valid MeetingInputs.Circulation input) {
        TafMeeting m = visible(meetingId);
        Versions.require(m.getVersion(), expectedVersion, "meeting");
        Practitioner me = me(callers.current());
        LocalDate on = input.on() == null ? today() : input.on();
        for (Long inviteeId : input.inviteeIds()) {
            m.recordCirculation(Checks.present(inviteeId, "meeting.invitee-unknown", "inviteeIds", "Choose invitees of"
                    + " this meeting."), on, input.method(), me, today(), now());
        }
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, "record circulated to " + input.inviteeIds().size()
                + " invitees on " + on + " by " + input.method() + (m.getCirculatedOn() != null ? "; now circulated to all" : ""));
        return view(m, List.of());
    }

    // ---- drafts (autosave)

    /** Keeps what the caller is typing; never refused for its content or for a stale record. */
    public Instant saveDraft(long meetingId, @NotNull MeetingInputs.Draft input) {
        TafMeeting m = visible(meetingId);
        Practitioner me = me(callers.current());
        MeetingDraft d = em.createNamedQuery(MeetingDraft.FIND, MeetingDraft.class).setParameter("meetingId", meetingId)
                .setParameter("authorId", me.getId()).getResultStream().findFirst().orElse(null);
        if (d == null) {
            d = new MeetingDraft(m, me);
            em.persist(d);
        }
        Instant now = now();
        d.keep(input.minutes(), input.worries(), input.workingWell(), input.needsToHappen(), input.scaling(),
                d.getSavedAt() == null ? m.getVersion() : d.getMeetingVersion(), now);
        audit.record(AuditAction.UPDATE, RECORD, meetingId, caseId(m), null, "draft of the record kept");
        return now;
    }

    /** The caller's draft of the record, if any. */
    public DraftView draft(long meetingId) {
        TafMeeting m = visible(meetingId);
        Practitioner me = me(callers.current());
        return em.createNamedQuery(MeetingDraft.FIND, MeetingDraft.class).setParameter("meetingId", meetingId)
                .setParameter("authorId", me.getId()).getResultStream().findFirst()
                .map(d -> new DraftView(d.getMinutes(), d.getWorries(), d.getWorkingWell(), d.getNeedsToHappen(),
                        d.getScaling(), d.getSavedAt(), d.getMeetingVersion() != m.getVersion())).orElse(null);
    }

    public void discardDraft(long meetingId) {
        discardDraft(visible(meetingId));
    }

    private void discardDraft(TafMeeting m) {
        Long me = callers.current().practitionerId();
        if (me != null) {
            em.createNamedQuery(MeetingDraft.DELETE_FOR_MEETING).setParameter("meetingId", m.getId())
                    .setParameter("authorId", me).executeUpdate();
        }
    }

    // ---- actions

    /** Agrees a SMART action at the meeting (while it is written up, or added to its record afterwards). */
    public ActionView addAction(long meetingId, @NotNull @Valid MeetingInputs.Action input) {
        TafMeeting m = visible(meetingId);
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            throw new RuleViolation("meeting.not-scheduled.conflict", null, "This meeting was cancelled; agree actions at"
                    + " a meeting that takes place.");
        }
        requireRunnerOrLead(m);
        PlanAction a = PlanAction.agree(m, terms(m, input), ownerOnCase(m, input), now());
        em.persist(a);
        em.flush();
        audit.record(AuditAction.CREATE, ACTION, a.getId(), caseId(m), null, "action agreed at meeting " + meetingId
                + ", due " + a.getDueOn());
        return actionViews(List.of(a), today()).get(0);
    }

    /** Changes what was agreed for an action (e.g. at a review). */
    public ActionView reviseAction(long actionId, long expectedVersion, @NotNull @Valid MeetingInputs.Action input) {
        PlanAction a = visibleAction(actionId);
        Versions.require(a.getVersion(), expectedVersion, "action");
        requireRunnerOrLead(a.getAgreedAt());
        a.revise(terms(a.getAgreedAt(), input), ownerOnCase(a.getAgreedAt(), input), today());
        em.flush();
        audit.record(AuditAction.UPDATE, ACTION, actionId, a.getEarlyHelpCase().getId(), null, "action revised, due " + a.getDueOn());
        return actionViews(List.of(a), today()).get(0);
    }

    /** Progress on an action, by anyone on the case. */
    public ActionView progress(long actionId, long expectedVersion, @NotNull @Valid MeetingInputs.Progress input) {
        PlanAction a = visibleAction(actionId);
        Versions.require(a.getVersion(), expectedVersion, "action");
        a.recordProgress(input.note(), input.status(), me(callers.current()), today(), now());
        em.flush();
        audit.record(AuditAction.UPDATE, ACTION, actionId, a.getEarlyHelpCase().getId(), null, "progress; now " + a.getStatus());
        return actionViews(List.of(a), today()).get(0);
    }

    public ActionView action(long actionId) {
        PlanAction a = visibleAction(actionId);
        audit.record(AuditAction.VIEW, ACTION, actionId, a.getEarlyHelpCase().getId(), null, "action");
        return actionViews(List.of(a), today()).get(0);
    }

    // ---- helpers

    private TafMeeting.Details details(EarlyHelpCase c, MeetingInputs.Schedule in) {
        Map<Long, Practitioner> practitioners = practitioners(in.practitionerIds(), "practitionerIds");
        requireConsentCovers(c, practitioners.values());
        List<FamilyMember> members = in.familyMemberIds().isEmpty() ? List.of() : em.createQuery(
                "SELECT fm FROM FamilyMember fm WHERE fm.id IN :ids", FamilyMember.class)
                .setParameter("ids", in.familyMemberIds()).getResultList();
        if (members.size() != new HashSet<>(in.familyMemberIds()).size()) {
            throw new RuleViolation("meeting.family-member-unknown", "familyMemberIds", "One of the family members chosen"
                    + " does not exist. Choose members of the family from the list.");
        }
        Practitioner chair = in.chairId() == null ? null : practitioners.containsKey(in.chairId())
                ? practitioners.get(in.chairId()) : practitioner(in.chairId(), "chairId");
        Practitioner minuteTaker = in.minuteTakerId() == null ? null : practitioners.containsKey(in.minuteTakerId())
                ? practitioners.get(in.minuteTakerId()) : practitioner(in.minuteTakerId(), "minuteTakerId");
        return new TafMeeting.Details(in.type(), in.starts(), in.ends(), in.venue(), in.onlineLink(), chair, minuteTaker,
                practitioners.values(), members);
    }

    private Map<Long, Practitioner> practitioners(Set<Long> ids, String field) {
        if (ids.contains(null)) {
            throw new RuleViolation("practitioner.unknown", field, "Choose practitioners from the list.");
        }
        Map<Long, Practitioner> found = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM Practitioner p JOIN FETCH p.agency WHERE p.id IN :ids ORDER BY p.familyName, p.givenName",
                Practitioner.class).setParameter("ids", ids).getResultStream().forEach(p -> found.put(p.getId(), p));
        for (Long id : ids) {
            if (!found.containsKey(id)) {
                throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id
                        + ". Choose one from the list.");
            }
        }
        return found;
    }

    /** Invitations go only to agencies within the family's consent to share information. */
    private void requireConsentCovers(EarlyHelpCase c, Collection<Practitioner> invited) {
        ConsentRecord consent = c.latestConsent().filter(ConsentRecord::isGiven).orElseThrow(() -> new RuleViolation(
                "meeting.no-consent", "practitionerIds", "The family's consent to early help is not in force on case "
                        + c.getReference() + ", so no practitioner can be invited. Record the family's consent first."));
        Set<Agency> sharing = sharedWith(c, consent);
        for (Practitioner p : invited) {
            if (!sharing.contains(p.getAgency())) {
                throw new RuleViolation("meeting.invitee-outside-consent", "practitionerIds", p.displayName() + " works for "
                        + p.getAgency().getName() + ", which the family has not agreed to share information with (their"
                        + " consent of " + Checks.date(consent.getDecidedOn()) + " and the case's team cover "
                        + sharing.stream().map(Agency::getName).sorted().collect(Collectors.joining(", "))
                        + "). Invite someone from those agencies, or record the family's consent to share with "
                        + p.getAgency().getName() + " first.");
            }
        }
    }

    /**
     * The agencies information about the case may go to: those the family's consent names, and those of the
     * practitioners already on the case's team (the family's early help is with them).
     */
    private Set<Agency> sharedWith(EarlyHelpCase c, ConsentRecord consent) {
        Set<Agency> agencies = new java.util.HashSet<>(consent.getSharingAgencies());
        c.activeMembershipsOn(today()).forEach(m -> agencies.add(m.getPractitioner().getAgency()));
        return agencies;
    }

    /** Practitioners invited join the case's team (from today), so they can see the meeting and its plan. */
    private void joinTeam(EarlyHelpCase c, TafMeeting m) {
        LocalDate today = today();
        for (MeetingInvitee i : m.getInvitees()) {
            if (!i.isFamily() && !c.hasActiveMember(i.getPractitioner(), today)) {
                em.persist(c.addMember(i.getPractitioner(), MembershipKind.INVOLVED, today));
            }
        }
    }

    private List<Clash> clashes(TafMeeting m) {
        List<Long> practitionerIds = new ArrayList<>(List.of(-1L));
        List<Long> memberIds = new ArrayList<>(List.of(-1L));
        for (MeetingInvitee i : m.getInvitees()) {
            if (i.isFamily()) {
                memberIds.add(i.getFamilyMember().getId());
            } else {
                practitionerIds.add(i.getPractitioner().getId());
            }
        }
        return em.createNamedQuery(TafMeeting.FIND_CLASHES, MeetingInvitee.class).setParameter("meetingId", m.getId())
                .setParameter("from", m.getStartsAt()).setParameter("to", m.getEndsAt())
                .setParameter("practitionerIds", practitionerIds).setParameter("memberIds", memberIds)
                .setMaxResults(50).getResultStream().map(other -> {
                    String name = m.getInvitees().stream().filter(i -> other.isFamily()
                            ? i.is(other.getFamilyMember()) : i.is(other.getPractitioner())).findFirst()
                            .map(MeetingInvitee::displayName).orElse("An invitee");
                    LocalDateTime s = other.getMeeting().getStartsAt().atZone(TafMeeting.ZONE).toLocalDateTime();
                    LocalDateTime e = other.getMeeting().getEndsAt().atZone(TafMeeting.ZONE).toLocalDateTime();
                    return new Clash(name, s, e, name + " already has another TAF meeting " + TIME.format(s) + "–"
                            + e.toLocalTime() + ". Check they can come, or choose another time.");
                }).toList();
    }

    private Map<Long, MeetingChanged.Recipient> recipients(TafMeeting m) {
        Map<Long, MeetingChanged.Recipient> out = new LinkedHashMap<>();
        for (MeetingInvitee i : m.getInvitees()) {
            if (i.email() != null) {
                out.put(i.getId(), new MeetingChanged.Recipient(i.displayName(), i.email()));
            }
        }
        return out;
    }

    private PlanAction.Terms terms(TafMeeting m, MeetingInputs.Action in) {
        Practitioner owner = in.ownerPractitionerId() == null ? null : practitioner(in.ownerPractitionerId(), "owner");
        FamilyMember member = null;
        if (in.ownerFamilyMemberId() != null) {
            member = em.find(FamilyMember.class, in.ownerFamilyMemberId());
            if (member == null) {
                throw new RuleViolation("action.owner-not-on-case", "owner", "There is no family member "
                        + in.ownerFamilyMemberId() + ". Choose a member of the family from the list.");
            }
        }
        return new PlanAction.Terms(in.description(), in.successMeasure(), owner, member, in.dueOn());
    }

    private boolean ownerOnCase(TafMeeting m, MeetingInputs.Action in) {
        if (in.ownerPractitionerId() == null) {
            return false;
        }
        Practitioner p = practitioner(in.ownerPractitionerId(), "owner");
        return m.inviteeFor(p).isPresent() || m.getEarlyHelpCase().hasActiveMember(p, today());
    }

    private TafMeeting visible(long meetingId) {
        TafMeeting m = em.find(TafMeeting.class, meetingId);
        if (m == null || !access.canSeeCase(caseId(m), callers.current())) {
            audit.recordRefusal(RECORD, meetingId, m == null ? null : caseId(m), null, "meeting outside the caller's scope,"
                    + " or no such meeting");
            throw new RecordNotFound("Meeting", meetingId);
        }
        return m;
    }

    private PlanAction visibleAction(long actionId) {
        PlanAction a = em.find(PlanAction.class, actionId);
        if (a == null || !access.canSeeCase(a.getEarlyHelpCase().getId(), callers.current())) {
            audit.recordRefusal(ACTION, actionId, a == null ? null : a.getEarlyHelpCase().getId(), null,
                    "action outside the caller's scope, or no such action");
            throw new RecordNotFound("Action", actionId);
        }
        return a;
    }

    /** The organiser, chair, minute-taker, the case's lead or the coordinator may change the meeting. */
    private TafMeeting changeable(long meetingId, long expectedVersion) {
        TafMeeting m = visible(meetingId);
        Versions.require(m.getVersion(), expectedVersion, "meeting");
        requireRunnerOrLead(m);
        return m;
    }

    private void requireRunnerOrLead(TafMeeting m) {
        if (!mayRun(m)) {
            throw new RuleViolation("meeting.not-yours", null, "Only the meeting's organiser, chair or minute-taker, the"
                    + " case's lead practitioner or the early help coordinator can change this meeting or its record."
                    + " Ask " + m.getChair().displayName() + ", who chairs it.");
        }
    }

    private boolean mayRun(TafMeeting m) {
        Caller caller = callers.current();
        if (caller.isCoordinator()) {
            return true;
        }
        if (caller.practitionerId() == null) {
            return false;
        }
        Practitioner me = em.find(Practitioner.class, caller.practitionerId());
        return m.isRunBy(me) || m.getEarlyHelpCase().leadsOn(today()).contains(me);
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

    private TafMeeting.Outcome outcome(MeetingInputs.Outcome in) {
        return new TafMeeting.Outcome(in.minutes(), in.worries(), in.workingWell(), in.needsToHappen(), in.scaling(),
                in.familyViews(), in.childViews(), in.decision(), in.decisionNote(), in.sustainabilityPlan(), in.cadence(),
                in.attendance() == null ? null : in.attendance().stream().map(a -> new TafMeeting.AttendanceEntry(
                        a.inviteeId(), a.attendance(), a.writtenReport(), a.scaling())).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TafMeeting.ZONE));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static long caseId(TafMeeting m) {
        return m.getEarlyHelpCase().getId();
    }

    // ---- views

    List<MeetingInvitee> inviteesOf(TafMeeting m) {
        return em.createNamedQuery(TafMeeting.FIND_INVITEES, MeetingInvitee.class).setParameter("meetingId", m.getId())
                .getResultList();
    }

    static Person person(Practitioner p) {
        return p == null ? null : new Person(p.getId(), false, p.displayName(), p.getRole().label() + ", "
                + p.getAgency().getName());
    }

    static Person person(MeetingInvitee i) {
        return i.isFamily()
                ? new Person(i.getFamilyMember().getId(), true, i.getFamilyMember().displayName(),
                        i.getFamilyMember().getRelationship().label())
                : person(i.getPractitioner());
    }

    static CalendarEntry entry(TafMeeting m) {
        return new CalendarEntry(m.getId(), m.getEarlyHelpCase().getId(), m.getEarlyHelpCase().getReference(),
                m.getType().label() + " – " + m.getEarlyHelpCase().getReference(), m.getStartsAt(), m.getEndsAt(),
                m.getStartsAt().atZone(TafMeeting.ZONE).toLocalDateTime(), m.getEndsAt().atZone(TafMeeting.ZONE).toLocalDateTime(),
                m.getStatus(), m.getVenue());
    }

    private List<ActionView> actionViews(List<PlanAction> actions, LocalDate today) {
        if (actions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgressView>> progress = new LinkedHashMap<>();
        em.createQuery("SELECT p FROM ActionProgress p LEFT JOIN FETCH p.recordedBy WHERE p.action.id IN :ids"
                + " ORDER BY p.recordedAt, p.id", ActionProgress.class)
                .setParameter("ids", actions.stream().map(PlanAction::getId).toList()).getResultStream()
                .forEach(p -> progress.computeIfAbsent(p.getAction().getId(), k -> new ArrayList<>()).add(new ProgressView(
                        p.getRecordedAt(), p.getRecordedBy() == null ? null : p.getRecordedBy().displayName(), p.getNote(),
                        p.getStatusBefore(), p.getStatusAfter())));
        return actions.stream().map(a -> new ActionView(a.getId(), a.getVersion(), a.getEarlyHelpCase().getId(),
                a.getAgreedAt().getId(), a.getDescription(), a.getSuccessMeasure(),
                a.getOwnerPractitioner() == null ? null : a.getOwnerPractitioner().getId(),
                a.getOwnerFamilyMember() == null ? null : a.getOwnerFamilyMember().getId(), a.ownerName(), a.getDueOn(),
                a.getStatus(), a.getStatus().label(), a.isOverdue(today), a.getCompletedOn(),
                progress.getOrDefault(a.getId(), List.of()))).toList();
    }

    MeetingView view(TafMeeting m, List<Clash> clashes) {
        LocalDate today = today();
        List<InviteeView> invitees = inviteesOf(m).stream().map(i -> new InviteeView(i.getId(), person(i),
                i.getAttendance(), i.getAttendance().label(), i.getWrittenReport(), i.getScaling(), i.getInvitedSequence(),
                i.getInvitationDelivery(), i.email() != null, i.getCirculatedOn(), i.getCirculationMethod(),
                i.getCirculationMethod() == null ? null : i.getCirculationMethod().label())).toList();
        List<ActionView> actions = actionViews(em.createNamedQuery(PlanAction.FIND_BY_MEETING, PlanAction.class)
                .setParameter("meetingId", m.getId()).getResultList(), today);
        boolean mayRun = mayRun(m);
        EarlyHelpCase c = m.getEarlyHelpCase();
        return new MeetingView(m.getId(), m.getVersion(), c.getId(), c.getReference(), c.getFamily().getFamilyName(),
                m.getType(), m.getType().label(), m.getStatus(), m.getStatus().label(), m.getStartsAt(), m.getEndsAt(),
                m.getStartsAt().atZone(TafMeeting.ZONE).toLocalDateTime(), m.getEndsAt().atZone(TafMeeting.ZONE).toLocalDateTime(),
                m.when(), m.getVenue(), m.getOnlineLink(), person(m.getChair()), person(m.getMinuteTaker()),
                person(m.getOrganiser()), m.getSequence(), m.getCancelReason(), invitees, m.getMinutes(), m.getWorries(),
                m.getWorkingWell(), m.getNeedsToHappen(), m.getScaling(), m.getFamilyViews(), m.getChildViews(),
                m.getDecision(), m.getDecision() == null ? null : m.getDecision().label(), m.getDecisionNote(),
                m.getSustainabilityPlan(), m.getCadence(), m.getNextReviewOn(), m.getRecordedAt(), m.getCirculationDueOn(),
                m.getCirculatedOn(), m.isCirculationOverdue(today), m.getHandoverId(), actions, clashes,
                mayRun && m.getStatus() == MeetingStatus.SCHEDULED, mayRun && m.getStatus() == MeetingStatus.SCHEDULED
                        && !now().isBefore(m.getStartsAt()));
    }

    static String names(Collection<String> names) {
        return names.stream().filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }
}
