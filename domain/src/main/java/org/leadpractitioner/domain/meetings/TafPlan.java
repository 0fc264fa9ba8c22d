package org.leadpractitioner.domain.meetings;

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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.EarlyHelpCase;

/**
 * The review clock of a case's TAF plan (issue 4, item 5): the cadence agreed at the first TAF, the last meeting
 * held, and the date the next review is due. One per case, started by the first recorded meeting; it ends when a
 * meeting decides to step up, step down or close. "Overdue review" drift is an active plan past its date.
 */
@Entity
@Table(name = "taf_plan")
@NamedQueries({
    @NamedQuery(name = TafPlan.FIND_BY_CASE, query = "SELECT p FROM TafPlan p WHERE p.earlyHelpCase.id = :caseId")
})
public class TafPlan extends BaseEntity {

    /** Parameter {@code caseId}: the case's plan (none or one). */
    public static final String FIND_BY_CASE = "TafPlan.findByCase";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence", length = 20)
    private ReviewCadence cadence;

    @NotNull
    @Column(name = "last_meeting_on", nullable = false)
    private LocalDate lastMeetingOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_decision", length = 20)
    private ReviewDecision endDecision;

    protected TafPlan() {
    }

    /** The plan a case's first recorded meeting starts. */
    public static TafPlan startedBy(TafMeeting first) {
        TafPlan p = new TafPlan();
        p.earlyHelpCase = first.getEarlyHelpCase();
        p.startedOn = first.heldOn();
        p.lastMeetingOn = first.heldOn();
        p.follow(first);
        return p;
    }

    /**
     * Takes the outcome of a recorded meeting: the cadence and next review if the plan continues, its end otherwise.
     * A meeting older than the last one already taken (recorded late) does not move the clock back.
     */
    public void follow(TafMeeting held) {
        if (held.getStatus() != MeetingStatus.HELD || !Objects.equals(held.getEarlyHelpCase(), earlyHelpCase)) {
            throw new IllegalArgumentException("Only a held meeting of the same case moves the plan");
        }
        if (held.heldOn().isBefore(lastMeetingOn)) {
            return;
        }
        lastMeetingOn = held.heldOn();
        if (held.getDecision().planContinues()) {
            cadence = held.getCadence();
            nextReviewOn = held.getNextReviewOn();
            endedOn = null;
            endDecision = null;
        } else {
            nextReviewOn = null;
            endedOn = held.heldOn();
            endDecision = held.getDecision();
        }
    }

    /** Whether a review is overdue on {@code today}. */
    public boolean isReviewOverdue(LocalDate today) {
        return endedOn == null && nextReviewOn != null && nextReviewOn.isBefore(today);
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public ReviewCadence getCadence() {
        return cadence;
    }

    public LocalDate getLastMeetingOn() {
        return lastMeetingOn;
    }

    public LocalDate getNextReviewOn() {
        return nextReviewOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public ReviewDecision getEndDecision() {
        return endDecision;
    }
}
