package org.leadpractitioner.domain.meetings;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * A SMART action of the family's plan, agreed at a TAF meeting: specific (what will be done), measurable (how we will
 * know it is done), with one owner (a practitioner or a member of the family), a due date, a status and progress notes.
 * The whole TAF holds the plan, so the actions belong to the case and are reviewed at every later meeting.
 */
@Entity
@Table(name = "taf_action")
@NamedQueries({
    @NamedQuery(name = PlanAction.FIND_BY_CASE,
            query = "SELECT a FROM PlanAction a LEFT JOIN FETCH a.ownerPractitioner LEFT JOIN FETCH a.ownerFamilyMember"
                    + " WHERE a.earlyHelpCase.id = :caseId ORDER BY a.dueOn, a.id"),
    @NamedQuery(name = PlanAction.FIND_BY_MEETING,
            query = "SELECT a FROM PlanAction a LEFT JOIN FETCH a.ownerPractitioner LEFT JOIN FETCH a.ownerFamilyMember"
                    + " WHERE a.agreedAt.id = :meetingId ORDER BY a.dueOn, a.id")
})
public class PlanAction extends BaseEntity {

    /** Parameter {@code caseId}: the plan's actions, soonest due first (a plan has tens). */
    public static final String FIND_BY_CASE = "PlanAction.findByCase";
    /** Parameter {@code meetingId}: the actions agreed at a meeting. */
    public static final String FIND_BY_MEETING = "PlanAction.findByMeeting";

    public static final int TEXT_MAX = 1000;
    public static final int NOTE_MAX = 2000;
    /** The furthest ahead an action may be due: a plan is reviewed at least termly, so a year is generous. */
    public static final int MAX_MONTHS_AHEAD = 12;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private TafMeeting agreedAt;

    @NotNull
    @Size(max = TEXT_MAX)
    @Column(name = "description", nullable = false, length = TEXT_MAX)
    private String description;

    @NotNull
    @Size(max = TEXT_MAX)
    @Column(name = "success_measure", nullable = false, length = TEXT_MAX)
    private String successMeasure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_practitioner_id")
    private Practitioner ownerPractitioner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_family_member_id")
    private FamilyMember ownerFamilyMember;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false, length = 27)
    private Instant createdAt;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL)
    @OrderBy("recordedAt ASC, id ASC")
    private List<ActionProgress> progress = new ArrayList<>();

    protected PlanAction() {
    }

    /** What is agreed: the action, how we will know it is done, its owner (one of the two) and due date. */
    public record Terms(String description, String successMeasure, Practitioner ownerPractitioner,
            FamilyMember ownerFamilyMember, LocalDate dueOn) {
    }

    /**
     * An action agreed at {@code meeting}. The owner must be on the case: a practitioner invited to the meeting or a
     * member of the case's team ({@code practitionerOnCase}), or a member of the family.
     */
    public static PlanAction agree(TafMeeting meeting, Terms t, boolean practitionerOnCase, Instant now) {
        PlanAction a = new PlanAction();
        a.earlyHelpCase = meeting.getEarlyHelpCase();
        a.agreedAt = meeting;
        a.createdAt = now;
        a.status = ActionStatus.NOT_STARTED;
        a.setTerms(t, practitionerOnCase, meeting.heldOn());
        return a;
    }

    /** Changes what was agreed (e.g. at a review): the description, measure, owner or due date. */
    public void revise(Terms t, boolean practitionerOnCase, LocalDate today) {
        setTerms(t, practitionerOnCase, today.isBefore(agreedAt.heldOn()) ? agreedAt.heldOn() : today);
    }

    private void setTerms(Terms t, boolean practitionerOnCase, LocalDate from) {
        String what = Checks.required(t.description(), TEXT_MAX, "action.description", "description",
                "what will be done (specific: who does what)");
        String measure = Checks.required(t.successMeasure(), TEXT_MAX, "action.success-measure", "successMeasure",
                "how we will know it is done (measurable)");
        if ((t.ownerPractitioner() == null) == (t.ownerFamilyMember() == null)) {
            throw new RuleViolation("action.owner-required", "owner", "Choose one owner for the action: a practitioner or"
                    + " a member of the family.");
        }
        if (t.ownerPractitioner() != null && !practitionerOnCase) {
            throw new RuleViolation("action.owner-not-on-case", "owner", t.ownerPractitioner().displayName() + " is not on"
                    + " this case. Choose a practitioner on the case's team or invited to the meeting, or add them to the"
                    + " case first.");
        }
        if (t.ownerFamilyMember() != null && !t.ownerFamilyMember().getFamily().equals(earlyHelpCase.getFamily())) {
            throw new RuleViolation("action.owner-not-on-case", "owner", t.ownerFamilyMember().displayName() + " is not a"
                    + " member of this family. Choose a member of the family or a practitioner on the case.");
        }
        LocalDate due = Checks.present(t.dueOn(), "action.due-required", "dueOn", "Enter the date the action is due"
                + " (time-bound).");
        if (due.isBefore(from)) {
            throw new RuleViolation("action.due-in-past", "dueOn", "The action is due on " + Checks.date(due)
                    + ", before " + Checks.date(from) + ". Enter a due date from " + Checks.date(from) + " on.");
        }
        if (due.isAfter(from.plusMonths(MAX_MONTHS_AHEAD))) {
            throw new RuleViolation("action.due-too-far", "dueOn", "The action is due more than " + MAX_MONTHS_AHEAD
                    + " months ahead. Break it into steps that can be reviewed.");
        }
        this.description = what;
        this.successMeasure = measure;
        this.ownerPractitioner = t.ownerPractitioner();
        this.ownerFamilyMember = t.ownerFamilyMember();
        this.dueOn = due;
    }

    /** A progress note, optionally moving the status on; DONE records the day it was done. */
    public ActionProgress recordProgress(String note, ActionStatus newStatus, Practitioner by, LocalDate today, Instant now) {
        ActionStatus next = newStatus == null ? status : newStatus;
        String text = next == status
                ? Checks.required(note, NOTE_MAX, "action.progress", "note", "the progress made")
                : Checks.optional(note, NOTE_MAX, "action.progress", "note", "the progress note");
        if (!status.isOpen() && next.isOpen() && text == null) {
            throw new RuleViolation("action.reopen-reason", "note", "Say why the action is open again.");
        }
        ActionProgress p = new ActionProgress(this, text, status, next, by, now);
        progress.add(p);
        this.status = next;
        this.completedOn = next == ActionStatus.DONE ? today : null;
        return p;
    }

    /** Whether it should have been done by {@code today} and is still open. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    public String ownerName() {
        return ownerPractitioner != null ? ownerPractitioner.displayName() : ownerFamilyMember.displayName();
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public TafMeeting getAgreedAt() {
        return agreedAt;
    }

    public String getDescription() {
        return description;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public Practitioner getOwnerPractitioner() {
        return ownerPractitioner;
    }

    public FamilyMember getOwnerFamilyMember() {
        return ownerFamilyMember;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ActionProgress> getProgress() {
        return Collections.unmodifiableList(progress);
    }
}
