package org.leadpractitioner.domain.escalation;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * A professional disagreement about a case, escalated through the authority's stages until it is resolved (issue 5;
 * DOMAIN.md, "Escalation"). A practitioner raises it with another practitioner (never themself): what it is about
 * ({@link EscalationCategory}), the concern, the outcome they want, and the route ({@link Urgency}: deadlines in
 * working days, or in hours where risk makes that too slow). Each party's agency is kept as it was when it was raised,
 * so the record still says which agencies disagreed after someone moves on. It starts at stage 1, with the practitioner
 * it was raised with as the responder.
 *
 * <p>At each stage the responder responds ({@link #respond}) and the outcome is recorded ({@link #recordOutcome}):
 * resolved or an agreed plan closes it as {@link EscalationStatus#RESOLVED}; not resolved leaves it open for the raiser
 * to move it up ({@link #moveUp}), or closes it as {@link EscalationStatus#NOT_RESOLVED} at the last stage. Moving up
 * to the next stage needs no reason once the stage is not resolved or past its deadline; moving up before that, or
 * skipping a stage, needs one. A stage that passes its deadline unresolved is marked overdue once ({@link
 * #markOverdue}); its policy then says whether the raiser is prompted or the escalation moves up by itself ({@link
 * #movesUpAutomatically}). The raiser may withdraw it (with a reason), and a closed or withdrawn escalation may be
 * reopened (with a reason) at the stage it was at, with a fresh deadline. The outcome summary is what is recorded on
 * the case and shown to both agencies.
 *
 * <p><b>History.</b> The escalation holds its state now (status, current stage, the outcome or the withdrawal reason
 * while closed); the {@link EscalationStage} records hold everything that happened, in order and never overwritten once
 * ended: each stage reached with its deadline, response and outcome, why it moved up, why it was withdrawn, and (on the
 * record a reopening starts) why it was reopened. Keeping history in the stage records rather than in a separate list
 * of events means each fact is stored once, next to the stage it belongs to, and the history page is one ordered query
 * ({@value EscalationStage#FIND_BY_ESCALATION}); a reopening always starts a stage record anyway.
 *
 * <p>Rules that need other data are the service's: who may see or act on the escalation (the raiser, the responder, the
 * coordinator), that the parties are on the case, notifying the business manager ({@link
 * StageLadder#notifiesBusinessManagerReaching}) and the parties, and recording the outcome on the case. The methods
 * take the authority's stages ({@link StageLadder}), the working days ({@link WorkingDays}, knowing the bank holidays
 * the deadline needs) and the current instant: there is no clock or I/O here.
 */
@Entity
@Table(name = "escalation")
@NamedQueries({
    @NamedQuery(name = Escalation.FIND_BY_ID,
            query = "SELECT e FROM Escalation e JOIN FETCH e.earlyHelpCase JOIN FETCH e.raisedBy"
                    + " JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWith JOIN FETCH e.raisedWithAgency"
                    + " LEFT JOIN FETCH e.resolvedLead WHERE e.id = :id"),
    @NamedQuery(name = Escalation.FIND_BY_CASE,
            query = "SELECT e FROM Escalation e JOIN FETCH e.raisedBy JOIN FETCH e.raisedByAgency"
                    + " JOIN FETCH e.raisedWith JOIN FETCH e.raisedWithAgency WHERE e.earlyHelpCase.id = :caseId"
                    + " ORDER BY e.raisedAt DESC, e.id DESC"),
    @NamedQuery(name = Escalation.FIND_RAISED_BY,
            query = "SELECT e FROM Escalation e JOIN FETCH e.earlyHelpCase JOIN FETCH e.raisedByAgency"
                    + " JOIN FETCH e.raisedWith JOIN FETCH e.raisedWithAgency WHERE e.raisedBy.id = :practitionerId"
                    + " ORDER BY e.raisedAt DESC, e.id DESC"),
    @NamedQuery(name = Escalation.FIND_RAISED_WITH,
            query = "SELECT e FROM Escalation e JOIN FETCH e.earlyHelpCase JOIN FETCH e.raisedBy"
                    + " JOIN FETCH e.raisedByAgency JOIN FETCH e.raisedWithAgency"
                    + " WHERE e.raisedWith.id = :practitionerId ORDER BY e.raisedAt DESC, e.id DESC"),
    @NamedQuery(name = Escalation.COUNT_RAISED_BY,
            query = "SELECT COUNT(e) FROM Escalation e WHERE e.raisedBy.id = :practitionerId"),
    @NamedQuery(name = Escalation.COUNT_RAISED_WITH,
            query = "SELECT COUNT(e) FROM Escalation e WHERE e.raisedWith.id = :practitionerId"),
    @NamedQuery(name = Escalation.COUNT_OPEN_BY_STAGE,
            query = "SELECT e.currentStage, COUNT(e), COUNT(s.overdueAt) FROM Escalation e JOIN e.stages s"
                    + " WHERE e.status = org.leadpractitioner.domain.escalation.EscalationStatus.OPEN"
                    + " AND s.endedAt IS NULL GROUP BY e.currentStage ORDER BY e.currentStage"),
    @NamedQuery(name = Escalation.COUNT_OPEN_BY_RAISER_AGENCY,
            query = "SELECT a.id, a.name, COUNT(e), COUNT(s.overdueAt) FROM Escalation e JOIN e.raisedByAgency a"
                    + " JOIN e.stages s WHERE e.status = org.leadpractitioner.domain.escalation.EscalationStatus.OPEN"
                    + " AND s.endedAt IS NULL GROUP BY a.id, a.name ORDER BY a.name, a.id"),
    @NamedQuery(name = Escalation.COUNT_OPEN_BY_RAISED_WITH_AGENCY,
            query = "SELECT a.id, a.name, COUNT(e), COUNT(s.overdueAt) FROM Escalation e JOIN e.raisedWithAgency a"
                    + " JOIN e.stages s WHERE e.status = org.leadpractitioner.domain.escalation.EscalationStatus.OPEN"
                    + " AND s.endedAt IS NULL GROUP BY a.id, a.name ORDER BY a.name, a.id")
})
public class Escalation extends BaseEntity {

    /** Parameter {@code id}: one escalation with its case, parties, their agencies and the resolved lead, if any. */
    public static final String FIND_BY_ID = "Escalation.findById";
    /**
     * Parameter {@code caseId}: the case's escalations with their parties, newest first (a case has a few). Their
     * current stages: {@value EscalationStage#FIND_LATEST_OF}.
     */
    public static final String FIND_BY_CASE = "Escalation.findByCase";
    /** Parameter {@code practitionerId}: the escalations they raised, with case and parties, newest first (page it). */
    public static final String FIND_RAISED_BY = "Escalation.findRaisedBy";
    /**
     * Parameter {@code practitionerId}: the escalations raised with them, with case and parties, newest first (page
     * it). What awaits their response at any stage: {@value EscalationStage#FIND_AWAITING_RESPONSE_FROM}.
     */
    public static final String FIND_RAISED_WITH = "Escalation.findRaisedWith";
    /**
     * Parameter {@code practitionerId}: the number of escalations {@link #FIND_RAISED_BY} lists (for a paged table).
     */
    public static final String COUNT_RAISED_BY = "Escalation.countRaisedBy";
    /**
     * Parameter {@code practitionerId}: the number of escalations {@link #FIND_RAISED_WITH} lists (for a paged table).
     */
    public static final String COUNT_RAISED_WITH = "Escalation.countRaisedWith";
    /**
     * Oversight: per current stage, the open escalations and how many of them are overdue, by stage number: rows of
     * {@code Object[] {Integer stage, Long open, Long overdue}} (stages with none are absent). Overdue means marked by
     * the sweep ({@value EscalationStage#FIND_DUE_FOR_OVERDUE}).
     */
    public static final String COUNT_OPEN_BY_STAGE = "Escalation.countOpenByStage";
    /**
     * Oversight: per agency of the raiser (as it was when raised), the open escalations and how many are overdue, by
     * agency name: rows of {@code Object[] {Long agencyId, String agencyName, Long open, Long overdue}}.
     */
    public static final String COUNT_OPEN_BY_RAISER_AGENCY = "Escalation.countOpenByRaiserAgency";
    /** As {@link #COUNT_OPEN_BY_RAISER_AGENCY}, per agency of the practitioner it was raised with. */
    public static final String COUNT_OPEN_BY_RAISED_WITH_AGENCY = "Escalation.countOpenByRaisedWithAgency";

    public static final int CONCERN_MAX = 4000;
    public static final int DESIRED_OUTCOME_MAX = 2000;
    public static final int SUMMARY_MAX = EscalationStage.NOTE_MAX;
    public static final int REASON_MAX = EscalationStage.REASON_MAX;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 30, updatable = false)
    private EscalationCategory category;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_by_id", nullable = false, updatable = false)
    private Practitioner raisedBy;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_by_agency_id", nullable = false, updatable = false)
    private Agency raisedByAgency;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_with_id", nullable = false, updatable = false)
    private Practitioner raisedWith;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_with_agency_id", nullable = false, updatable = false)
    private Agency raisedWithAgency;

    @NotNull
    @Size(max = CONCERN_MAX)
    @Column(name = "concern", nullable = false, length = CONCERN_MAX, updatable = false)
    private String concern;

    @NotNull
    @Size(max = DESIRED_OUTCOME_MAX)
    @Column(name = "desired_outcome", nullable = false, length = DESIRED_OUTCOME_MAX, updatable = false)
    private String desiredOutcome;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false, length = 20, updatable = false)
    private Urgency urgency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EscalationStatus status;

    @Min(1)
    @Column(name = "current_stage", nullable = false)
    private int currentStage;

    @NotNull
    @Column(name = "raised_at", nullable = false, updatable = false, length = 27)
    private Instant raisedAt;

    @Column(name = "closed_at", length = 27)
    private Instant closedAt;

    @Size(max = SUMMARY_MAX)
    @Column(name = "outcome_summary", length = SUMMARY_MAX)
    private String outcomeSummary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_lead_id")
    private Practitioner resolvedLead;

    @Size(max = REASON_MAX)
    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private String withdrawalReason;

    @OneToMany(mappedBy = "escalation", cascade = CascadeType.ALL)
    @OrderBy("recordNo ASC")
    private List<EscalationStage> stages = new ArrayList<>();

    protected Escalation() {
    }

    /**
     * What the raiser enters.
     *
     * @param category       what the disagreement is about
     * @param raisedWith     the practitioner it is raised with (they respond at stage 1)
     * @param concern        what the raiser is concerned about, and why
     * @param desiredOutcome what the raiser wants to happen
     * @param urgency        the standard route (working days) or the urgent route (hours)
     */
    public record Raising(EscalationCategory category, Practitioner raisedWith, String concern, String desiredOutcome,
            Urgency urgency) {
    }

    /**
     * Raises an escalation on an open case; it starts at stage 1 now, with {@code what.raisedWith} to respond by the
     * stage's deadline. Refused: a closed case ({@code .conflict}), a missing category, concern, desired outcome or
     * route, raising it with nobody, with oneself or with a practitioner who is no longer active.
     *
     * @param workingDays knows the bank holidays from tomorrow to stage 1's due day (unused on the urgent route)
     */
    public static Escalation raise(EarlyHelpCase theCase, Practitioner raisedBy, Raising what, StageLadder ladder,
            Instant now, WorkingDays workingDays) {
        Objects.requireNonNull(theCase, "theCase");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(ladder, "ladder");
        Objects.requireNonNull(now, "now");
        if (!theCase.isOpen()) {
            throw new RuleViolation("escalation.case-not-open.conflict", null, "Case " + theCase.getReference()
                    + " is " + theCase.getStatus().label().toLowerCase(Locale.UK) + ", so a disagreement about it"
                    + " cannot be escalated here. If a child may be at risk of significant harm, make a safeguarding"
                    + " referral now.");
        }
        Escalation e = new Escalation();
        e.earlyHelpCase = theCase;
        e.category = Checks.present(what.category(), "escalation.category-required", "category",
                "Choose what the disagreement is about.");
        Practitioner with = Checks.present(what.raisedWith(), "escalation.raised-with-required", "raisedWithId",
                "Choose the practitioner you disagree with: the escalation is raised with them first.");
        if (with.equals(raisedBy)) {
            throw new RuleViolation("escalation.raised-with-self", "raisedWithId", "You cannot raise an escalation with"
                    + " yourself. Choose the practitioner you disagree with.");
        }
        if (!with.isActive()) {
            throw new RuleViolation("escalation.raised-with-inactive", "raisedWithId", with.displayName()
                    + " is no longer an active practitioner. Raise it with the practitioner now responsible, or with"
                    + " their manager.");
        }
        e.concern = Checks.required(what.concern(), CONCERN_MAX, "escalation.concern", "concern",
                "your concern: what you disagree about and why");
        e.desiredOutcome = Checks.required(what.desiredOutcome(), DESIRED_OUTCOME_MAX, "escalation.desired-outcome",
                "desiredOutcome", "the outcome you want");
        e.urgency = Checks.present(what.urgency(), "escalation.urgency-required", "urgency", "Choose the route:"
                + " standard (each stage in working days), or urgent (in hours) where risk to the child makes that too"
                + " slow.");
        e.raisedBy = raisedBy;
        e.raisedByAgency = raisedBy.getAgency();
        e.raisedWith = with;
        e.raisedWithAgency = with.getAgency();
        e.raisedAt = now;
        e.status = EscalationStatus.OPEN;
        e.startStage(ladder.first(), with, now, null, workingDays);
        return e;
    }

    /**
     * Records the current stage's response (what the responder says, and who took part in the discussion). It may be
     * recorded again, replacing it, until the stage's outcome is recorded.
     */
    public void respond(String response, String participants, Instant now) {
        requireOpen("record a response to");
        EscalationStage stage = getCurrentStageRecord();
        requireUndecided(stage);
        String text = Checks.required(response, EscalationStage.RESPONSE_MAX, "escalation.response", "response",
                "the response");
        String who = Checks.optional(participants, EscalationStage.PARTICIPANTS_MAX, "escalation.participants",
                "participants", "who took part");
        stage.respond(text, who, now);
    }

    /**
     * Records the outcome of the current stage, with a note (what was agreed, or why it is not resolved). RESOLVED or
     * AGREED_PLAN closes the escalation as RESOLVED, the note becoming its outcome summary; NOT_RESOLVED at the last
     * stage closes it as NOT_RESOLVED; NOT_RESOLVED at an earlier stage leaves it open, for the raiser to move it up
     * (no reason is needed then). A stage's outcome is recorded once.
     *
     * @param resolvedLead only for a disagreement about who should lead, resolved: the practitioner agreed to lead (the
     *                     appointment itself goes through the ordinary lead workflow); otherwise {@code null}
     */
    public void recordOutcome(StageOutcome outcome, String note, Practitioner resolvedLead, StageLadder ladder,
            Instant now) {
        requireOpen("record an outcome for");
        EscalationStage stage = getCurrentStageRecord();
        requireUndecided(stage);
        StageOutcome result = Checks.present(outcome, "escalation.outcome-required", "outcome", "Choose the outcome of "
                + stage.describe() + ": resolved, an action plan agreed, or not resolved.");
        String text = Checks.required(note, SUMMARY_MAX, "escalation.outcome-note", "note", result.isResolving()
                ? "what was agreed" : "why it is not resolved");
        if (resolvedLead != null) {
            if (category != EscalationCategory.WHO_SHOULD_LEAD) {
                throw new RuleViolation("escalation.resolved-lead-not-applicable", "resolvedLeadId", "Only a"
                        + " disagreement about who should be the lead practitioner names a lead in its outcome; this"
                        + " one is about "
                        + category.label().toLowerCase(Locale.UK) + ". Leave the lead empty.");
            }
            if (!result.isResolving()) {
                throw new RuleViolation("escalation.resolved-lead-not-applicable", "resolvedLeadId", "A lead is named"
                        + " only when the disagreement is resolved. Leave the lead empty, or choose the outcome that"
                        + " was agreed.");
            }
            if (!resolvedLead.isActive()) {
                throw new RuleViolation("escalation.resolved-lead-inactive", "resolvedLeadId",
                        resolvedLead.displayName() + " is no longer an active practitioner. Name the practitioner who"
                                + " will lead.");
            }
        }
        stage.decide(result, text, resolvedLead, now);
        if (result.isResolving()) {
            close(EscalationStatus.RESOLVED, stage, text, resolvedLead, now);
        } else if (ladder.isLast(currentStage)) {
            close(EscalationStatus.NOT_RESOLVED, stage, text, null, now);
        }
    }

    private void close(EscalationStatus how, EscalationStage stage, String summary, Practitioner lead, Instant now) {
        stage.end(StageEnd.CLOSED, null, now);
        this.status = how;
        this.closedAt = now;
        this.outcomeSummary = summary;
        this.resolvedLead = lead;
    }

    /**
     * Moves the escalation up to stage {@code toStage}, with {@code responder} to respond there by its deadline
     * (counted from now). Moving to the next stage needs no reason when the current stage is recorded as not resolved
     * or its deadline has passed; moving up before that, or skipping a stage, needs a reason (kept on the stage left).
     * Refused: a closed escalation, the last stage (nothing above it), a stage that is not above the current one or
     * that the policy does not have, no responder, the raiser as responder, an inactive responder.
     *
     * @return the new current stage record
     */
    public EscalationStage moveUp(int toStage, Practitioner responder, String reason, StageLadder ladder, Instant now,
            WorkingDays workingDays) {
        requireOpen("move up");
        EscalationStage from = getCurrentStageRecord();
        if (ladder.isLast(currentStage)) {
            throw new RuleViolation("escalation.at-last-stage.conflict", "toStage", "This escalation is at "
                    + from.describe() + ", the last stage of the escalation policy: there is no stage above it. Record"
                    + " the outcome of this stage instead.");
        }
        if (toStage <= currentStage) {
            throw new RuleViolation("escalation.not-upwards", "toStage", "This escalation is at stage " + currentStage
                    + "; it can only move up, to stage " + (currentStage + 1) + " or higher. Choose a higher stage.");
        }
        EscalationStagePolicy to = ladder.stage(toStage, "toStage");
        String why = Checks.optional(reason, REASON_MAX, "escalation.move-up-reason", "reason",
                "the reason for moving up");
        if (why == null && toStage > currentStage + 1) {
            EscalationStagePolicy skipped = ladder.stage(currentStage + 1, "toStage");
            boolean several = toStage > currentStage + 2;
            throw new RuleViolation("escalation.stage-skipped-without-reason", "reason", "Moving from stage "
                    + currentStage + " straight to stage " + toStage + " skips " + skipped.describe()
                    + (several ? " and the stages after it" : "") + ". Say why the stage" + (several ? "s are" : " is")
                    + " skipped, or move up to stage " + (currentStage + 1) + ".");
        }
        if (why == null && from.getOutcome() != StageOutcome.NOT_RESOLVED && !from.isPastDeadline(now)) {
            throw new RuleViolation("escalation.moved-up-early-without-reason", "reason",
                    Checks.capitalise(from.describe()) + " has not been recorded as not resolved, and its deadline ("
                            + from.deadline().describe() + ") has not passed. Say why it needs to move up now, or"
                            + " record the outcome of stage " + currentStage + " first.");
        }
        checkResponder(responder, to);
        from.end(StageEnd.MOVED_UP, why, now);
        return startStage(to, responder, now, null, workingDays);
    }

    private void checkResponder(Practitioner responder, EscalationStagePolicy at) {
        Checks.present(responder, "escalation.responder-required", "responderId", "Choose who must respond at "
                + at.describe() + ".");
        if (responder.equals(raisedBy)) {
            throw new RuleViolation("escalation.responder-is-raiser", "responderId", responder.displayName()
                    + " raised this escalation, so cannot be the one to respond to it. Choose who must respond at "
                    + at.describe() + ".");
        }
        if (!responder.isActive()) {
            throw new RuleViolation("escalation.responder-inactive", "responderId", responder.displayName()
                    + " is no longer an active practitioner. Choose who must respond at " + at.describe() + ".");
        }
    }

    /**
     * Marks the current stage overdue when it has passed its deadline unresolved (see {@link
     * EscalationStage#markOverdue}): {@code true} only for the call that marked it.
     */
    public boolean markOverdue(Instant now) {
        return getCurrentStageRecord().markOverdue(now);
    }

    /** Whether the current stage is overdue and its policy wants it moved up without waiting for the raiser. */
    public boolean movesUpAutomatically(StageLadder ladder) {
        return getCurrentStageRecord().movesUpAutomatically(ladder);
    }

    /** The stage above the current one, if the policy has one (where moving up, or an automatic move, goes). */
    public Optional<EscalationStagePolicy> stageAbove(StageLadder ladder) {
        return ladder.above(currentStage);
    }

    /**
     * Whether moving up to the next stage now needs no reason: the current stage is recorded as not resolved, or its
     * deadline has passed.
     */
    public boolean mayMoveUpWithoutReason(Instant now) {
        EscalationStage stage = getCurrentStageRecord();
        return status.isOpen() && (stage.getOutcome() == StageOutcome.NOT_RESOLVED || stage.isPastDeadline(now));
    }

    /** Withdraws an open escalation (the raiser no longer pursues it), with the reason. */
    public void withdraw(String reason, Instant now) {
        requireOpen("withdraw");
        String why = Checks.required(reason, REASON_MAX, "escalation.withdrawal-reason", "reason",
                "why the escalation is withdrawn");
        getCurrentStageRecord().end(StageEnd.WITHDRAWN, why, now);
        this.status = EscalationStatus.WITHDRAWN;
        this.closedAt = now;
        this.withdrawalReason = why;
    }

    /**
     * Reopens a closed or withdrawn escalation, with the reason: it is open again at the stage it was at (or at the
     * last stage, if the policy no longer has that one), in a fresh stage record with the same responder, the stage's
     * name as the policy has it now and a deadline counted from now. The earlier outcome or withdrawal stays in the
     * earlier stage records; the escalation's outcome summary, resolved lead and withdrawal reason are cleared.
     *
     * @return the new current stage record
     */
    public EscalationStage reopen(String reason, StageLadder ladder, Instant now, WorkingDays workingDays) {
        if (status.isOpen()) {
            throw new RuleViolation("escalation.already-open.conflict", null, "This escalation is open, at stage "
                    + currentStage + ": there is nothing to reopen.");
        }
        String why = Checks.required(reason, REASON_MAX, "escalation.reopen-reason", "reason",
                "why the escalation is reopened");
        EscalationStage last = getCurrentStageRecord();
        EscalationStagePolicy at = ladder.find(currentStage).orElse(ladder.last());
        this.status = EscalationStatus.OPEN;
        this.closedAt = null;
        this.outcomeSummary = null;
        this.resolvedLead = null;
        this.withdrawalReason = null;
        return startStage(at, last.getResponder(), now, why, workingDays);
    }

    private EscalationStage startStage(EscalationStagePolicy policy, Practitioner responder, Instant now,
            String reopenReason, WorkingDays workingDays) {
        EscalationStage stage = new EscalationStage(this, stages.size() + 1, policy, responder, now, reopenReason,
                workingDays);
        stages.add(stage);
        this.currentStage = policy.getStageNumber();
        return stage;
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            String when = Checks.date(closedAt.atZone(StageDeadline.ZONE).toLocalDate());
            String state = switch (status) {
                case RESOLVED -> "was resolved on " + when;
                case NOT_RESOLVED -> "was closed unresolved at the last stage on " + when;
                default -> "was withdrawn on " + when;
            };
            throw new RuleViolation("escalation.closed.conflict", null, "This escalation " + state + ", so you cannot "
                    + what + " it. Reopen it, with the reason, if the disagreement needs to be taken up again.");
        }
    }

    private static void requireUndecided(EscalationStage stage) {
        if (stage.getOutcome() != null) {
            throw new RuleViolation("escalation.stage-decided.conflict", null, "The outcome of " + stage.describe()
                    + " is already recorded (" + stage.getOutcome().label().toLowerCase(Locale.UK) + "). Move the"
                    + " escalation up to the next stage, or withdraw it.");
        }
    }

    // ---- reading

    public boolean isOpen() {
        return status.isOpen();
    }

    /** Whether {@code p} must respond at the current stage of this open escalation. */
    public boolean awaitsResponseFrom(Practitioner p) {
        return isOpen() && getCurrentStageRecord().getResponder().equals(p);
    }

    /** The latest stage record: the current stage while open, the one it closed or was withdrawn at otherwise. */
    public EscalationStage getCurrentStageRecord() {
        return stages.get(stages.size() - 1);
    }

    /** The stage records in order (read-only): the history. */
    public List<EscalationStage> getStages() {
        return Collections.unmodifiableList(stages);
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public EscalationCategory getCategory() {
        return category;
    }

    public Practitioner getRaisedBy() {
        return raisedBy;
    }

    /** The raiser's agency when it was raised. */
    public Agency getRaisedByAgency() {
        return raisedByAgency;
    }

    public Practitioner getRaisedWith() {
        return raisedWith;
    }

    /** The agency of the practitioner it was raised with, when it was raised. */
    public Agency getRaisedWithAgency() {
        return raisedWithAgency;
    }

    public String getConcern() {
        return concern;
    }

    public String getDesiredOutcome() {
        return desiredOutcome;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public EscalationStatus getStatus() {
        return status;
    }

    /** The number of the stage it is at (or closed at). */
    public int getCurrentStage() {
        return currentStage;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    /** When it was resolved, closed unresolved or withdrawn; {@code null} while open. */
    public Instant getClosedAt() {
        return closedAt;
    }

    /** The outcome recorded on the case and shown to both agencies, once closed; {@code null} otherwise. */
    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    /** Who the resolution agreed should lead (a disagreement about who should lead), or {@code null}. */
    public Practitioner getResolvedLead() {
        return resolvedLead;
    }

    /** Why it was withdrawn, while it is withdrawn; earlier withdrawals are in the stage records. */
    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
