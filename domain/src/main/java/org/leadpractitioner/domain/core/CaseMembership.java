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
import java.time.LocalDate;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A practitioner's part in a case over a period (initiator, involved practitioner, lead, TAF invitee...).
 * Access to a case follows its active memberships. Created through {@link EarlyHelpCase#addMember}.
 *
 * <p>The period starts on {@code since} (included) and ends on {@code until} (excluded: the day the part
 * ended, which is also the day a successor's part can start).
 */
@Entity
@Table(name = "case_membership")
@NamedQueries({
    @NamedQuery(name = CaseMembership.FIND_ACTIVE_BY_CASE,
            query = "SELECT m FROM CaseMembership m JOIN FETCH m.practitioner WHERE m.earlyHelpCase.id = :caseId"
                    + " AND m.since <= :on AND (m.until IS NULL OR m.until > :on) ORDER BY m.kind, m.since, m.id"),
    @NamedQuery(name = CaseMembership.COUNT_ACTIVE_FOR_PRACTITIONER,
            query = "SELECT COUNT(m) FROM CaseMembership m WHERE m.practitioner.id = :practitionerId"
                    + " AND m.earlyHelpCase.id = :caseId AND m.since <= :on AND (m.until IS NULL OR m.until > :on)"),
    @NamedQuery(name = CaseMembership.COUNT_ACTIVE_FOR_SUPERVISOR,
            query = "SELECT COUNT(m) FROM CaseMembership m WHERE m.practitioner.lineManager.id = :supervisorId"
                    + " AND m.earlyHelpCase.id = :caseId AND m.since <= :on AND (m.until IS NULL OR m.until > :on)"),
    @NamedQuery(name = CaseMembership.COUNT_OPEN_LEADS_FOR_PRACTITIONER,
            query = "SELECT COUNT(m) FROM CaseMembership m WHERE m.practitioner.id = :practitionerId"
                    + " AND m.kind = org.leadpractitioner.domain.core.MembershipKind.LEAD AND m.until IS NULL"
                    + " AND m.earlyHelpCase.status = org.leadpractitioner.domain.core.CaseStatus.OPEN")
})
public class CaseMembership extends BaseEntity {

    /** Parameters {@code caseId}, {@code on} (LocalDate): the case's network on that day, with practitioners. */
    public static final String FIND_ACTIVE_BY_CASE = "CaseMembership.findActiveByCase";
    /** Parameters {@code practitionerId}, {@code caseId}, {@code on}: &gt; 0 when the practitioner is a member. */
    public static final String COUNT_ACTIVE_FOR_PRACTITIONER = "CaseMembership.countActiveForPractitioner";
    /** Parameters {@code supervisorId}, {@code caseId}, {@code on}: &gt; 0 when a supervisee is a member. */
    public static final String COUNT_ACTIVE_FOR_SUPERVISOR = "CaseMembership.countActiveForSupervisor";
    /** Parameter {@code practitionerId}: open cases the practitioner leads now (compare with the capacity). */
    public static final String COUNT_OPEN_LEADS_FOR_PRACTITIONER = "CaseMembership.countOpenLeadsForPractitioner";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practitioner_id", nullable = false, updatable = false)
    private Practitioner practitioner;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private MembershipKind kind;

    @NotNull
    @Column(name = "since", nullable = false)
    private LocalDate since;

    @Column(name = "until")
    private LocalDate until;

    protected CaseMembership() {
    }

    CaseMembership(EarlyHelpCase earlyHelpCase, Practitioner practitioner, MembershipKind kind, LocalDate since) {
        this.earlyHelpCase = earlyHelpCase;
        this.practitioner = practitioner;
        this.kind = kind;
        this.since = since;
    }

    /** The part ended on {@code date} (not active from that day). */
    public void end(LocalDate date) {
        Checks.present(date, "membership.end-required", "until", "Enter the date this part ended.");
        if (until != null) {
            throw new RuleViolation("membership.already-ended", "until",
                    practitioner.displayName() + "'s part as " + kind.label().toLowerCase(java.util.Locale.UK)
                            + " already ended on " + Checks.date(until) + ". Nothing to do.");
        }
        if (date.isBefore(since)) {
            throw new RuleViolation("membership.end-before-start", "until",
                    "The end date " + Checks.date(date) + " is before " + practitioner.displayName()
                            + " started (" + Checks.date(since) + "). Enter a date on or after the start.");
        }
        this.until = date;
    }

    /** Active on {@code date}: on or after {@code since} and before {@code until}. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(since) && (until == null || date.isBefore(until));
    }

    /** Not ended, or ending after {@code date}. */
    boolean isCurrentAt(LocalDate date) {
        return until == null || until.isAfter(date);
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public MembershipKind getKind() {
        return kind;
    }

    public LocalDate getSince() {
        return since;
    }

    public LocalDate getUntil() {
        return until;
    }
}
