package org.leadpractitioner.domain.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * A supervision session between a practitioner (the supervisee) and their line manager (the supervisor), and its
 * record.
 *
 * <p>Life cycle: {@link #schedule scheduled} for a date (SCHEDULED) and later {@link #startRecording recorded}, or
 * {@link #record recorded} straight away (DRAFT). While a draft, the supervisor {@link #saveDraft saves} the sections
 * as they type (workload and capacity, inter-agency relationships, wellbeing and support), the
 * {@link #addCaseDiscussion cases discussed}, the {@link #addAction actions agreed} and the
 * {@link #identifyTrainingNeed training needs identified}. The supervisor then {@link #sign signs} it: the record is
 * locked (any change is refused with {@code supervision.signed}), each training need becomes a {@link TrainingNeed} and
 * each case decision a {@link SupervisionCaseNote}, returned for the service to persist. The supervisee then
 * {@link #confirm confirms} it or {@link #dispute disputes} it with a comment; the response is written once and kept.
 * A session that did not take place is {@link #cancel cancelled}.
 *
 * <p>Rules needing other data are the service's to call: {@link #ensureSupervisorIsLineManager} (also checked when a
 * session is created) and {@link CaseDiscussion#ensureSuperviseeOnCase} (whether the supervisee is a member of the case,
 * which {@link #addCaseDiscussion} takes as an argument). Who may read the record: {@link #isVisibleTo}.
 */
@Entity
@Table(name = "supervision_session")
@NamedQueries({
    @NamedQuery(name = SupervisionSession.FIND_BY_SUPERVISOR,
            query = "SELECT s FROM SupervisionSession s JOIN FETCH s.supervisee WHERE s.supervisor.id = :supervisorId"
                    + " ORDER BY s.scheduledFor DESC, s.id DESC"),
    @NamedQuery(name = SupervisionSession.COUNT_BY_SUPERVISOR,
            query = "SELECT COUNT(s) FROM SupervisionSession s WHERE s.supervisor.id = :supervisorId"),
    @NamedQuery(name = SupervisionSession.FIND_BY_SUPERVISEE,
            query = "SELECT s FROM SupervisionSession s JOIN FETCH s.supervisor WHERE s.supervisee.id = :superviseeId"
                    + " ORDER BY s.scheduledFor DESC, s.id DESC"),
    @NamedQuery(name = SupervisionSession.COUNT_BY_SUPERVISEE,
            query = "SELECT COUNT(s) FROM SupervisionSession s WHERE s.supervisee.id = :superviseeId"),
    @NamedQuery(name = SupervisionSession.FIND_UNSIGNED_BY_SUPERVISOR,
            query = "SELECT s FROM SupervisionSession s JOIN FETCH s.supervisee WHERE s.supervisor.id = :supervisorId"
                    + " AND (s.status = org.leadpractitioner.domain.training.SupervisionStatus.SCHEDULED"
                    + " OR s.status = org.leadpractitioner.domain.training.SupervisionStatus.DRAFT)"
                    + " ORDER BY s.scheduledFor, s.id"),
    @NamedQuery(name = SupervisionSession.FIND_AWAITING_RESPONSE,
            query = "SELECT s FROM SupervisionSession s JOIN FETCH s.supervisor WHERE s.supervisee.id = :superviseeId"
                    + " AND s.status = org.leadpractitioner.domain.training.SupervisionStatus.SIGNED_BY_SUPERVISOR"
                    + " ORDER BY s.heldOn, s.id"),
    @NamedQuery(name = SupervisionSession.LAST_HELD_FOR_SUPERVISEES,
            query = "SELECT s.supervisee.id, MAX(s.heldOn) FROM SupervisionSession s"
                    + " WHERE s.supervisee.id IN :superviseeIds AND s.supervisorSignedAt IS NOT NULL"
                    + " GROUP BY s.supervisee.id"),
    @NamedQuery(name = SupervisionSession.LAST_HELD_FOR_TEAM,
            query = "SELECT p.id, MAX(s.heldOn) FROM SupervisionSession s JOIN s.supervisee p"
                    + " WHERE p.lineManager.id = :managerId AND p.active = TRUE AND s.supervisorSignedAt IS NOT NULL"
                    + " GROUP BY p.id"),
    @NamedQuery(name = SupervisionSession.NEXT_SCHEDULED_FOR_SUPERVISEES,
            query = "SELECT s.supervisee.id, MIN(s.scheduledFor) FROM SupervisionSession s"
                    + " WHERE s.supervisee.id IN :superviseeIds"
                    + " AND s.status = org.leadpractitioner.domain.training.SupervisionStatus.SCHEDULED"
                    + " GROUP BY s.supervisee.id")
})
public class SupervisionSession extends BaseEntity {

    /** Parameter {@code supervisorId}: the sessions they supervise, newest first, with supervisees; page it. */
    public static final String FIND_BY_SUPERVISOR = "SupervisionSession.findBySupervisor";
    /** Parameter {@code supervisorId}. */
    public static final String COUNT_BY_SUPERVISOR = "SupervisionSession.countBySupervisor";
    /** Parameter {@code superviseeId}: their sessions, newest first, with supervisors; page it. */
    public static final String FIND_BY_SUPERVISEE = "SupervisionSession.findBySupervisee";
    /** Parameter {@code superviseeId}. */
    public static final String COUNT_BY_SUPERVISEE = "SupervisionSession.countBySupervisee";
    /** Parameter {@code supervisorId}: scheduled sessions and unsigned drafts, oldest first (the supervisor's to-do list). */
    public static final String FIND_UNSIGNED_BY_SUPERVISOR = "SupervisionSession.findUnsignedBySupervisor";
    /** Parameter {@code superviseeId}: signed records waiting for the supervisee to confirm or comment. */
    public static final String FIND_AWAITING_RESPONSE = "SupervisionSession.findAwaitingResponse";
    /**
     * Parameter {@code superviseeIds} (a collection): rows of {@code [Long superviseeId, LocalDate lastHeldOn]}, the date
     * of each supervisee's last signed session with anyone; supervisees never supervised have no row. One query for a
     * whole team, for {@link SupervisionRequirement#dueFor}.
     */
    public static final String LAST_HELD_FOR_SUPERVISEES = "SupervisionSession.lastHeldForSupervisees";
    /**
     * Parameter {@code managerId}: as {@value #LAST_HELD_FOR_SUPERVISEES} for the active practitioners that person
     * line-manages now (combine with {@code Practitioner.FIND_SUPERVISEES} for those never supervised).
     */
    public static final String LAST_HELD_FOR_TEAM = "SupervisionSession.lastHeldForTeam";
    /** Parameter {@code superviseeIds}: rows of {@code [Long superviseeId, LocalDate scheduledFor]}, each one's next planned session. */
    public static final String NEXT_SCHEDULED_FOR_SUPERVISEES = "SupervisionSession.nextScheduledForSupervisees";

    public static final int ATTENDEES_MAX = 1000;
    /** A section of the record (workload, inter-agency relationships, wellbeing): a few pages. */
    public static final int SECTION_MAX = 8000;
    public static final int COMMENT_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int DURATION_MAX_MINUTES = 480;

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_id", nullable = false, updatable = false)
    private Practitioner supervisor;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisee_id", nullable = false, updatable = false)
    private Practitioner supervisee;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SupervisionStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, length = 20)
    private SupervisionType sessionType;

    @NotNull
    @Column(name = "scheduled_for", nullable = false)
    private LocalDate scheduledFor;

    @Column(name = "scheduled_time")
    private LocalTime scheduledTime;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Size(max = ATTENDEES_MAX)
    @Column(name = "attendees", length = ATTENDEES_MAX)
    private String attendees;

    @Size(max = SECTION_MAX)
    @Column(name = "workload", length = SECTION_MAX)
    private String workload;

    @Size(max = SECTION_MAX)
    @Column(name = "inter_agency", length = SECTION_MAX)
    private String interAgency;

    @Size(max = SECTION_MAX)
    @Column(name = "wellbeing", length = SECTION_MAX)
    private String wellbeing;

    @Column(name = "last_saved_at")
    private Instant lastSavedAt;

    @Column(name = "supervisor_signed_at")
    private Instant supervisorSignedAt;

    @Column(name = "supervisee_responded_at")
    private Instant superviseeRespondedAt;

    @Size(max = COMMENT_MAX)
    @Column(name = "supervisee_comment", length = COMMENT_MAX)
    private String superviseeComment;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = REASON_MAX)
    @Column(name = "cancellation_reason", length = REASON_MAX)
    private String cancellationReason;

    @OneToMany(mappedBy = "session", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE},
            orphanRemoval = true)
    @OrderBy("id")
    private List<CaseDiscussion> discussions = new ArrayList<>();

    @OneToMany(mappedBy = "session", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE},
            orphanRemoval = true)
    @OrderBy("id")
    private List<SupervisionAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "session", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE},
            orphanRemoval = true)
    @OrderBy("id")
    private List<IdentifiedTrainingNeed> identifiedNeeds = new ArrayList<>();

    protected SupervisionSession() {
    }

    /** What the supervisor writes in the body of the record (the fields of the API, with the same names). */
    public record Content(SupervisionType type, LocalDate heldOn, Integer durationMinutes, String attendees,
            String workload, String interAgency, String wellbeing) {
    }

    /**
     * What signing produced, for the service to persist: the training needs identified (source SUPERVISION) and the
     * case decisions as notes on the cases.
     */
    public record SignOff(List<TrainingNeed> trainingNeeds, List<SupervisionCaseNote> caseNotes) {
    }

    private SupervisionSession(Practitioner supervisor, Practitioner supervisee, SupervisionType type) {
        ensureSupervisorIsLineManager(supervisor, supervisee);
        if (!supervisee.isActive()) {
            throw new RuleViolation("supervision.supervisee-inactive", "supervisee",
                    supervisee.displayName() + "'s record is no longer active. Choose a current practitioner.");
        }
        this.supervisor = supervisor;
        this.supervisee = supervisee;
        this.sessionType = checkType(type);
    }

    /**
     * Refuses a supervisor who is not the supervisee's line manager (or is the supervisee).
     *
     * @throws RuleViolation {@code supervision.supervisor-required}, {@code supervision.supervisee-required},
     *                       {@code supervision.same-person}, {@code supervision.not-line-manager}
     */
    public static void ensureSupervisorIsLineManager(Practitioner supervisor, Practitioner supervisee) {
        Checks.present(supervisor, "supervision.supervisor-required", "supervisor", "Choose the supervisor.");
        Checks.present(supervisee, "supervision.supervisee-required", "supervisee",
                "Choose the practitioner being supervised.");
        if (supervisor.equals(supervisee)) {
            throw new RuleViolation("supervision.same-person", "supervisee",
                    supervisor.displayName() + " cannot supervise themself. Choose the practitioner being supervised.");
        }
        Practitioner manager = supervisee.getLineManager();
        if (!supervisor.equals(manager)) {
            throw new RuleViolation("supervision.not-line-manager", "supervisee", supervisor.displayName() + " is not "
                    + supervisee.displayName() + "'s line manager, and supervision is recorded by the line manager. "
                    + (manager == null
                            ? "Record " + supervisee.displayName() + "'s line manager first."
                            : "Ask " + manager.displayName() + " to record it, or change " + supervisee.displayName()
                                    + "'s line manager first."));
        }
    }

    /** Plans a session for {@code on} (today or later), optionally at a time. */
    public static SupervisionSession schedule(Practitioner supervisor, Practitioner supervisee, SupervisionType type,
            LocalDate on, LocalTime at, LocalDate today) {
        SupervisionSession s = new SupervisionSession(supervisor, supervisee, type);
        s.scheduledFor = checkScheduledDate(on, today);
        s.scheduledTime = at;
        s.status = SupervisionStatus.SCHEDULED;
        return s;
    }

    /** Starts recording a session that was not scheduled, held on {@code heldOn} (not after {@code today}). */
    public static SupervisionSession record(Practitioner supervisor, Practitioner supervisee, SupervisionType type,
            LocalDate heldOn, LocalDate today, Instant at) {
        SupervisionSession s = new SupervisionSession(supervisor, supervisee, type);
        s.heldOn = checkHeldOn(heldOn, today);
        s.scheduledFor = s.heldOn;
        s.status = SupervisionStatus.DRAFT;
        s.lastSavedAt = at;
        return s;
    }

    /** Moves a scheduled session to another date (today or later) or time. */
    public void reschedule(Practitioner by, LocalDate on, LocalTime at, LocalDate today) {
        requireSupervisor(by);
        requireStatus(SupervisionStatus.SCHEDULED, "be rescheduled");
        this.scheduledFor = checkScheduledDate(on, today);
        this.scheduledTime = at;
    }

    /** The scheduled session took place on {@code heldOn}: its record is now being written. */
    public void startRecording(Practitioner by, LocalDate heldOn, LocalDate today, Instant at) {
        requireSupervisor(by);
        requireStatus(SupervisionStatus.SCHEDULED, "start being recorded");
        this.heldOn = checkHeldOn(heldOn, today);
        this.status = SupervisionStatus.DRAFT;
        this.lastSavedAt = at;
    }

    /**
     * Saves the body of the draft (an autosave as much as a save): the type, when it was held, how long it lasted
     * (may still be empty), who else attended and the three sections. Everything is checked before anything changes.
     */
    public void saveDraft(Practitioner by, Content content, LocalDate today, Instant at) {
        requireEditable(by);
        Checks.present(content, "supervision.content-required", null, "Nothing to save.");
        SupervisionType type = checkType(content.type());
        LocalDate held = checkHeldOn(content.heldOn(), today);
        Integer duration = checkDuration(content.durationMinutes());
        String newAttendees = Checks.optional(content.attendees(), ATTENDEES_MAX, "supervision.attendees", "attendees",
                "the list of attendees");
        String newWorkload = Checks.optional(content.workload(), SECTION_MAX, "supervision.workload", "workload",
                "the section on workload and capacity");
        String newInterAgency = Checks.optional(content.interAgency(), SECTION_MAX, "supervision.inter-agency",
                "interAgency", "the section on inter-agency relationships");
        String newWellbeing = Checks.optional(content.wellbeing(), SECTION_MAX, "supervision.wellbeing", "wellbeing",
                "the section on wellbeing and support");
        this.sessionType = type;
        this.heldOn = held;
        this.durationMinutes = duration;
        this.attendees = newAttendees;
        this.workload = newWorkload;
        this.interAgency = newInterAgency;
        this.wellbeing = newWellbeing;
        this.lastSavedAt = at;
    }

    /**
     * Adds a case to the discussion.
     *
     * @param superviseeIsMember whether the supervisee is a member of the case (the service counts it with
     *                           {@code CaseMembership.COUNT_ACTIVE_FOR_PRACTITIONER} on the day the session was held)
     */
    public CaseDiscussion addCaseDiscussion(Practitioner by, EarlyHelpCase earlyHelpCase, boolean superviseeIsMember,
            CaseDiscussion.Content content, Instant at) {
        requireEditable(by);
        Checks.present(earlyHelpCase, "supervision.case-required", "caseId", "Choose the case discussed.");
        CaseDiscussion.ensureSuperviseeOnCase(earlyHelpCase, supervisee, superviseeIsMember);
        for (CaseDiscussion d : discussions) {
            if (d.getEarlyHelpCase().equals(earlyHelpCase)) {
                throw new RuleViolation("supervision.case-already-discussed", "caseId",
                        "Case " + earlyHelpCase.getReference() + " is already in this record. Add to what is written"
                                + " there instead.");
            }
        }
        CaseDiscussion d = new CaseDiscussion(this, earlyHelpCase, content);
        discussions.add(d);
        this.lastSavedAt = at;
        return d;
    }

    /** Rewrites what was recorded about a case. */
    public void updateCaseDiscussion(Practitioner by, CaseDiscussion discussion, CaseDiscussion.Content content,
            Instant at) {
        requireEditable(by);
        requireMine(discussions, discussion);
        discussion.update(content);
        this.lastSavedAt = at;
    }

    public void removeCaseDiscussion(Practitioner by, CaseDiscussion discussion, Instant at) {
        requireEditable(by);
        requireMine(discussions, discussion);
        discussions.remove(discussion);
        this.lastSavedAt = at;
    }

    /** Adds an agreed action, owned by the supervisor or the supervisee, due on or after the day of the session. */
    public SupervisionAction addAction(Practitioner by, String description, Practitioner owner, LocalDate dueOn,
            Instant at) {
        requireEditable(by);
        SupervisionAction a = new SupervisionAction(this, description, checkOwner(owner), checkDueOn(dueOn));
        actions.add(a);
        this.lastSavedAt = at;
        return a;
    }

    public void updateAction(Practitioner by, SupervisionAction action, String description, Practitioner owner,
            LocalDate dueOn, Instant at) {
        requireEditable(by);
        requireMine(actions, action);
        action.change(description, checkOwner(owner), checkDueOn(dueOn));
        this.lastSavedAt = at;
    }

    public void removeAction(Practitioner by, SupervisionAction action, Instant at) {
        requireEditable(by);
        requireMine(actions, action);
        actions.remove(action);
        this.lastSavedAt = at;
    }

    /**
     * Records a training or development need identified in the session; it becomes a {@link TrainingNeed} when the
     * record is signed.
     *
     * @param course the course that would meet it, or {@code null}
     */
    public IdentifiedTrainingNeed identifyTrainingNeed(Practitioner by, String description, Course course, Instant at) {
        requireEditable(by);
        IdentifiedTrainingNeed need = new IdentifiedTrainingNeed(this, description, course);
        identifiedNeeds.add(need);
        this.lastSavedAt = at;
        return need;
    }

    public void removeTrainingNeed(Practitioner by, IdentifiedTrainingNeed need, Instant at) {
        requireEditable(by);
        requireMine(identifiedNeeds, need);
        identifiedNeeds.remove(need);
        this.lastSavedAt = at;
    }

    /**
     * The supervisor signs the record: it is locked from now on. Refused unless the session was held (not after
     * {@code today}), its duration is recorded, something was written (a section or a case), each case discussed says
     * what was discussed and no action is due before the session.
     *
     * @return the training needs (source SUPERVISION, raised on the day held) and the case notes (one per case with a
     *         decision, approved by the supervisor at {@code at}), new, for the service to persist
     */
    public SignOff sign(Practitioner by, LocalDate today, Instant at) {
        requireSupervisor(by);
        if (status == SupervisionStatus.SCHEDULED) {
            throw new RuleViolation("supervision.not-recorded", null,
                    "Nothing has been recorded for this session yet. Record it, then sign it.");
        }
        requireEditable(by);
        checkHeldOn(heldOn, today);
        Checks.present(durationMinutes, "supervision.duration-required", "durationMinutes",
                "Enter how long the session lasted, in minutes, before signing.");
        if (workload == null && interAgency == null && wellbeing == null && discussions.isEmpty()) {
            throw new RuleViolation("supervision.nothing-recorded", null,
                    "The record is empty. Write what was discussed (workload, inter-agency relationships, wellbeing or"
                            + " the cases) before signing.");
        }
        for (CaseDiscussion d : discussions) {
            if (d.getDiscussion() == null) {
                throw new RuleViolation("supervision.discussion-required", "discussion",
                        "Nothing is written about case " + d.getEarlyHelpCase().getReference() + ". Write what was"
                                + " discussed (progress, problems, risk), or remove the case from the record.");
            }
        }
        for (SupervisionAction a : actions) {
            if (a.getDueOn().isBefore(heldOn)) {
                throw new RuleViolation("supervision.action-due-before-session", "dueOn",
                        "The action '" + a.getDescription() + "' is due on " + Checks.date(a.getDueOn())
                                + ", before the session (" + Checks.date(heldOn) + "). Change its due date.");
            }
        }
        List<TrainingNeed> needs = identifiedNeeds.stream().map(n -> TrainingNeed.fromSupervision(this, n)).toList();
        List<SupervisionCaseNote> notes = discussions.stream().filter(CaseDiscussion::hasDecision)
                .map(d -> new SupervisionCaseNote(this, d, at)).toList();
        this.status = SupervisionStatus.SIGNED_BY_SUPERVISOR;
        this.supervisorSignedAt = at;
        this.lastSavedAt = at;
        return new SignOff(needs, notes);
    }

    /** The supervisee confirms the signed record, optionally with a comment. Once only. */
    public void confirm(Practitioner by, String comment, Instant at) {
        requireResponse(by);
        this.superviseeComment = Checks.optional(comment, COMMENT_MAX, "supervision.comment", "superviseeComment",
                "your comment");
        respond(SupervisionStatus.CONFIRMED, at);
    }

    /** The supervisee disagrees with the signed record and says why (required). Once only; the comment is kept. */
    public void dispute(Practitioner by, String comment, Instant at) {
        requireResponse(by);
        this.superviseeComment = Checks.required(comment, COMMENT_MAX, "supervision.comment", "superviseeComment",
                "what you disagree with in this record, and why");
        respond(SupervisionStatus.DISPUTED, at);
    }

    private void respond(SupervisionStatus newStatus, Instant at) {
        this.status = newStatus;
        this.superviseeRespondedAt = at;
    }

    private void requireResponse(Practitioner by) {
        if (by == null || !by.equals(supervisee)) {
            throw new RuleViolation("supervision.not-supervisee", null, "Only " + supervisee.displayName()
                    + ", who was supervised, can confirm or comment on this record.");
        }
        if (status == SupervisionStatus.CONFIRMED || status == SupervisionStatus.DISPUTED) {
            throw new RuleViolation("supervision.already-responded", null, "You already "
                    + (status == SupervisionStatus.CONFIRMED ? "confirmed" : "disputed") + " this record on "
                    + ukDate(superviseeRespondedAt) + ", and a response cannot be changed. Raise anything new at your"
                    + " next supervision.");
        }
        if (status != SupervisionStatus.SIGNED_BY_SUPERVISOR) {
            throw new RuleViolation("supervision.not-signed", null, "This record is "
                    + status.label().toLowerCase(Locale.UK) + ". You can confirm or comment once "
                    + supervisor.displayName() + " has signed it.");
        }
    }

    /** The session did not take place (scheduled, or a draft started by mistake): {@code reason} says why. */
    public void cancel(Practitioner by, String reason, Instant at) {
        requireEditableOrScheduled(by);
        this.cancellationReason = Checks.required(reason, REASON_MAX, "supervision.cancellation-reason",
                "cancellationReason", "why the session is cancelled");
        this.status = SupervisionStatus.CANCELLED;
        this.cancelledAt = at;
    }

    /**
     * Whether {@code viewer} may read this record: the supervisor, the supervisee, and the supervisee's management
     * line now ({@link Practitioner#isManagedBy}). The decisions on cases are visible more widely, as
     * {@link SupervisionCaseNote}s.
     */
    public boolean isVisibleTo(Practitioner viewer) {
        if (viewer == null) {
            return false;
        }
        if (viewer.equals(supervisor) || viewer.equals(supervisee)) {
            return true;
        }
        return supervisee.isManagedBy(viewer);
    }

    /** Signed by the supervisor: locked, and counts as supervision held. */
    public boolean isSigned() {
        return status.isSigned();
    }

    /** Whether the record can still be written (a draft). */
    public boolean isDraft() {
        return status == SupervisionStatus.DRAFT;
    }

    private Practitioner checkOwner(Practitioner owner) {
        Checks.present(owner, "supervision.action-owner-required", "owner", "Choose who will do the action.");
        if (!owner.equals(supervisor) && !owner.equals(supervisee)) {
            throw new RuleViolation("supervision.action-owner-not-participant", "owner", "An action agreed in supervision"
                    + " is owned by " + supervisee.displayName() + " or " + supervisor.displayName() + ", not "
                    + owner.displayName() + ". Choose one of them; an action for someone else is for them to agree.");
        }
        return owner;
    }

    private LocalDate checkDueOn(LocalDate dueOn) {
        Checks.present(dueOn, "supervision.action-due-on-required", "dueOn", "Enter the date the action is due.");
        if (heldOn != null && dueOn.isBefore(heldOn)) {
            throw new RuleViolation("supervision.action-due-before-session", "dueOn", "The due date "
                    + Checks.date(dueOn) + " is before the session (" + Checks.date(heldOn)
                    + "). Enter a date on or after it.");
        }
        return dueOn;
    }

    private static SupervisionType checkType(SupervisionType type) {
        return Checks.present(type, "supervision.type-required", "type",
                "Choose the type of session (one-to-one, group or case supervision).");
    }

    private static LocalDate checkScheduledDate(LocalDate on, LocalDate today) {
        Checks.present(on, "supervision.scheduled-for-required", "scheduledFor", "Enter the date of the session.");
        if (on.isBefore(today)) {
            throw new RuleViolation("supervision.scheduled-in-past", "scheduledFor", "The date " + Checks.date(on)
                    + " has passed. Choose today or a later date; to write up a session that has taken place, record it"
                    + " instead.");
        }
        return on;
    }

    private static LocalDate checkHeldOn(LocalDate on, LocalDate today) {
        Checks.present(on, "supervision.held-on-required", "heldOn", "Enter the date the session was held.");
        if (on.isAfter(today)) {
            throw new RuleViolation("supervision.held-in-future", "heldOn", "The session cannot have been held on "
                    + Checks.date(on) + ", which is in the future. Enter the date it took place (today or earlier), or"
                    + " schedule it for that date instead.");
        }
        return on;
    }

    private static Integer checkDuration(Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > DURATION_MAX_MINUTES)) {
            throw new RuleViolation("supervision.duration-out-of-range", "durationMinutes", "A session lasts between 1"
                    + " and " + DURATION_MAX_MINUTES + " minutes (you entered " + minutes + "). Enter its length in"
                    + " minutes, for example 90.");
        }
        return minutes;
    }

    private void requireSupervisor(Practitioner by) {
        if (by == null || !by.equals(supervisor)) {
            throw new RuleViolation("supervision.not-supervisor", null, "Only " + supervisor.displayName() + ", who"
                    + " supervises " + supervisee.displayName() + " in this session, can record it.");
        }
    }

    private void requireStatus(SupervisionStatus expected, String action) {
        if (status != expected) {
            requireNotLocked();
            throw new RuleViolation("supervision.wrong-status", null, "This session is "
                    + status.label().toLowerCase(Locale.UK) + ", so it cannot " + action + ".");
        }
    }

    private void requireEditable(Practitioner by) {
        requireSupervisor(by);
        requireNotLocked();
        if (status == SupervisionStatus.SCHEDULED) {
            throw new RuleViolation("supervision.not-started", null,
                    "This session is only scheduled. Start recording it (with the date it was held) first.");
        }
    }

    private void requireEditableOrScheduled(Practitioner by) {
        requireSupervisor(by);
        requireNotLocked();
    }

    private void requireNotLocked() {
        if (status.isSigned()) {
            throw new RuleViolation("supervision.signed", null, "This record was signed by " + supervisor.displayName()
                    + " on " + ukDate(supervisorSignedAt) + " and can no longer be changed. Record anything new or"
                    + " corrected at the next session" + (status == SupervisionStatus.SIGNED_BY_SUPERVISOR
                            ? ", or " + supervisee.displayName() + " can add a comment when responding." : "."));
        }
        if (status == SupervisionStatus.CANCELLED) {
            throw new RuleViolation("supervision.cancelled", null,
                    "This session was cancelled (" + cancellationReason + "). Schedule or record a new one.");
        }
    }

    private static void requireMine(List<?> children, Object child) {
        if (child == null || children.stream().noneMatch(c -> c == child || c.equals(child))) {
            throw new RuleViolation("supervision.not-in-session", null, "That item is not part of this supervision"
                    + " record. Reload the record and try again.");
        }
    }

    private static String ukDate(Instant instant) {
        return instant == null ? "an unknown date" : Checks.date(instant.atZone(UK).toLocalDate());
    }

    public Practitioner getSupervisor() {
        return supervisor;
    }

    public Practitioner getSupervisee() {
        return supervisee;
    }

    public SupervisionStatus getStatus() {
        return status;
    }

    public SupervisionType getSessionType() {
        return sessionType;
    }

    /** The date planned (the date held, for a session recorded without being scheduled). */
    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    /** The time planned, or {@code null}. */
    public LocalTime getScheduledTime() {
        return scheduledTime;
    }

    /** The date held, or {@code null} while only scheduled. */
    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    /** Who else attended (free text; the supervisor and supervisee are implied). */
    public String getAttendees() {
        return attendees;
    }

    /** Workload and capacity. */
    public String getWorkload() {
        return workload;
    }

    /** Intra- and inter-agency relationship issues where advice or the manager's intervention is needed. */
    public String getInterAgency() {
        return interAgency;
    }

    /** Wellbeing and support (including how to get support between sessions). */
    public String getWellbeing() {
        return wellbeing;
    }

    /** When the draft was last saved (drafts autosave). */
    public Instant getLastSavedAt() {
        return lastSavedAt;
    }

    public Instant getSupervisorSignedAt() {
        return supervisorSignedAt;
    }

    public Instant getSuperviseeRespondedAt() {
        return superviseeRespondedAt;
    }

    /** The supervisee's comment or disagreement, written once with their response. */
    public String getSuperviseeComment() {
        return superviseeComment;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    /** The cases discussed, in the order added (read-only; loads them). */
    public List<CaseDiscussion> getDiscussions() {
        return Collections.unmodifiableList(discussions);
    }

    /** The actions agreed, in the order added (read-only; loads them). */
    public List<SupervisionAction> getActions() {
        return Collections.unmodifiableList(actions);
    }

    /** The training needs identified, in the order added (read-only; loads them). */
    public List<IdentifiedTrainingNeed> getIdentifiedNeeds() {
        return Collections.unmodifiableList(identifiedNeeds);
    }
}
