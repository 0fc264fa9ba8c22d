package org.leadpractitioner.domain.training;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * An action agreed in supervision, owned by the supervisor or the supervisee, with a due date. Written while the
 * record is a draft (through the {@link SupervisionSession}); once the record is signed the action is agreed and is
 * {@link #markDone marked done} when done. An open action past its due date is overdue (drift).
 */
@Entity
@Table(name = "supervision_action")
@NamedQueries({
    @NamedQuery(name = SupervisionAction.FIND_OPEN_BY_OWNER,
            query = "SELECT a FROM SupervisionAction a JOIN FETCH a.session s WHERE a.owner.id = :ownerId"
                    + " AND a.status = org.leadpractitioner.domain.training.SupervisionActionStatus.OPEN"
                    + " AND s.supervisorSignedAt IS NOT NULL ORDER BY a.dueOn, a.id"),
    @NamedQuery(name = SupervisionAction.COUNT_OVERDUE_BY_OWNER,
            query = "SELECT COUNT(a) FROM SupervisionAction a WHERE a.owner.id = :ownerId"
                    + " AND a.status = org.leadpractitioner.domain.training.SupervisionActionStatus.OPEN"
                    + " AND a.dueOn < :today AND a.session.supervisorSignedAt IS NOT NULL"),
    @NamedQuery(name = SupervisionAction.FIND_OVERDUE_FOR_SUPERVISOR,
            query = "SELECT a FROM SupervisionAction a JOIN FETCH a.owner JOIN FETCH a.session s"
                    + " WHERE s.supervisor.id = :supervisorId AND s.supervisorSignedAt IS NOT NULL"
                    + " AND a.status = org.leadpractitioner.domain.training.SupervisionActionStatus.OPEN"
                    + " AND a.dueOn < :today ORDER BY a.dueOn, a.id"),
    @NamedQuery(name = SupervisionAction.FIND_BY_SESSION,
            query = "SELECT a FROM SupervisionAction a JOIN FETCH a.owner WHERE a.session.id = :sessionId ORDER BY a.id")
})
public class SupervisionAction extends BaseEntity {

    /** Parameter {@code ownerId}: their open actions from signed records, soonest due first, with the sessions. */
    public static final String FIND_OPEN_BY_OWNER = "SupervisionAction.findOpenByOwner";
    /** Parameters {@code ownerId}, {@code today} (LocalDate): their overdue actions. */
    public static final String COUNT_OVERDUE_BY_OWNER = "SupervisionAction.countOverdueByOwner";
    /** Parameters {@code supervisorId}, {@code today}: overdue actions from sessions they signed (drift), with owners. */
    public static final String FIND_OVERDUE_FOR_SUPERVISOR = "SupervisionAction.findOverdueForSupervisor";
    /** Parameter {@code sessionId}: the session's actions with owners, in the order added. */
    public static final String FIND_BY_SESSION = "SupervisionAction.findBySession";

    public static final int DESCRIPTION_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private SupervisionSession session;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Practitioner owner;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SupervisionActionStatus status;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected SupervisionAction() {
    }

    SupervisionAction(SupervisionSession session, String description, Practitioner owner, LocalDate dueOn) {
        this.session = session;
        change(description, owner, dueOn);
        this.status = SupervisionActionStatus.OPEN;
    }

    /** Owner and due date are checked by the session. */
    final void change(String newDescription, Practitioner newOwner, LocalDate newDueOn) {
        this.description = Checks.required(newDescription, DESCRIPTION_MAX, "supervision.action-description",
                "description", "what is to be done");
        this.owner = newOwner;
        this.dueOn = newDueOn;
    }

    /**
     * The action was done on {@code on} (not after {@code today}, not before the session). The owner, the supervisor
     * or the supervisee may say so, once the record is signed.
     */
    public void markDone(Practitioner by, LocalDate on, LocalDate today) {
        if (!session.isSigned()) {
            throw new RuleViolation("supervision-action.not-agreed", null, "This action is part of a record that has"
                    + " not been signed yet. Once " + session.getSupervisor().displayName() + " signs it, it can be"
                    + " marked done.");
        }
        if (status == SupervisionActionStatus.DONE) {
            throw new RuleViolation("supervision-action.already-done", null,
                    "This action was marked done on " + Checks.date(doneOn) + ". Nothing to do.");
        }
        if (by == null || !by.equals(owner) && !by.equals(session.getSupervisor()) && !by.equals(session.getSupervisee())) {
            throw new RuleViolation("supervision-action.not-yours", null, "Only " + owner.displayName()
                    + ", who owns the action, or the people in the supervision can mark it done.");
        }
        Checks.present(on, "supervision-action.done-on-required", "doneOn", "Enter the date the action was done.");
        if (on.isAfter(today)) {
            throw new RuleViolation("supervision-action.done-in-future", "doneOn", "The date " + Checks.date(on)
                    + " is in the future. Enter the date the action was done (today or earlier).");
        }
        if (on.isBefore(session.getHeldOn())) {
            throw new RuleViolation("supervision-action.done-before-session", "doneOn", "The date " + Checks.date(on)
                    + " is before the session that agreed the action (" + Checks.date(session.getHeldOn())
                    + "). Enter a date on or after it.");
        }
        this.doneOn = on;
        this.status = SupervisionActionStatus.DONE;
    }

    /** Open after its due date (on the due date itself it is due, not overdue). */
    public boolean isOverdueOn(LocalDate today) {
        return status == SupervisionActionStatus.OPEN && today.isAfter(dueOn);
    }

    public SupervisionSession getSession() {
        return session;
    }

    public String getDescription() {
        return description;
    }

    public Practitioner getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public SupervisionActionStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
