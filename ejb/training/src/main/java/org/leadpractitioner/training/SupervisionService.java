package org.leadpractitioner.training;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.CaseMembership;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.training.CaseDiscussion;
import org.leadpractitioner.domain.training.Course;
import org.leadpractitioner.domain.training.IdentifiedTrainingNeed;
import org.leadpractitioner.domain.training.SupervisionAction;
import org.leadpractitioner.domain.training.SupervisionCaseNote;
import org.leadpractitioner.domain.training.SupervisionDue;
import org.leadpractitioner.domain.training.SupervisionPolicies;
import org.leadpractitioner.domain.training.SupervisionPolicy;
import org.leadpractitioner.domain.training.SupervisionRequirement;
import org.leadpractitioner.domain.training.SupervisionSession;
import org.leadpractitioner.domain.training.SupervisionStatus;
import org.leadpractitioner.domain.training.TrainingNeed;
import org.leadpractitioner.training.SupervisionInputs.Action;
import org.leadpractitioner.training.SupervisionInputs.ActionDone;
import org.leadpractitioner.training.SupervisionInputs.Cancellation;
import org.leadpractitioner.training.SupervisionInputs.Content;
import org.leadpractitioner.training.SupervisionInputs.Discussion;
import org.leadpractitioner.training.SupervisionInputs.Need;
import org.leadpractitioner.training.SupervisionInputs.NewSession;
import org.leadpractitioner.training.SupervisionInputs.Reschedule;
import org.leadpractitioner.training.SupervisionInputs.Response;
import org.leadpractitioner.training.SupervisionViews.ActionView;
import org.leadpractitioner.training.SupervisionViews.CaseNoteView;
import org.leadpractitioner.training.SupervisionViews.CaseOption;
import org.leadpractitioner.training.SupervisionViews.DiscussionView;
import org.leadpractitioner.training.SupervisionViews.Drift;
import org.leadpractitioner.training.SupervisionViews.NeedItem;
import org.leadpractitioner.training.SupervisionViews.OverdueAction;
import org.leadpractitioner.training.SupervisionViews.Person;
import org.leadpractitioner.training.SupervisionViews.SessionSummary;
import org.leadpractitioner.training.SupervisionViews.SessionView;
import org.leadpractitioner.training.SupervisionViews.TeamMember;

