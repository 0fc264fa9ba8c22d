package org.leadpractitioner.domain.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A family's decision about early help and information sharing: who decided, when, and the scope (the
 * agencies information may be shared with). Consent of one parent with parental responsibility suffices;
 * where the parents are separated it must be the parent the child lives with (Newham guidance, Q17).
 * A declined consent is logged against the family without a case; a withdrawal is logged against the case
 * it ends (see {@link EarlyHelpCase#withdrawConsent}).
 *
 * <p>Errors about the person consenting name the field {@value #GIVEN_BY_FIELD}.
 */
@Entity
@Table(name = "consent_record")
@NamedQueries({
    @NamedQuery(name = ConsentRecord.FIND_BY_CASE,
            query = "SELECT r FROM ConsentRecord r WHERE r.earlyHelpCase.id = :caseId"
                    + " ORDER BY r.decidedOn DESC, r.recordedAt DESC, r.id DESC"),
    @NamedQuery(name = ConsentRecord.FIND_BY_FAMILY,
            query = "SELECT r FROM ConsentRecord r WHERE r.family.id = :familyId"
                    + " ORDER BY r.decidedOn DESC, r.recordedAt DESC, r.id DESC")
})
public class ConsentRecord extends BaseEntity {

    /** Parameter {@code caseId}: newest first. */
    public static final String FIND_BY_CASE = "ConsentRecord.findByCase";
    /** Parameter {@code familyId}: newest first (includes declined consents without a case); page it. */
    public static final String FIND_BY_FAMILY = "ConsentRecord.findByFamily";

    public static final String GIVEN_BY_FIELD = "consentGivenBy";
    public static final int SCOPE_NOTE_MAX = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id", nullable = false, updatable = false)
    private Family family;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private EarlyHelpCase earlyHelpCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 40, updatable = false)
    private ConsentDecision decision;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "given_by_id", nullable = false, updatable = false)
    private FamilyMember givenBy;

    @NotNull
    @PastOrPresent
    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @NotNull
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id", updatable = false)
    private Practitioner recordedBy;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "consent_agency",
            joinColumns = @JoinColumn(name = "consent_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> sharingAgencies = new HashSet<>();

    @Size(max = SCOPE_NOTE_MAX)
    @Column(name = "scope_note", length = SCOPE_NOTE_MAX, updatable = false)
    private String scopeNote;

    protected ConsentRecord() {
    }

    private ConsentRecord(Family family, ConsentDecision decision, FamilyMember givenBy, LocalDate decidedOn,
            Set<Agency> sharingAgencies, String scopeNote, Practitioner recordedBy) {
        this.family = Checks.present(family, "consent.family-required", "family",
                "Choose the family the consent is about.");
        this.decision = decision;
        this.givenBy = Checks.present(givenBy, "consent.given-by-required", GIVEN_BY_FIELD,
                "Choose the parent or carer who made the decision.");
        if (!givenBy.belongsTo(family)) {
            throw new RuleViolation("consent.giver-not-in-family", GIVEN_BY_FIELD,
                    givenBy.displayName() + " is not recorded as a member of the " + family.getFamilyName()
                            + ". Choose a parent or carer of this family, or add them to the family first.");
        }
        this.decidedOn = Checks.present(decidedOn, "consent.decided-on-required", "consentDecidedOn",
                "Enter the date the family made the decision.");
        if (decidedOn.isAfter(LocalDate.now())) {
            throw new RuleViolation("consent.decided-on-future", "consentDecidedOn",
                    "The decision date " + Checks.date(decidedOn) + " is in the future. Enter the date the family"
                            + " actually decided.");
        }
        if (sharingAgencies != null) {
            sharingAgencies.stream().filter(Objects::nonNull).forEach(this.sharingAgencies::add);
        }
        this.scopeNote = Checks.optional(scopeNote, SCOPE_NOTE_MAX, "consent.scope-note", "scopeNote",
                "the note on what was agreed");
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    /**
     * The family gives consent to early help and to sharing information with {@code sharingAgencies}.
     * The person giving it must be a member of the family holding parental responsibility; whether it is
     * valid for a particular child (separated parents) is checked by {@link #checkValidFor(Child)} when a
     * case is opened.
     */
    public static ConsentRecord give(Family family, FamilyMember givenBy, LocalDate decidedOn,
            Set<Agency> sharingAgencies, String scopeNote, Practitioner recordedBy) {
        ConsentRecord consent = new ConsentRecord(family, ConsentDecision.GIVEN, givenBy, decidedOn,
                sharingAgencies, scopeNote, recordedBy);
        consent.checkParentalResponsibility(null);
        return consent;
    }

    /** The family declines early help; logged against the family, it can never open a case. */
    public static ConsentRecord decline(Family family, FamilyMember decidedBy, LocalDate decidedOn, String note,
            Practitioner recordedBy) {
        return new ConsentRecord(family, ConsentDecision.DECLINED, decidedBy, decidedOn, Set.of(), note,
                recordedBy);
    }

    /** A withdrawal of consent from an open case, by a member holding parental responsibility. */
    static ConsentRecord withdrawal(EarlyHelpCase earlyHelpCase, FamilyMember by, LocalDate on, String note,
            Practitioner recordedBy) {
        ConsentRecord withdrawal = new ConsentRecord(earlyHelpCase.getFamily(), ConsentDecision.WITHDRAWN, by, on,
                Set.of(), note, recordedBy);
        withdrawal.checkParentalResponsibility(null);
        withdrawal.earlyHelpCase = earlyHelpCase;
        return withdrawal;
    }

    /**
     * Checks that this consent covers {@code child}: it was given (not declined or withdrawn), by a member
     * of the child's family holding parental responsibility, and, where the parents are separated, by a
     * parent the child lives with.
     *
     * @throws RuleViolation naming {@value #GIVEN_BY_FIELD} (or {@code consentDecision}) with what to do
     */
    public void checkValidFor(Child child) {
        if (decision != ConsentDecision.GIVEN) {
            throw new RuleViolation("consent.not-given", "consentDecision",
                    "The family's decision recorded on " + Checks.date(decidedOn) + " is '" + decision.label()
                            + "', so it cannot cover " + child.displayName() + ". Early help needs the family's"
                            + " explicit consent: record consent given by a parent or carer with parental"
                            + " responsibility.");
        }
        if (!family.equals(child.getFamily())) {
            throw new RuleViolation("consent.other-family", GIVEN_BY_FIELD,
                    "This consent was given by " + givenBy.displayName() + " for the " + family.getFamilyName()
                            + ", not for " + child.displayName() + "'s family (" + child.getFamily().getFamilyName()
                            + "). Record consent from a parent or carer in " + child.displayName() + "'s family.");
        }
        checkParentalResponsibility(child);
        if (family.isParentsSeparated() && !child.livesWith(givenBy)) {
            String residents = child.getLivesWith().stream()
                    .filter(FamilyMember::holdsParentalResponsibility)
                    .map(FamilyMember::displayName).sorted().collect(Collectors.joining(" or "));
            String message = residents.isEmpty()
                    ? "The parents are separated, so consent must come from the parent " + child.displayName()
                            + " lives with, but nobody with parental responsibility is recorded as living with "
                            + child.displayName() + ". Record who " + child.displayName()
                            + " lives with, then record consent from that parent."
                    : "The parents are separated, so consent must come from the parent " + child.displayName()
                            + " lives with (" + residents + "). Record consent from that parent.";
            throw new RuleViolation("consent.giver-not-resident-parent", GIVEN_BY_FIELD, message);
        }
    }

    /** Whether this is a consent given (not declined or withdrawn). */
    public boolean isGiven() {
        return decision == ConsentDecision.GIVEN;
    }

    private void checkParentalResponsibility(Child child) {
        if (!givenBy.holdsParentalResponsibility()) {
            String whom = child == null ? "the children" : child.displayName();
            throw new RuleViolation("consent.giver-without-parental-responsibility", GIVEN_BY_FIELD,
                    givenBy.displayName() + " (" + givenBy.getRelationship().label().toLowerCase(java.util.Locale.UK)
                            + ") does not hold parental responsibility for " + whom + ", so cannot "
                            + (decision == ConsentDecision.WITHDRAWN ? "withdraw" : "give") + " consent."
                            + " Record the decision of a parent or carer who holds parental responsibility.");
        }
    }

    /** Links a given consent to the case it opened. */
    void attachTo(EarlyHelpCase openedCase) {
        this.earlyHelpCase = openedCase;
    }

    public Family getFamily() {
        return family;
    }

    /** The case this record belongs to, or {@code null} (a declined consent, or one not used yet). */
    public EarlyHelpCase getEarlyHelpCase() {
        return earlyHelpCase;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public FamilyMember getGivenBy() {
        return givenBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Practitioner getRecordedBy() {
        return recordedBy;
    }

    /** The agencies the family agreed information may be shared with. */
    public Set<Agency> getSharingAgencies() {
        return Collections.unmodifiableSet(sharingAgencies);
    }

    public String getScopeNote() {
        return scopeNote;
    }
}
