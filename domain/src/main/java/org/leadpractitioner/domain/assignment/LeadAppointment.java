package org.leadpractitioner.domain.assignment;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * The appointment of a practitioner as lead practitioner for named children of a case.
 *
 * <p>Workflow (DOMAIN.md, "Appointing the lead practitioner"): {@link #propose proposed} (by whom, at a TAF or
 * outside one, with the statutory rules checked: a broken "must" refuses, a "usually"/"may" not followed needs a
 * written justification) → the practitioner {@link #accept accepts} → their line manager {@link #agree agrees}
 * → the family's wish is {@link #recordFamilyWish recorded} (a reason is required when it is not met) → once all
 * three are done the service {@link #confirm confirms} it and it is in force from its effective date. Either the
 * practitioner or the manager may {@link #decline}; the proposer may {@link #withdraw}.
 */
@Entity
@Table(name = "lead_appointment")
@NamedQueries({
    @NamedQuery(name = LeadAppointment.FIND_BY_CASE,
            query = "SELECT a FROM LeadAppointment a JOIN FETCH a.practitioner WHERE a.earlyHelpCase.id = :caseId"
                    + " ORDER BY a.proposedAt DESC, a.id DESC"),
    @NamedQuery(name = LeadAppointment.FIND_WAITING_FOR,
            query = "SELECT a FROM LeadAppointment a JOIN FETCH a.practitioner p JOIN FETCH a.earlyHelpCase c"
                    + " LEFT JOIN p.lineManager lm WHERE a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.PROPOSED"
                    + " AND ((p.id = :practitionerId AND a.acceptedAt IS NULL)"
                    + " OR (lm.id = :practitionerId AND a.acceptedAt IS NOT NULL AND a.managerAgreedAt IS NULL))"
                    + " ORDER BY a.proposedAt, a.id"),
    @NamedQuery(name = LeadAppointment.COUNT_WAITING_FOR,
            query = "SELECT COUNT(a) FROM LeadAppointment a JOIN a.practitioner p LEFT JOIN p.lineManager lm"
                    + " WHERE a.status = org.leadpractitioner.domain.assignment.AppointmentStatus.PROPOSED"
                    + " AND ((p.id = :practitionerId AND a.acceptedAt IS NULL)"
                    + " OR (lm.id = :practitionerId AND a.acceptedAt IS NOT NULL AND a.managerAgreedAt IS NULL))")
})
public class LeadAppointment extends BaseEntity {

    /** Parameter {@code caseId}: the case's appointments, newest first. */
    public static final String FIND_BY_CASE = "LeadAppointment.findByCase";
    /** Parameter {@code practitionerId}: open proposals waiting for that practitioner to accept, or (as line manager) to agree; page it. */
    public static final String FIND_WAITING_FOR = "LeadAppointment.findWaitingFor";
    /** Parameter {@code practitionerId}. */
    public static final String COUNT_WAITING_FOR = "LeadAppointment.countWaitingFor";

    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 200;

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
    @Column(name = "designation", nullable = false, length = 40, updatable = false)
    private Designation designation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contingency_id")
    private Practitioner contingency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AppointmentStatus status;

    @NotNull
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by_id", nullable = false, updatable = false)
    private Practitioner proposedBy;

    @NotNull
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "at_taf", nullable = false, updatable = false)
    private boolean atTaf;

    @Column(name = "taf_date", updatable = false)
    private LocalDate tafDate;

    @Size(max = TEXT_MAX)
    @Column(name = "justification", length = TEXT_MAX, updatable = false)
    private String justification;

    @Size(max = TEXT_MAX)
    @Column(name = "several_leads_reason", length = TEXT_MAX, updatable = false)
    private String severalLeadsReason;

    @NotNull
    @Size(max = TEXT_MAX)
    @Column(name = "rule_summary", nullable = false, length = TEXT_MAX, updatable = false)
    private String ruleSummary;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_agreed_by_id")
    private Practitioner managerAgreedBy;

    @Column(name = "manager_agreed_at")
    private Instant managerAgreedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_wish", length = 40)
    private FamilyWish familyWish;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_asked_for_id")
    private Practitioner familyAskedFor;

    @Size(max = NAME_MAX)
    @Column(name = "family_asked_for_name", length = NAME_MAX)
    private String familyAskedForName;

    @Size(max = TEXT_MAX)
    @Column(name = "family_wish_not_met_reason", length = TEXT_MAX)
    private String familyWishNotMetReason;

    @Column(name = "family_wish_recorded_at")
    private Instant familyWishRecordedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by_id")
    private Practitioner closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Size(max = TEXT_MAX)
    @Column(name = "closing_reason", length = TEXT_MAX)
    private String closingReason;

    @OneToMany(mappedBy = "appointment", fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    private List<LeadCoverage> coverages = new ArrayList<>();

    protected LeadAppointment() {
    }

    /** What a proposal says; {@code children} must be children of the case. */
    public record Proposal(EarlyHelpCase earlyHelpCase, Practitioner practitioner, List<Child> children,
            Designation designation, Practitioner contingency, LocalDate effectiveFrom, boolean atTaf, LocalDate tafDate,
            String justification, String severalLeadsReason) {
    }

    /**
     * Proposes a lead. Refused when the case is not open, a child is not on the case, the dates are missing or
     * before the case opened, a "must" rule is broken for the lead or the contingency ({@link LeadRuleRefusal}),
     * or a written reason is missing: the justification when a "usually"/"may" rule is not followed, and the
     * reason for several leads when {@code anotherLeadInForce}.
     *
     * @param check            the rules on the proposed lead for these children ({@link LeadRule#evaluate})
     * @param contingencyCheck the rules on the contingency, or {@code null} when none is named
     */
    public static LeadAppointment propose(Proposal p, RuleCheck check, RuleCheck contingencyCheck,
            boolean anotherLeadInForce, Practitioner proposedBy, Instant at) {
        EarlyHelpCase c = Checks.present(p.earlyHelpCase(), "assignment.case-required", "caseId", "Choose the case.");
        if (!c.isOpen()) {
            throw new RuleViolation("assignment.case-not-open", null, "Case " + c.getReference() + " is "
                    + c.getStatus().label().toLowerCase(Locale.UK) + ", so no lead practitioner can be appointed.");
        }
        Practitioner lead = Checks.present(p.practitioner(), "assignment.practitioner-required", "practitioner",
                "Choose the practitioner to propose as lead.");
        if (!lead.isActive()) {
            throw new RuleViolation("assignment.practitioner-inactive", "practitioner",
                    lead.displayName() + "'s record is no longer active. Choose a current practitioner.");
        }
        if (p.children() == null || p.children().isEmpty()) {
            throw new RuleViolation("assignment.children-required", "children",
                    "Choose the child or children this lead practitioner will cover.");
        }
        for (Child child : p.children()) {
            if (!c.covers(child)) {
                throw new RuleViolation("assignment.child-not-on-case", "children", child.displayName()
                        + " is not on case " + c.getReference() + ". Choose from the children the case covers.");
            }
        }
        Designation designation = Checks.present(p.designation(), "assignment.designation-required", "designation",
                "Choose the designation: Family Help Lead Practitioner or Lead Child Protection Practitioner.");
        LocalDate from = Checks.present(p.effectiveFrom(), "assignment.effective-from-required", "effectiveFrom",
                "Enter the date the lead practitioner takes up the role.");
        if (from.isBefore(c.getOpenedOn())) {
            throw new RuleViolation("assignment.effective-before-opening", "effectiveFrom", "The date "
                    + Checks.date(from) + " is before the case opened (" + Checks.date(c.getOpenedOn())
                    + "). Enter a date on or after it.");
        }
        if (p.atTaf() && p.tafDate() == null) {
            throw new RuleViolation("assignment.taf-date-required", "tafDate",
                    "Enter the date of the TAF meeting at which the lead was proposed.");
        }
        if (p.contingency() != null) {
            if (p.contingency().equals(lead)) {
                throw new RuleViolation("assignment.contingency-is-lead", "contingency", "The contingency lead must be"
                        + " someone other than the lead. Choose another practitioner, or leave it empty.");
            }
            if (!p.contingency().isActive()) {
                throw new RuleViolation("assignment.contingency-inactive", "contingency",
                        p.contingency().displayName() + "'s record is no longer active. Choose a current practitioner.");
            }
        }
        if (!check.allowed()) {
            throw new LeadRuleRefusal("practitioner", check);
        }
        if (contingencyCheck != null && !contingencyCheck.allowed()) {
            throw new LeadRuleRefusal("contingency", contingencyCheck);
        }
        LeadAppointment a = new LeadAppointment();
        if (check.needsJustification()) {
            a.justification = Checks.required(p.justification(), TEXT_MAX, "assignment.justification", "justification",
                    "why " + lead.displayName() + " should lead although the guidance expects otherwise ("
                            + check.explain(Verdict.WARNING).replace("\n", " ") + ")");
        } else {
            a.justification = Checks.optional(p.justification(), TEXT_MAX, "assignment.justification", "justification",
                    "the justification");
        }
        if (anotherLeadInForce) {
            a.severalLeadsReason = Checks.required(p.severalLeadsReason(), TEXT_MAX, "assignment.several-leads-reason",
                    "severalLeadsReason", "why this family needs more than one lead practitioner (a family has one"
                            + " lead unless, exceptionally, children have unrelated needs and different networks)");
        }
        a.earlyHelpCase = c;
        a.practitioner = lead;
        a.designation = designation;
        a.contingency = p.contingency();
        a.effectiveFrom = from;
        a.atTaf = p.atTaf();
        a.tafDate = p.atTaf() ? p.tafDate() : null;
        a.proposedBy = Checks.present(proposedBy, "assignment.proposed-by-required", null, "Sign in as a practitioner.");
        a.proposedAt = at;
        a.ruleSummary = truncate(check.summary());
        a.status = AppointmentStatus.PROPOSED;
        p.children().stream().distinct().sorted(Comparator.comparing(Child::getId, Comparator.nullsLast(Long::compare)))
                .forEach(ch -> a.coverages.add(new LeadCoverage(a, ch, from)));
        return a;
    }

    private static String truncate(String text) {
        return text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    /** The proposed practitioner accepts the role. */
    public void accept(Practitioner by, Instant at) {
        requireProposed("be accepted");
        if (!practitioner.equals(by)) {
            throw new RuleViolation("assignment.accept-not-yours", null, "Only " + practitioner.displayName()
                    + " can accept being proposed as lead practitioner.");
        }
        if (acceptedAt != null) {
            throw new RuleViolation("assignment.already-accepted", null, "You accepted this on "
                    + at(acceptedAt) + ". Nothing to do.");
        }
        this.acceptedAt = at;
    }

    /**
     * The practitioner's line manager agrees. Where no line manager is recorded, the early help coordinator
     * agrees instead ({@code byCoordinator}).
     */
    public void agree(Practitioner by, boolean byCoordinator, Instant at) {
        requireProposed("be agreed");
        if (acceptedAt == null) {
            throw new RuleViolation("assignment.not-accepted-yet", null, practitioner.displayName()
                    + " has not accepted yet. The line manager agrees once the practitioner has accepted.");
        }
        if (managerAgreedAt != null) {
            throw new RuleViolation("assignment.already-agreed", null, "This was agreed on " + at(managerAgreedAt)
                    + ". Nothing to do.");
        }
        Practitioner manager = practitioner.getLineManager();
        boolean allowed = manager != null ? manager.equals(by) : byCoordinator;
        if (!allowed) {
            throw new RuleViolation("assignment.agree-not-yours", null, manager != null
                    ? "Only " + practitioner.displayName() + "'s line manager, " + manager.displayName() + ", can agree."
                    : practitioner.displayName() + " has no line manager recorded, so the early help coordinator"
                            + " agrees. Record their line manager, or ask the coordinator.");
        }
        this.managerAgreedBy = by;
        this.managerAgreedAt = at;
    }

    /**
     * Records whom the child and family asked for. When their wish is not met a written reason is required
     * (DOMAIN.md: the request is met unless there are good or statutory reasons, which must be written down).
     */
    public void recordFamilyWish(FamilyWish wish, Practitioner askedFor, String askedForName, String reasonNotMet,
            Instant at) {
        requireProposed("have the family's wish recorded");
        Checks.present(wish, "assignment.family-wish-required", "familyWish", "Choose whom the family asked for.");
        Practitioner who = null;
        String name = null;
        if (wish == FamilyWish.ASKED_FOR_PRACTITIONER) {
            who = Checks.present(askedFor, "assignment.family-asked-for-required", "familyAskedFor",
                    "Choose the practitioner the family asked for.");
        } else if (wish == FamilyWish.ASKED_FOR_SOMEONE_ELSE) {
            name = Checks.required(askedForName, NAME_MAX, "assignment.family-asked-for-name", "familyAskedForName",
                    "the name and role of the person the family asked for");
        }
        boolean met = wish == FamilyWish.NO_PREFERENCE || practitioner.equals(who);
        this.familyWishNotMetReason = met
                ? Checks.optional(reasonNotMet, TEXT_MAX, "assignment.family-wish-reason", "familyWishNotMetReason", "the reason")
                : Checks.required(reasonNotMet, TEXT_MAX, "assignment.family-wish-reason", "familyWishNotMetReason",
                        "why the family's wish (" + (who != null ? who.displayName() : name) + ") is not met: there must be"
                                + " good or statutory reasons, written down");
        this.familyWish = wish;
        this.familyAskedFor = who;
        this.familyAskedForName = name;
        this.familyWishRecordedAt = at;
    }

    /** The practitioner or their line manager says no, with a reason. */
    public void decline(Practitioner by, String reason, Instant at) {
        requireProposed("be declined");
        boolean allowed = practitioner.equals(by) || by != null && by.equals(practitioner.getLineManager());
        if (!allowed) {
            throw new RuleViolation("assignment.decline-not-yours", null, "Only " + practitioner.displayName()
                    + " or their line manager can decline. To take back a proposal, withdraw it.");
        }
        close(AppointmentStatus.DECLINED, by, Checks.required(reason, TEXT_MAX, "assignment.decline-reason", "reason",
                "why the appointment is declined"), at);
    }

    /** Takes back a proposal that is still waiting, with a reason. */
    public void withdraw(Practitioner by, String reason, Instant at) {
        requireProposed("be withdrawn");
        close(AppointmentStatus.WITHDRAWN, by, Checks.required(reason, TEXT_MAX, "assignment.withdraw-reason", "reason",
                "why the proposal is withdrawn"), at);
    }

    private void close(AppointmentStatus newStatus, Practitioner by, String reason, Instant at) {
        this.status = newStatus;
        this.closedBy = by;
        this.closedAt = at;
        this.closingReason = reason;
    }

    /** Accepted, agreed and the family's wish recorded: ready to be confirmed. */
    public boolean isReadyToConfirm() {
        return status == AppointmentStatus.PROPOSED && acceptedAt != null && managerAgreedAt != null
                && familyWishRecordedAt != null;
    }

    /**
     * Puts the appointment in force from its effective date, or from {@code today} if that date has passed (a lead
     * never leads retrospectively). The service has checked that no child has another lead over that period.
     *
     * @return the date it is in force from
     */
    public LocalDate confirm(LocalDate today, Instant at) {
        if (!isReadyToConfirm()) {
            throw new IllegalStateException("Not ready to confirm: " + nextStep(today));
        }
        LocalDate from = effectiveFrom.isBefore(today) ? today : effectiveFrom;
        coverages.forEach(v -> v.startOn(from));
        this.status = AppointmentStatus.CONFIRMED;
        this.confirmedAt = at;
        return from;
    }

    /**
     * The appointment stops covering {@code child} from {@code date}: a cover lasting beyond it (open, or ending later,
     * as the outgoing lead's does once a handover is agreed) ends that day, and one that has not begun by then never
     * begins. Once it covers no child it has ended.
     */
    public void stopCovering(Child child, LocalDate date) {
        coverages.stream().filter(v -> v.getChild().equals(child) && (v.getUntilDate() == null || v.getUntilDate().isAfter(date)))
                .forEach(v -> v.endOn(date.isBefore(v.getFromDate()) ? v.getFromDate() : date));
        if (status == AppointmentStatus.CONFIRMED && coverages.stream().allMatch(v -> v.getUntilDate() != null)) {
            this.status = AppointmentStatus.ENDED;
        }
    }

    /** This appointment's cover of {@code child}, if it names the child. */
    public Optional<LeadCoverage> coverageOf(Child child) {
        return coverages.stream().filter(v -> v.getChild().equals(child)).findFirst();
    }

    /**
     * A confirmed appointment whose every cover has ended by {@code today} (its children handed over) has ended.
     *
     * @return whether it ended now
     */
    boolean endIfNoChildLeft(LocalDate today) {
        if (status == AppointmentStatus.CONFIRMED
                && coverages.stream().allMatch(v -> v.getUntilDate() != null && !v.getUntilDate().isAfter(today))) {
            this.status = AppointmentStatus.ENDED;
            return true;
        }
        return false;
    }

    /**
     * Takes back a confirmed appointment that has not come into force yet (a handover called off before its
     * date): every cover becomes an empty period from its start, and the appointment is withdrawn with the reason.
     */
    void withdrawBeforeStart(Practitioner by, String reason, LocalDate today, Instant at) {
        if (status != AppointmentStatus.CONFIRMED || coverages.stream().anyMatch(v -> !v.getFromDate().isAfter(today))) {
            throw new IllegalStateException("Only a confirmed appointment that has not started can be withdrawn: " + this);
        }
        coverages.forEach(v -> v.endOn(v.getFromDate()));
        close(AppointmentStatus.WITHDRAWN, by, reason, at);
    }

    /** What has to happen next, in a sentence. */
    public String nextStep(LocalDate today) {
        return switch (status) {
            case PROPOSED -> acceptedAt == null ? "Waiting for " + practitioner.displayName() + " to accept."
                    : managerAgreedAt == null ? "Waiting for " + (practitioner.getLineManager() == null
                            ? "the early help coordinator (no line manager is recorded)"
                            : practitioner.getLineManager().displayName() + ", the line manager,") + " to agree."
                    : "Record whom the child and family asked for.";
            case CONFIRMED -> coverages.stream().map(LeadCoverage::getFromDate).min(Comparator.naturalOrder())
                    .map(d -> d.isAfter(today) ? "Confirmed: leads from " + Checks.date(d) + "." : "In force.").orElse("");
            case DECLINED, WITHDRAWN -> status.label() + ": " + closingReason;
            case ENDED -> "Ended.";
        };
    }

    private void requireProposed(String action) {
        if (status != AppointmentStatus.PROPOSED) {
            throw new RuleViolation("assignment.not-open", null, "This appointment is " + status.label().toLowerCase(Locale.UK)
                    + ", so it cannot " + action + ".");
        }
    }

    private static String at(Instant instant) {
        return Checks.date(instant.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
    }

    /** Whether the family's wish is met (only meaningful once recorded). */
    public boolean isFamilyWishMet() {
        return familyWish == FamilyWish.NO_PREFERENCE || familyWish == FamilyWish.ASKED_FOR_PRACTITIONER
                && practitioner.equals(familyAskedFor);
    }

    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Designation getDesignation() {
        return designation;
    }

    public Practitioner getContingency() {
        return contingency;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Practitioner getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public boolean isAtTaf() {
        return atTaf;
    }

    public LocalDate getTafDate() {
        return tafDate;
    }

    public String getJustification() {
        return justification;
    }

    public String getSeveralLeadsReason() {
        return severalLeadsReason;
    }

    public String getRuleSummary() {
        return ruleSummary;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Practitioner getManagerAgreedBy() {
        return managerAgreedBy;
    }

    public Instant getManagerAgreedAt() {
        return managerAgreedAt;
    }

    public FamilyWish getFamilyWish() {
        return familyWish;
    }

    public Practitioner getFamilyAskedFor() {
        return familyAskedFor;
    }

    public String getFamilyAskedForName() {
        return familyAskedForName;
    }

    public String getFamilyWishNotMetReason() {
        return familyWishNotMetReason;
    }

    public Instant getFamilyWishRecordedAt() {
        return familyWishRecordedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Practitioner getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public List<LeadCoverage> getCoverages() {
        return Collections.unmodifiableList(coverages);
    }
}
