package org.leadpractitioner.domain.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.core.Practitioner;

/** A dated note on a plan action: what has been done, and the status it moved from and to. Never changed. */
@Entity
@Table(name = "taf_action_progress")
public class ActionProgress extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false, updatable = false)
    private PlanAction action;

    @Size(max = PlanAction.NOTE_MAX)
    @Column(name = "note", length = PlanAction.NOTE_MAX, updatable = false)
    private String note;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, length = 20, updatable = false)
    private ActionStatus statusBefore;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20, updatable = false)
    private ActionStatus statusAfter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id", updatable = false)
    private Practitioner recordedBy;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false, length = 27)
    private Instant recordedAt;

    protected ActionProgress() {
    }

    ActionProgress(PlanAction action, String note, ActionStatus before, ActionStatus after, Practitioner by, Instant at) {
        this.action = action;
        this.note = note;
        this.statusBefore = before;
        this.statusAfter = after;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public PlanAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public ActionStatus getStatusBefore() {
        return statusBefore;
    }

    public ActionStatus getStatusAfter() {
        return statusAfter;
    }

    public Practitioner getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
