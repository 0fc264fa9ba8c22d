package org.leadpractitioner.domain.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Child;

/**
 * The period over which an appointment covers one child: from {@code fromDate} (included) to {@code untilDate}
 * (excluded; {@code null} while it lasts). It counts once its appointment is confirmed, and keeps counting for its
 * period after the appointment has ended (the child's history of leads). A child never has two confirmed coverages
 * that overlap: the service locks the child and checks with {@link #FIND_CONFIRMED_FOR_CHILD}. A handover
 * ({@link LeadHandover}) ends the outgoing lead's coverage on the day the incoming lead's starts, so there is never
 * a day with two leads or none.
 */
@Entity
@Table(name = "lead_coverage")
@NamedQueries({
    @NamedQuery(name = LeadCoverage.FIND_CONFIRMED_FOR_CHILD,
            query = "SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a JOIN FETCH a.practitioner"
                    + " WHERE v.child.id = :childId AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                    + " ORDER BY v.fromDate, v.id"),
    @NamedQuery(name = LeadCoverage.FIND_OPEN_PROPOSALS_FOR_CHILD,
            query = "SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a JOIN FETCH a.practitioner"
                    + " WHERE v.child.id = :childId AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.PROPOSED"),
    @NamedQuery(name = LeadCoverage.FIND_BY_CASE,
            query = "SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a JOIN FETCH a.practitioner p JOIN FETCH p.agency"
                    + " LEFT JOIN FETCH a.contingency JOIN FETCH v.child WHERE a.earlyHelpCase.id = :caseId"
                    + " ORDER BY v.fromDate, v.id"),
    @NamedQuery(name = LeadCoverage.FIND_HISTORY_FOR_CHILD,
            query = "SELECT v FROM LeadCoverage v JOIN FETCH v.appointment a JOIN FETCH a.practitioner"
                    + " WHERE v.child.id = :childId AND (a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                    + " OR a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.ENDED)"
                    + " AND (v.untilDate IS NULL OR v.untilDate > v.fromDate)"
                    + " ORDER BY v.fromDate, v.id"),
    @NamedQuery(name = LeadCoverage.COUNT_OTHER_LEADS,
            query = "SELECT COUNT(v) FROM LeadCoverage v JOIN v.appointment a WHERE a.earlyHelpCase.id = :caseId"
                    + " AND a.id <> :exceptAppointmentId AND a.practitioner.id <> :leadId"
                    + " AND a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.CONFIRMED"
                    + " AND (v.untilDate IS NULL OR v.untilDate > :today)")
})
public class LeadCoverage extends BaseEntity {

    /** Parameter {@code childId}: the child's confirmed leads over time. */
    public static final String FIND_CONFIRMED_FOR_CHILD = "LeadCoverage.findConfirmedForChild";
    /** Parameter {@code childId}: proposals for the child still waiting for a decision. */
    public static final String FIND_OPEN_PROPOSALS_FOR_CHILD = "LeadCoverage.findOpenProposalsForChild";
    /**
     * Parameter {@code childId}: every lead the child has had or will have (confirmed or since ended), oldest first;
     * periods that never began (an appointment ended before its start) are left out.
     */
    public static final String FIND_HISTORY_FOR_CHILD = "LeadCoverage.findHistoryForChild";
    /**
     * Parameters {@code caseId}, {@code exceptAppointmentId} ({@code -1}: none), {@code leadId}, {@code today}: covers of
     * the case by confirmed appointments of practitioners other than {@code leadId} that have not ended by today — &gt; 0
     * when appointing {@code leadId} would give the family another lead ({@code anotherLeadInForce} /
     * {@code otherLeadInForce}).
     */
    public static final String COUNT_OTHER_LEADS = "LeadCoverage.countOtherLeads";
    /** Parameter {@code caseId}: every coverage of the case's appointments, with lead, agency, contingency, child. */
    public static final String FIND_BY_CASE = "LeadCoverage.findByCase";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id", nullable = false, updatable = false)
    private LeadAppointment appointment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id", nullable = false, updatable = false)
    private Child child;

    @NotNull
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "until_date")
    private LocalDate untilDate;

    protected LeadCoverage() {
    }

    LeadCoverage(LeadAppointment appointment, Child child, LocalDate fromDate) {
        this.appointment = appointment;
        this.child = child;
        this.fromDate = fromDate;
    }

    /**
     * Counts on {@code date}: the appointment was confirmed (it is in force, or has ended since: an ended
     * appointment's periods are all closed, so they answer "who led on that day") and the date is within the period.
     */
    public boolean isInForceOn(LocalDate date) {
        AppointmentStatus status = appointment.getStatus();
        return (status == AppointmentStatus.CONFIRMED || status == AppointmentStatus.ENDED) && !date.isBefore(fromDate)
                && (untilDate == null || date.isBefore(untilDate));
    }

    /** Whether this period and one from {@code from} to {@code until} (excluded; {@code null}: open) share a day. */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || fromDate.isBefore(until)) && (untilDate == null || untilDate.isAfter(from));
    }

    void startOn(LocalDate date) {
        this.fromDate = date;
    }

    /**
     * The child is covered until {@code date} (excluded): the last day covered is the day before. Refused for a date
     * before the period started; the day it started gives an empty period (a cover that never began).
     */
    void endOn(LocalDate date) {
        if (date.isBefore(fromDate)) {
            throw new RuleViolation("assignment.coverage-end-before-start", null, appointment.getPractitioner()
                    .displayName() + " leads for " + child.displayName() + " from " + Checks.date(fromDate)
                    + ", so that cover cannot end on " + Checks.date(date) + ". Enter a date on or after "
                    + Checks.date(fromDate) + ".");
        }
        this.untilDate = date;
    }

    /** The end set by {@link #endOn} is taken back: the cover lasts again (a handover withdrawn before it took effect). */
    void reopen() {
        this.untilDate = null;
    }


    public LeadAppointment getAppointment() {
        return appointment;
    }

    public Child getChild() {
        return child;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }
}
