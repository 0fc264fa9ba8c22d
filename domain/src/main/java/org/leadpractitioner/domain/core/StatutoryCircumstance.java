package org.leadpractitioner.domain.core;

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
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A statutory circumstance of a child over a period (a child protection plan, being looked after, a care
 * programme approach, a youth justice order...). The guidance names who usually leads in each; that
 * person is recorded as the responsible practitioner. The period includes both its start and end dates.
 */
@Entity
@Table(name = "statutory_circumstance")
@NamedQueries({
    @NamedQuery(name = StatutoryCircumstance.FIND_BY_CHILD,
            query = "SELECT s FROM StatutoryCircumstance s WHERE s.child.id = :childId ORDER BY s.startDate, s.id"),
    @NamedQuery(name = StatutoryCircumstance.FIND_ACTIVE_FOR_CHILD,
            query = "SELECT s FROM StatutoryCircumstance s WHERE s.child.id = :childId AND s.startDate <= :on"
                    + " AND (s.endDate IS NULL OR s.endDate >= :on) ORDER BY s.startDate, s.id"),
    @NamedQuery(name = StatutoryCircumstance.FIND_ACTIVE_BY_RESPONSIBLE,
            query = "SELECT s FROM StatutoryCircumstance s WHERE s.responsiblePractitioner.id = :practitionerId"
                    + " AND s.startDate <= :on AND (s.endDate IS NULL OR s.endDate >= :on)"
                    + " ORDER BY s.startDate, s.id")
})
public class StatutoryCircumstance extends BaseEntity {

    /** Parameter {@code childId}: the child's whole history. */
    public static final String FIND_BY_CHILD = "StatutoryCircumstance.findByChild";
    /** Parameters {@code childId}, {@code on} (LocalDate). */
    public static final String FIND_ACTIVE_FOR_CHILD = "StatutoryCircumstance.findActiveForChild";
    /** Parameters {@code practitionerId}, {@code on} (LocalDate); page it. */
    public static final String FIND_ACTIVE_BY_RESPONSIBLE = "StatutoryCircumstance.findActiveByResponsible";

    public static final int NOTE_MAX = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id", nullable = false, updatable = false)
    private Child child;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "circumstance_type", nullable = false, length = 40)
    private CircumstanceType type;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_practitioner_id")
    private Practitioner responsiblePractitioner;

    @Size(max = NOTE_MAX)
    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected StatutoryCircumstance() {
    }

    /** A circumstance of {@code child} (also added to the child's circumstances); see {@link Child#addCircumstance}. */
    public StatutoryCircumstance(Child child, CircumstanceType type, LocalDate startDate, LocalDate endDate,
            Practitioner responsiblePractitioner) {
        this.child = Checks.present(child, "circumstance.child-required", "child",
                "Choose the child this circumstance is about.");
        this.type = Checks.present(type, "circumstance.type-required", "type",
                "Choose the type of statutory circumstance.");
        this.startDate = Checks.present(startDate, "circumstance.start-required", "startDate",
                "Enter the date the " + type.label().toLowerCase(java.util.Locale.UK) + " started.");
        if (endDate != null) {
            checkEnd(endDate);
        }
        this.endDate = endDate;
        this.responsiblePractitioner = responsiblePractitioner;
        child.register(this);
    }

    /** In force on {@code date}: from the start date to the end date, both included. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    /** The circumstance ended on {@code date} (its last day). */
    public void end(LocalDate date) {
        Checks.present(date, "circumstance.end-required", "endDate", "Enter the date it ended.");
        if (endDate != null) {
            throw new RuleViolation("circumstance.already-ended", "endDate",
                    "The " + type.label().toLowerCase(java.util.Locale.UK) + " already ended on "
                            + Checks.date(endDate) + ". To fix a wrong date, use 'correct dates'.");
        }
        checkEnd(date);
        this.endDate = date;
    }

    /** Corrects a wrongly recorded period ({@code end} may be {@code null}: still in force). */
    public void correctDates(LocalDate start, LocalDate end) {
        Checks.present(start, "circumstance.start-required", "startDate", "Enter the date it started.");
        if (end != null) {
            checkEnd(start, end);
        }
        this.startDate = start;
        this.endDate = end;
    }

    private void checkEnd(LocalDate end) {
        checkEnd(startDate, end);
    }

    private static void checkEnd(LocalDate startDate, LocalDate end) {
        if (end.isBefore(startDate)) {
            throw new RuleViolation("circumstance.end-before-start", "endDate",
                    "The end date " + Checks.date(end) + " is before the start date " + Checks.date(startDate)
                            + ". Enter an end date on or after the start date.");
        }
    }

    /** The named practitioner (social worker, personal adviser...); {@code null} if none is known. */
    public void assignResponsiblePractitioner(Practitioner practitioner) {
        this.responsiblePractitioner = practitioner;
    }

    /** Plain data; blank clears it. */
    public void setNote(String newNote) {
        this.note = Checks.optional(newNote, NOTE_MAX, "circumstance.note", "note", "the note");
    }

    public Child getChild() {
        return child;
    }

    public CircumstanceType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Practitioner getResponsiblePractitioner() {
        return responsiblePractitioner;
    }

    public String getNote() {
        return note;
    }
}
