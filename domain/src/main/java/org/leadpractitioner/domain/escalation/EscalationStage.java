package org.leadpractitioner.domain.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * One stage an {@link Escalation} reached, in order ({@link #getRecordNo() record} 1, 2, 3...): which stage (its number
 * and its name at the time), who must respond, when it started and its deadline (fixed when it starts: {@link
 * StageDeadline}); then the response (with who took part) and the outcome with its note; when it became overdue, if it
 * did; and how it ended: the escalation {@link StageEnd#MOVED_UP moved up} from it (with the reason, when one was
 * needed or given), {@link StageEnd#CLOSED closed} at it, or was {@link StageEnd#WITHDRAWN withdrawn} (with the
 * reason). A stage record started by reopening the escalation holds the reason it was reopened.
 *
 * <p>The records are the escalation's history: nothing in them is overwritten once the stage has ended. The record that
 * has not ended is the current stage of an open escalation; an open escalation has exactly one. All changes go through
 * the {@link Escalation}; the sweep that marks stages overdue works on the stage itself ({@link #markOverdue}), so that
 * it needs no query per escalation.
 *
 * <p>The deadline is not recomputed when the bank holidays or the stage policy change afterwards (docs/adr/0013 leaves
 * the choice to each area): the parties were told the date when the stage started.
 */
@Entity
@Table(name = "escalation_stage")
@NamedQueries({
    @NamedQuery(name = EscalationStage.FIND_DUE_FOR_OVERDUE,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.escalation e JOIN FETCH e.earlyHelpCase"
                    + " JOIN FETCH e.raisedBy JOIN FETCH s.responder WHERE s.endedAt IS NULL"
                    + " AND s.overdueAt IS NULL AND s.deadlineAt <= :now"
                    + " AND e.status = org.leadpractitioner.domain.escalation.EscalationStatus.OPEN"
                    + " ORDER BY s.deadlineAt, s.id"),
    @NamedQuery(name = EscalationStage.FIND_BY_ESCALATION,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.responder WHERE s.escalation.id = :escalationId"
                    + " ORDER BY s.recordNo"),
    @NamedQuery(name = EscalationStage.FIND_LATEST_OF,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.responder WHERE s.escalation.id IN :escalationIds"
                    + " AND s.recordNo = (SELECT MAX(x.recordNo) FROM EscalationStage x"
                    + " WHERE x.escalation = s.escalation)"),
    @NamedQuery(name = EscalationStage.FIND_AWAITING_RESPONSE_FROM,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.escalation e JOIN FETCH e.earlyHelpCase"
                    + " JOIN FETCH e.raisedBy JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWith"
                    + " JOIN FETCH e.raisedWithAgency"
                    + " WHERE s.responder.id = :practitionerId AND s.endedAt IS NULL ORDER BY s.deadlineAt, s.id"),
    @NamedQuery(name = EscalationStage.FIND_OPEN_AT_STAGE,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.escalation e JOIN FETCH e.earlyHelpCase"
                    + " JOIN FETCH e.raisedBy JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWith"
                    + " JOIN FETCH e.raisedWithAgency"
                    + " JOIN FETCH s.responder WHERE s.endedAt IS NULL AND s.stageNumber = :stage"
                    + " ORDER BY s.deadlineAt, s.id"),
    @NamedQuery(name = EscalationStage.FIND_OVERDUE,
            query = "SELECT s FROM EscalationStage s JOIN FETCH s.escalation e JOIN FETCH e.earlyHelpCase"
                    + " JOIN FETCH e.raisedBy JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWith"
                    + " JOIN FETCH e.raisedWithAgency"
                    + " JOIN FETCH s.responder WHERE s.endedAt IS NULL AND s.overdueAt IS NOT NULL"
                    + " ORDER BY s.deadlineAt, s.id")
})
public class EscalationStage extends BaseEntity {

    /**
     * Parameter {@code now}: current stages of open escalations whose deadline has been reached and that are not marked
     * overdue yet, with their escalation, its case, the raiser and the responder (whom the sweep tells), soonest
     * deadline first (the overdue sweep; page it). For each, call {@link #markOverdue}, then {@link
     * #movesUpAutomatically} to decide between moving up and prompting the raiser.
     */
    public static final String FIND_DUE_FOR_OVERDUE = "EscalationStage.findDueForOverdue";
    /** Parameter {@code escalationId}: its stage records with their responders, in order (the history). */
    public static final String FIND_BY_ESCALATION = "EscalationStage.findByEscalation";
    /**
     * Parameter {@code escalationIds} (a page of a list's escalations, never empty): the latest stage record of each
     * (its current stage, or the one it closed at) with the responder, for a list's deadline and overdue columns.
     */
    public static final String FIND_LATEST_OF = "EscalationStage.findLatestOf";
    /**
     * Parameter {@code practitionerId}: the current stages that practitioner must respond to, with the escalation, its
     * case and its parties, soonest deadline first.
     */
    public static final String FIND_AWAITING_RESPONSE_FROM = "EscalationStage.findAwaitingResponseFrom";
    /**
     * Parameter {@code stage}: the current stages of the open escalations at that stage number, with escalation, case,
     * parties and responder, soonest deadline first (oversight; page it).
     */
    public static final String FIND_OPEN_AT_STAGE = "EscalationStage.findOpenAtStage";
    /** The current stages that are overdue, as {@link #FIND_OPEN_AT_STAGE} (oversight; page it). */
    public static final String FIND_OVERDUE = "EscalationStage.findOverdue";

    public static final int PARTICIPANTS_MAX = 1000;
    public static final int RESPONSE_MAX = 4000;
    public static final int NOTE_MAX = 4000;
    public static final int REASON_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "escalation_id", nullable = false, updatable = false)
    private Escalation escalation;

    @Min(1)
    @Column(name = "record_no", nullable = false, updatable = false)
    private int recordNo;

    @Min(1)
    @Column(name = "stage_number", nullable = false, updatable = false)
    private int stageNumber;

    @NotNull
    @Size(max = EscalationStagePolicy.NAME_MAX)
    @Column(name = "stage_name", nullable = false, updatable = false, length = EscalationStagePolicy.NAME_MAX)
    private String stageName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responder_id", nullable = false, updatable = false)
    private Practitioner responder;

    @Size(max = PARTICIPANTS_MAX)
    @Column(name = "participants", length = PARTICIPANTS_MAX)
    private String participants;

    @NotNull
    @Column(name = "started_at", nullable = false, updatable = false, length = 27)
    private Instant startedAt;

    @Size(max = REASON_MAX)
    @Column(name = "reopen_reason", length = REASON_MAX, updatable = false)
    private String reopenReason;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @NotNull
    @Column(name = "deadline_at", nullable = false, updatable = false, length = 27)
    private Instant deadlineAt;

    @Size(max = RESPONSE_MAX)
    @Column(name = "response", length = RESPONSE_MAX)
    private String response;

    @Column(name = "responded_at", length = 27)
    private Instant respondedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private StageOutcome outcome;

    @Size(max = NOTE_MAX)
    @Column(name = "outcome_note", length = NOTE_MAX)
    private String outcomeNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_lead_id")
    private Practitioner resolvedLead;

    @Column(name = "outcome_at", length = 27)
    private Instant outcomeAt;

    @Column(name = "overdue_at", length = 27)
    private Instant overdueAt;

    @Column(name = "ended_at", length = 27)
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 20)
    private StageEnd endKind;

    @Size(max = REASON_MAX)
    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    protected EscalationStage() {
    }

    /** A stage reached at {@code start}: its name and deadline are taken from {@code policy} now, and kept. */
    EscalationStage(Escalation escalation, int recordNo, EscalationStagePolicy policy, Practitioner responder,
            Instant start, String reopenReason, WorkingDays workingDaysOrNull) {
        this.escalation = Objects.requireNonNull(escalation);
        this.recordNo = recordNo;
        this.stageNumber = policy.getStageNumber();
        this.stageName = policy.getName();
        this.responder = Objects.requireNonNull(responder);
        this.startedAt = Objects.requireNonNull(start);
        this.reopenReason = reopenReason;
        StageDeadline deadline = policy.deadlineFrom(start, escalation.getUrgency(), workingDaysOrNull);
        this.dueOn = deadline.dueOn();
        this.deadlineAt = deadline.at();
    }

    // ---- changes, made through the escalation (and the overdue sweep)

    void respond(String text, String who, Instant now) {
        this.response = text;
        this.participants = who;
        this.respondedAt = now;
    }

    void decide(StageOutcome result, String note, Practitioner lead, Instant now) {
        this.outcome = result;
        this.outcomeNote = note;
        this.resolvedLead = lead;
        this.outcomeAt = now;
    }

    void end(StageEnd how, String reason, Instant now) {
        this.endKind = how;
        this.endReason = reason;
        this.endedAt = now;
    }

    /**
     * Notes that this stage has passed its deadline unresolved. Idempotent: returns {@code true} only for the call that
     * marked it, and only when this is the current stage of an open escalation (the outcome not resolving it, which
     * would have closed it) and {@code now} has reached the deadline; {@code false} otherwise, changing nothing.
     */
    public boolean markOverdue(Instant now) {
        Objects.requireNonNull(now, "now");
        if (overdueAt != null || !isCurrent() || !escalation.getStatus().isOpen() || !deadline().isPassed(now)) {
            return false;
        }
        this.overdueAt = now;
        return true;
    }

    /**
     * Whether the authority's policy for this stage wants the escalation moved up without waiting for the raiser: this
     * is the current stage of an open escalation, it is marked overdue, its policy says {@link
     * OverdueAction#MOVE_UP_AUTOMATICALLY} and there is a stage above it. When {@code false} for an overdue stage, the
     * raiser is prompted instead (at the last stage there is nothing to move up to: the raiser and the chair are told
     * it is late).
     */
    public boolean movesUpAutomatically(StageLadder ladder) {
        return overdueAt != null && isCurrent() && escalation.getStatus().isOpen() && !ladder.isLast(stageNumber)
                && ladder.find(stageNumber).map(p -> p.getOnOverdue() == OverdueAction.MOVE_UP_AUTOMATICALLY)
                        .orElse(false);
    }

    /** Whether this is the stage the escalation is at now (it has not ended). */
    public boolean isCurrent() {
        return endedAt == null;
    }

    /** Whether it was marked overdue (the sweep found it past its deadline unresolved). */
    public boolean isOverdue() {
        return overdueAt != null;
    }

    /** Whether the deadline has been reached at {@code now}, whether or not the sweep has marked it yet. */
    public boolean isPastDeadline(Instant now) {
        return deadline().isPassed(now);
    }

    /** The deadline as a value (the due day on the standard route, and the moment it is late). */
    public StageDeadline deadline() {
        return new StageDeadline(dueOn, deadlineAt);
    }

    /** "stage 2 (Line managers / designated safeguarding leads)", with the name the stage had when it was reached. */
    public String describe() {
        return "stage " + stageNumber + " (" + stageName + ")";
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public int getRecordNo() {
        return recordNo;
    }

    public int getStageNumber() {
        return stageNumber;
    }

    public String getStageName() {
        return stageName;
    }

    public Practitioner getResponder() {
        return responder;
    }

    public String getParticipants() {
        return participants;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Why the escalation was reopened, when this record started by reopening it; otherwise {@code null}. */
    public String getReopenReason() {
        return reopenReason;
    }

    /** The last working day of the stage (standard route); {@code null} on the urgent route. */
    public LocalDate getDueOn() {
        return dueOn;
    }

    /** The moment from which the stage is late. */
    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public String getResponse() {
        return response;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public StageOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    /** Who the stage agreed should lead (a resolved disagreement about who should lead), or {@code null}. */
    public Practitioner getResolvedLead() {
        return resolvedLead;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public StageEnd getEndKind() {
        return endKind;
    }

    /**
     * Why it moved up (when a reason was needed or given) or why the escalation was withdrawn; otherwise {@code null}.
     */
    public String getEndReason() {
        return endReason;
    }
}