/**
 * Supervision logs: the supervisor's team (when supervision is due, under the policy that applies to each
 * supervisee), sessions scheduled and recorded, the record's sections, cases, actions and training needs, sign-off
 * by the supervisor and the supervisee's response, drift, and the decisions that land on cases.
 *
 * <p>A record is read by its supervisor, its supervisee and the supervisee's management line only
 * ({@link SupervisionSession#isVisibleTo}); anyone else is told it does not exist (and the refusal is audited). Every
 * change names the version it was made on (If-Match); every sub-item changes the record's version too, so two
 * people never silently overwrite each other. On signing, the training needs become needs on the supervisee's
 * training record and the case decisions become notes on the cases, in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class SupervisionService {

    private static final String RECORD = "SupervisionSession";
    /** Drift lists show at most this many rows of each kind (the oldest first). */
    static final int DRIFT_MAX = 200;
    /** A history for the file lists at most this many sessions (over 40 years of monthly supervision). */
    static final int HISTORY_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Development development;

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

    // ---- the supervisor's workspace

    /** The practitioners the caller line-manages now, with their last and next session and whether they are overdue. */
    public List<TeamMember> team() {
        Practitioner me = development.me();
        return members(development.teamOf(me.getId()));
    }

    /**
     * What is drifting for the caller: in their own team and in the teams of the supervisors they manage — supervision
     * overdue under policy, sessions not signed (scheduled and past their date, or drafts), actions past their due date.
     */
    public Drift drift() {
        Practitioner me = development.me();
        LocalDate today = today();
        // LEFT JOINs throughout: a supervisor without a line manager of their own still sees their team
        List<Practitioner> practitioners = em.createQuery("SELECT p FROM Practitioner p JOIN FETCH p.agency"
                        + " LEFT JOIN p.lineManager m LEFT JOIN m.lineManager mm"
                        + " WHERE p.active = TRUE AND (m.id = :me OR mm.id = :me)"
                        + " ORDER BY p.familyName, p.givenName, p.id", Practitioner.class)
                .setParameter("me", me.getId()).setMaxResults(DRIFT_MAX * 5).getResultList();
        List<TeamMember> overdue = members(practitioners).stream().filter(TeamMember::overdue)
                .sorted(Comparator.comparing(TeamMember::dueOn)).limit(DRIFT_MAX).toList();
        String supervisors = " (sv.id = :me OR svm.id = :me)";
        String joins = " JOIN s.supervisor sv LEFT JOIN sv.lineManager svm";
        List<SessionSummary> unsigned = em.createQuery("SELECT s FROM SupervisionSession s JOIN FETCH s.supervisee"
                        + " JOIN FETCH s.supervisor" + joins + " WHERE" + supervisors
                        + " AND (s.status = org.leadpractitioner.domain.training.SupervisionStatus.DRAFT"
                        + " OR s.status = org.leadpractitioner.domain.training.SupervisionStatus.SCHEDULED"
                        + " AND s.scheduledFor < :today) ORDER BY s.scheduledFor, s.id", SupervisionSession.class)
                .setParameter("me", me.getId()).setParameter("today", today).setMaxResults(DRIFT_MAX)
                .getResultStream().map(SupervisionService::summary).toList();
        List<OverdueAction> actions = em.createQuery("SELECT a FROM SupervisionAction a JOIN FETCH a.owner"
                        + " JOIN FETCH a.session s JOIN FETCH s.supervisee JOIN FETCH s.supervisor" + joins + " WHERE"
                        + supervisors
                        + " AND s.supervisorSignedAt IS NOT NULL"
                        + " AND a.status = org.leadpractitioner.domain.training.SupervisionActionStatus.OPEN"
                        + " AND a.dueOn < :today ORDER BY a.dueOn, a.id", SupervisionAction.class)
                .setParameter("me", me.getId()).setParameter("today", today).setMaxResults(DRIFT_MAX)
                .getResultStream().map(a -> new OverdueAction(a.getId(), a.getSession().getId(), a.getDescription(),
                        a.getOwner().displayName(), a.getDueOn(), a.getSession().getSupervisee().displayName(),
                        a.getSession().getSupervisor().displayName())).toList();
        return new Drift(overdue, unsigned, actions);
    }

    /** Sessions the caller supervises, newest first. */
    public Page<SessionSummary> supervising(int offset, int limit) {
        Practitioner me = development.me();
        List<SessionSummary> items = em.createNamedQuery(SupervisionSession.FIND_BY_SUPERVISOR, SupervisionSession.class)
                .setParameter("supervisorId", me.getId()).setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(SupervisionService::summary).toList();
        long total = em.createNamedQuery(SupervisionSession.COUNT_BY_SUPERVISOR, Long.class)
                .setParameter("supervisorId", me.getId()).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    /** A practitioner's supervision sessions (their own, or someone they manage), newest first. */
    public Page<SessionSummary> history(long practitionerId, int offset, int limit) {
        development.supervisionSubject(practitionerId);
        List<SessionSummary> items = em.createNamedQuery(SupervisionSession.FIND_BY_SUPERVISEE, SupervisionSession.class)
                .setParameter("superviseeId", practitionerId).setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(SupervisionService::summary).toList();
        long total = em.createNamedQuery(SupervisionSession.COUNT_BY_SUPERVISEE, Long.class)
                .setParameter("superviseeId", practitionerId).getSingleResult();
        audit.record(AuditAction.VIEW, RECORD, null, null, null, "supervision history of practitioner " + practitionerId);
        return new Page<>(items, total, offset, limit);
    }

    /** Signed records waiting for the caller (as supervisee) to confirm or comment. */
    public List<SessionSummary> awaitingMyResponse() {
        Practitioner me = development.meOrNull();
        if (me == null) {
            return List.of();
        }
        return em.createNamedQuery(SupervisionSession.FIND_AWAITING_RESPONSE, SupervisionSession.class)
                .setParameter("superviseeId", me.getId()).setMaxResults(DRIFT_MAX).getResultStream()
                .map(SupervisionService::summary).toList();
    }

    // ---- one session

    /** Schedules a session ({@code scheduledFor}) or starts recording one held ({@code heldOn}). */
    public SessionView create(@NotNull @Valid NewSession input) {
        Practitioner me = development.me();
        Practitioner supervisee = development.chosen(input.superviseeId(), "superviseeId");
        LocalDate today = today();
        SupervisionSession s;
        if (input.heldOn() != null && input.scheduledFor() != null) {
            throw new RuleViolation("supervision.scheduled-or-held", "heldOn", "Enter either the date the session is"
                    + " planned for or the date it was held, not both.");
        } else if (input.heldOn() != null) {
            s = SupervisionSession.record(me, supervisee, input.type(), input.heldOn(), today, now());
        } else {
            s = SupervisionSession.schedule(me, supervisee, input.type(), input.scheduledFor(), input.scheduledTime(), today);
        }
        em.persist(s);
        em.flush();
        audit.record(AuditAction.CREATE, RECORD, s.getId(), null, null, s.getStatus().label() + " with practitioner "
                + supervisee.getId());
        return view(s);
    }

    public SessionView get(long sessionId) {
        SupervisionSession s = visible(sessionId);
        audit.record(AuditAction.VIEW, RECORD, sessionId, null, null, "supervision record");
        for (CaseDiscussion d : s.getDiscussions()) { // what the record says about a case is a view of the case
            audit.record(AuditAction.VIEW, "CaseDiscussion", d.getId(), d.getEarlyHelpCase().getId(), null,
                    "discussed in supervision record " + sessionId);
        }
        return view(s);
    }

    public SessionView reschedule(long sessionId, long expectedVersion, @NotNull @Valid Reschedule input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        s.reschedule(development.me(), input.scheduledFor(), input.scheduledTime(), today());
        return saved(s, "rescheduled");
    }

    /**
     * Saves the body of the record (the autosave of the form): a scheduled session starts being recorded with the
     * date it was held.
     */
    public SessionView saveRecord(long sessionId, long expectedVersion, @NotNull @Valid Content input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        Practitioner me = development.me();
        LocalDate today = today();
        if (s.getStatus() == SupervisionStatus.SCHEDULED) {
            s.startRecording(me, input.heldOn(), today, now());
        }
        s.saveDraft(me, new SupervisionSession.Content(input.type(), input.heldOn(), input.durationMinutes(),
                input.attendees(), input.workload(), input.interAgency(), input.wellbeing()), today, now());
        return saved(s, "draft saved");
    }

    /**
     * The cases the supervisee works on, which the session may discuss (not those already in it): for the supervisor
     * recording it, while they are the supervisee's line manager (a caseload is not for the whole management line).
     */
    public List<CaseOption> caseOptions(long sessionId) {
        SupervisionSession s = visible(sessionId);
        Practitioner me = development.me();
        if (!me.equals(s.getSupervisor())) {
            audit.recordRefusal(RECORD, sessionId, null, null, "cases to discuss asked by someone other than the supervisor");
            throw new RecordNotFound("Supervision session", sessionId);
        }
        SupervisionSession.ensureSupervisorIsLineManager(me, s.getSupervisee());
        LocalDate on = s.getHeldOn() == null ? today() : s.getHeldOn();
        List<Long> discussed = s.getDiscussions().stream().map(d -> d.getEarlyHelpCase().getId()).toList();
        List<CaseOption> options = em.createQuery("SELECT DISTINCT c.id, c.reference, f.familyName FROM CaseMembership m"
                        + " JOIN m.earlyHelpCase c JOIN c.family f WHERE m.practitioner.id = :p AND m.since <= :on"
                        + " AND (m.until IS NULL OR m.until > :on) ORDER BY c.reference", Object[].class)
                .setParameter("p", s.getSupervisee().getId()).setParameter("on", on).setMaxResults(500).getResultStream()
                .filter(row -> !discussed.contains((Long) row[0]))
                .map(row -> new CaseOption((Long) row[0], (String) row[1], (String) row[2])).toList();
        audit.record(AuditAction.VIEW, "CaseMembership", null, null, null, "cases of practitioner "
                + s.getSupervisee().getId() + " offered for discussion in supervision record " + sessionId);
        return options;
    }

    public SessionView addDiscussion(long sessionId, long expectedVersion, @NotNull @Valid Discussion input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        // membership first, and one answer whether the case does not exist or is not theirs: no case is revealed
        LocalDate on = s.getHeldOn() == null ? today() : s.getHeldOn();
        boolean member = em.createNamedQuery(CaseMembership.COUNT_ACTIVE_FOR_PRACTITIONER, Long.class)
                .setParameter("practitionerId", s.getSupervisee().getId()).setParameter("caseId", input.caseId())
                .setParameter("on", on).getSingleResult() > 0;
        if (!member) {
            audit.recordRefusal("EarlyHelpCase", input.caseId(), null, null, "not a case of the supervisee of supervision record "
                    + sessionId);
            throw new RuleViolation("supervision.case-not-supervisees", "caseId", "Case " + input.caseId() + " is not one"
                    + " of the cases " + s.getSupervisee().displayName() + " works on, so it is not discussed in their"
                    + " supervision. Choose one of their cases.");
        }
        EarlyHelpCase c = em.find(EarlyHelpCase.class, input.caseId());
        CaseDiscussion d = s.addCaseDiscussion(development.me(), c, true, content(input), now());
        SessionView view = saved(s, "case " + c.getId() + " discussed");
        audit.record(AuditAction.CREATE, "CaseDiscussion", d.getId(), c.getId(), null, "discussed in supervision record "
                + sessionId);
        return view;
    }

    public SessionView updateDiscussion(long sessionId, long expectedVersion, long discussionId, @NotNull @Valid Discussion input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        CaseDiscussion d = item(s.getDiscussions(), discussionId);
        s.updateCaseDiscussion(development.me(), d, content(input), now());
        audit.record(AuditAction.UPDATE, "CaseDiscussion", discussionId, d.getEarlyHelpCase().getId(), null,
                "in supervision record " + sessionId);
        return saved(s, "case discussion " + discussionId + " changed");
    }

    public SessionView removeDiscussion(long sessionId, long expectedVersion, long discussionId) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        CaseDiscussion d = item(s.getDiscussions(), discussionId);
        long caseId = d.getEarlyHelpCase().getId();
        s.removeCaseDiscussion(development.me(), d, now());
        audit.record(AuditAction.UPDATE, "CaseDiscussion", discussionId, caseId, null, "removed from supervision record "
                + sessionId);
        return saved(s, "case discussion " + discussionId + " removed");
    }

    public SessionView addAction(long sessionId, long expectedVersion, @NotNull @Valid Action input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        s.addAction(development.me(), input.description(), development.chosen(input.ownerId(), "ownerId"), input.dueOn(), now());
        return saved(s, "action added");
    }

    public SessionView removeAction(long sessionId, long expectedVersion, long actionId) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        s.removeAction(development.me(), item(s.getActions(), actionId), now());
        return saved(s, "action " + actionId + " removed");
    }

    /** An agreed action (of a signed record) was done: its owner, the supervisor or the supervisee says so. */
    public ActionView markActionDone(long actionId, long expectedVersion, @NotNull @Valid ActionDone input) {
        SupervisionAction a = em.find(SupervisionAction.class, actionId);
        if (a == null || !a.getSession().isVisibleTo(development.meOrNull())) {
            audit.recordRefusal("SupervisionAction", actionId, null, null, "outside the caller's reach, or no such action");
            throw new RecordNotFound("Supervision action", actionId);
        }
        Versions.require(a.getVersion(), expectedVersion, "action");
        LocalDate today = today();
        a.markDone(development.me(), input.doneOn() == null ? today : input.doneOn(), today);
        em.flush();
        audit.record(AuditAction.UPDATE, "SupervisionAction", actionId, null, null, "done");
        return view(a, today);
    }

    public SessionView addTrainingNeed(long sessionId, long expectedVersion, @NotNull @Valid Need input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        Course course = null;
        if (input.courseId() != null) {
            course = em.find(Course.class, input.courseId());
            if (course == null) {
                throw new RuleViolation("course.unknown", "courseId", "There is no course " + input.courseId()
                        + ". Choose one from the catalogue, or none.");
            }
        }
        s.identifyTrainingNeed(development.me(), input.description(), course, now());
        return saved(s, "training need identified");
    }

    public SessionView removeTrainingNeed(long sessionId, long expectedVersion, long needId) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        s.removeTrainingNeed(development.me(), item(s.getIdentifiedNeeds(), needId), now());
        return saved(s, "training need " + needId + " removed");
    }

    /**
     * The supervisor signs: the record is locked, its training needs land on the supervisee's training record and its
     * case decisions on the cases, as supervision notes approved by the supervisor.
     */
    public SessionView sign(long sessionId, long expectedVersion) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        SupervisionSession.SignOff signOff = s.sign(development.me(), today(), now());
        signOff.trainingNeeds().forEach(em::persist);
        signOff.caseNotes().forEach(em::persist);
        em.flush();
        for (TrainingNeed n : signOff.trainingNeeds()) {
            audit.record(AuditAction.CREATE, "TrainingNeed", n.getId(), null, null, "from supervision " + sessionId);
        }
        for (SupervisionCaseNote n : signOff.caseNotes()) {
            audit.record(AuditAction.CREATE, "SupervisionCaseNote", n.getId(), n.getEarlyHelpCase().getId(), null,
                    "decision in supervision " + sessionId);
        }
        return saved(s, "signed by the supervisor; " + signOff.trainingNeeds().size() + " training need(s), "
                + signOff.caseNotes().size() + " case note(s)");
    }

    public SessionView confirm(long sessionId, long expectedVersion, @NotNull @Valid Response input) {
        SupervisionSession s = changeable(sessionId, expectedVersion);
        s.confirm(development.me(), input.comment(), now());
        return saved(s, "confirmed by the supervisee");
    }

    public SessionView dispute(long sessionId, long expectedVersion, @NotNull @Valid Response input) {
        SupervisionSession s = changeable(sessionId, expectedVersion);
        s.dispute(development.me(), input.comment(), now());
        return saved(s, "disputed by the supervisee");
    }

    public SessionView cancel(long sessionId, long expectedVersion, @NotNull @Valid Cancellation input) {
        SupervisionSession s = recordable(sessionId, expectedVersion);
        s.cancel(development.me(), input.reason(), now());
        return saved(s, "cancelled");
    }

    /**
     * A practitioner's supervision and training history for their file: the training record and every signed session
     * (the oldest first; the newest {@value #HISTORY_MAX} when there are more). The practitioner themself and their management line only.
     */
    public SupervisionViews.History historyForFile(long practitionerId) {
        Practitioner subject = development.supervisionSubject(practitionerId);
        TrainingViews.DevelopmentRecord record = training.record(practitionerId);
        List<SupervisionSession> sessions = em.createQuery("SELECT s FROM SupervisionSession s JOIN FETCH s.supervisor"
                        + " WHERE s.supervisee.id = :p AND s.supervisorSignedAt IS NOT NULL ORDER BY s.heldOn DESC, s.id DESC",
                        SupervisionSession.class).setParameter("p", practitionerId).setMaxResults(HISTORY_MAX).getResultList();
        sessions = new ArrayList<>(sessions);
        java.util.Collections.reverse(sessions); // the newest HISTORY_MAX, oldest first
        Map<Long, long[]> counts = new HashMap<>();
        if (!sessions.isEmpty()) {
            List<Long> ids = sessions.stream().map(SupervisionSession::getId).toList();
            count(counts, 0, "SELECT d.session.id, COUNT(d) FROM CaseDiscussion d WHERE d.session.id IN :ids GROUP BY d.session.id", ids);
            count(counts, 1, "SELECT a.session.id, COUNT(a) FROM SupervisionAction a WHERE a.session.id IN :ids GROUP BY a.session.id", ids);
            count(counts, 2, "SELECT n.session.id, COUNT(n) FROM IdentifiedTrainingNeed n WHERE n.session.id IN :ids GROUP BY n.session.id", ids);
        }
        List<SupervisionViews.HistoryEntry> entries = sessions.stream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[3]);
            return new SupervisionViews.HistoryEntry(s.getId(), s.getHeldOn(), s.getSessionType().label(),
                    s.getSupervisor().displayName(), s.getDurationMinutes(), s.getStatus().label(), s.getSuperviseeComment(),
                    (int) c[0], (int) c[1], (int) c[2]);
        }).toList();
        Practitioner me = development.me();
        audit.record(AuditAction.EXPORT, RECORD, null, null, null, "supervision and training history of practitioner "
                + subject.getId());
        return new SupervisionViews.History(record, entries, today(), me.displayName());
    }

    private void count(Map<Long, long[]> counts, int slot, String jpql, List<Long> ids) {
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[3])[slot] = ((Number) row[1]).longValue());
    }

    // ---- the case's side

    /** Decisions made in supervision about a case, newest first: visible to whoever may see the case. */
    public Page<CaseNoteView> caseNotes(long caseId, int offset, int limit) {
        access.requireCase(caseId, callers.current());
        List<CaseNoteView> items = em.createNamedQuery(SupervisionCaseNote.FIND_BY_CASE, SupervisionCaseNote.class)
                .setParameter("caseId", caseId).setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(n -> new CaseNoteView(n.getId(), caseId, n.getEarlyHelpCase().getReference(), n.getDecidedOn(),
                        n.getDecision(), n.getApprovedBy().displayName(), n.getApprovedAt())).toList();
        long total = em.createNamedQuery(SupervisionCaseNote.COUNT_BY_CASE, Long.class).setParameter("caseId", caseId)
                .getSingleResult();
        audit.record(AuditAction.VIEW, "SupervisionCaseNote", null, caseId, null, "supervision notes of the case");
        return new Page<>(items, total, offset, limit);
    }

    // ---- helpers

    List<TeamMember> members(List<Practitioner> team) {
        if (team.isEmpty()) {
            return List.of();
        }
        List<Long> ids = team.stream().map(Practitioner::getId).toList();
        Map<Long, LocalDate> last = new HashMap<>();
        em.createNamedQuery(SupervisionSession.LAST_HELD_FOR_SUPERVISEES, Object[].class).setParameter("superviseeIds", ids)
                .getResultStream().forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        Map<Long, Object[]> next = new HashMap<>();
        em.createQuery("SELECT s.supervisee.id, s.scheduledFor, s.id FROM SupervisionSession s WHERE s.supervisee.id IN :ids"
                        + " AND s.status = org.leadpractitioner.domain.training.SupervisionStatus.SCHEDULED"
                        + " ORDER BY s.scheduledFor, s.id", Object[].class).setParameter("ids", ids)
                .getResultStream().forEach(row -> next.putIfAbsent((Long) row[0], row));
        List<SupervisionPolicy> policies = em.createNamedQuery(SupervisionPolicy.FIND_ALL, SupervisionPolicy.class)
                .getResultList();
        LocalDate today = today();
        List<TeamMember> rows = new ArrayList<>();
        for (Practitioner p : team) {
            SupervisionRequirement requirement = SupervisionPolicies.resolve(policies, p);
            LocalDate lastHeld = last.get(p.getId());
            SupervisionDue due = lastHeld == null && p.getLineManagerSince() == null
                    ? new SupervisionDue(today, null) // never supervised, and since when unknown: due now
                    : requirement.dueFor(lastHeld, p.getLineManagerSince());
            Object[] n = next.get(p.getId());
            rows.add(new TeamMember(p.getId(), p.displayName(), p.getRole().label(), p.getAgency().getName(),
                    p.getLineManager() == null ? null : p.getLineManager().displayName(), lastHeld,
                    n == null ? null : (LocalDate) n[1], n == null ? null : (Long) n[2], due.dueOn(), due.isOverdueOn(today),
                    due.isOverdueOn(today) ? due.daysOverdueOn(today) : 0, requirement.frequency().label(),
                    requirement.basis(), due.describeOn(today)));
        }
        return rows;
    }

    private SupervisionSession visible(long sessionId) {
        SupervisionSession s = em.find(SupervisionSession.class, sessionId);
        if (s == null || !s.isVisibleTo(development.meOrNull())) {
            audit.recordRefusal(RECORD, sessionId, null, null,
                    "supervision record outside the caller's management line, or no such record");
            throw new RecordNotFound("Supervision session", sessionId);
        }
        return s;
    }

    private SupervisionSession changeable(long sessionId, long expectedVersion) {
        SupervisionSession s = visible(sessionId);
        Versions.require(s.getVersion(), expectedVersion, "supervision record");
        return s;
    }

    /**
     * As {@link #changeable}, for writing the record: the supervisor must still be the supervisee's line manager (after
     * a change of line manager, the old one no longer records, signs or reads the supervisee's caseload).
     */
    private SupervisionSession recordable(long sessionId, long expectedVersion) {
        SupervisionSession s = changeable(sessionId, expectedVersion);
        Practitioner me = development.me();
        if (me.equals(s.getSupervisor())) {
            SupervisionSession.ensureSupervisorIsLineManager(me, s.getSupervisee());
        }
        return s;
    }

    private SessionView saved(SupervisionSession s, String what) {
        em.flush();
        audit.record(AuditAction.UPDATE, RECORD, s.getId(), null, null, what);
        return view(s);
    }

    private static <T extends org.leadpractitioner.domain.BaseEntity> T item(List<T> items, long id) {
        return items.stream().filter(i -> Objects.equals(i.getId(), id)).findFirst()
                .orElseThrow(() -> new RuleViolation("supervision.not-in-session", null, "Item " + id + " is not part of"
                        + " this supervision record. Reload the record and try again."));
    }

    private static CaseDiscussion.Content content(Discussion input) {
        return new CaseDiscussion.Content(input.discussion(), input.reflection(), input.risk(), input.decision(),
                input.actions());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static SessionSummary summary(SupervisionSession s) {
        return new SessionSummary(s.getId(), s.getSupervisor().getId(), s.getSupervisor().displayName(),
                s.getSupervisee().getId(), s.getSupervisee().displayName(), s.getSessionType(), s.getSessionType().label(),
                s.getStatus(), s.getStatus().label(), s.getScheduledFor(), s.getScheduledTime(), s.getHeldOn(),
                s.getSupervisorSignedAt());
    }

    private static Person person(Practitioner p) {
        return new Person(p.getId(), p.displayName(), p.getRole().label(), p.getAgency().getName());
    }

    private static ActionView view(SupervisionAction a, LocalDate today) {
        return new ActionView(a.getId(), a.getVersion(), a.getDescription(), a.getOwner().getId(), a.getOwner().displayName(),
                a.getDueOn(), a.getStatus(), a.getStatus().label(), a.getDoneOn(), a.isOverdueOn(today));
    }

    private SessionView view(SupervisionSession s) {
        Practitioner me = development.meOrNull();
        LocalDate today = today();
        boolean isSupervisor = s.getSupervisor().equals(me);
        int expected = SupervisionPolicies.resolve(em.createNamedQuery(SupervisionPolicy.FIND_FOR_AGENCY,
                        SupervisionPolicy.class).setParameter("agencyId", s.getSupervisee().getAgency().getId()).getResultList(),
                s.getSupervisee()).expectedDurationMinutes();
        List<DiscussionView> discussions = s.getDiscussions().stream().map(d -> new DiscussionView(d.getId(),
                d.getEarlyHelpCase().getId(), d.getEarlyHelpCase().getReference(), d.getDiscussion(), d.getReflection(),
                d.getRisk(), d.getDecision(), d.getActions())).toList();
        List<ActionView> actions = s.getActions().stream().map(a -> view(a, today)).toList();
        List<NeedItem> needs = s.getIdentifiedNeeds().stream().map(SupervisionService::view).toList();
        return new SessionView(s.getId(), s.getVersion(), person(s.getSupervisor()), person(s.getSupervisee()),
                s.getStatus(), s.getStatus().label(), s.getSessionType(), s.getSessionType().label(), s.getScheduledFor(),
                s.getScheduledTime(), s.getHeldOn(), s.getDurationMinutes(), expected, s.getAttendees(), s.getWorkload(),
                s.getInterAgency(), s.getWellbeing(), s.getLastSavedAt(), s.getSupervisorSignedAt(),
                s.getSuperviseeRespondedAt(), s.getSuperviseeComment(), s.getCancellationReason(), discussions, actions,
                needs, isSupervisor,
                isSupervisor && (s.getStatus() == SupervisionStatus.SCHEDULED || s.getStatus() == SupervisionStatus.DRAFT),
                s.getSupervisee().equals(me) && s.getStatus() == SupervisionStatus.SIGNED_BY_SUPERVISOR);
    }

    private static NeedItem view(IdentifiedTrainingNeed n) {
        return new NeedItem(n.getId(), n.getDescription(), n.getCourse() == null ? null : n.getCourse().getId(),
                n.getCourse() == null ? null : n.getCourse().getTitle());
    }
}
