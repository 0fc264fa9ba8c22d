package org.leadpractitioner.domain.core;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A child or young person of a family. Early help covers children under 18, and young people under 25
 * with special educational needs (SEN support or an EHCP).
 */
@Entity
@Table(name = "child")
@NamedQueries({
    @NamedQuery(name = Child.FIND_BY_FAMILY,
            query = "SELECT c FROM Child c WHERE c.family.id = :familyId ORDER BY c.dateOfBirth, c.id"),
    @NamedQuery(name = Child.FIND_BY_NAME_AND_DATE_OF_BIRTH,
            query = "SELECT c FROM Child c WHERE c.dateOfBirth = :dateOfBirth"
                    + " AND LOWER(c.familyName) = LOWER(:familyName) ORDER BY c.givenName, c.id")
})
public class Child extends BaseEntity {

    /** Parameter {@code familyId}. */
    public static final String FIND_BY_FAMILY = "Child.findByFamily";
    /** Parameters {@code dateOfBirth}, {@code familyName} (any case): to spot a child already recorded. */
    public static final String FIND_BY_NAME_AND_DATE_OF_BIRTH = "Child.findByNameAndDateOfBirth";

    public static final int NAME_MAX = 100;
    /** Early help covers children under this age... */
    public static final int EARLY_HELP_AGE_LIMIT = 18;
    /** ...or under this age with special educational needs. */
    public static final int EARLY_HELP_AGE_LIMIT_SEN = 25;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id", nullable = false, updatable = false)
    private Family family;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @NotNull
    @PastOrPresent
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "sen_status", nullable = false, length = 40)
    private SenStatus senStatus;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "child_lives_with",
            joinColumns = @JoinColumn(name = "child_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<FamilyMember> livesWith = new HashSet<>();

    @OneToMany(mappedBy = "child", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private Set<StatutoryCircumstance> circumstances = new HashSet<>();

    protected Child() {
    }

    /** A new child of {@code family} (also added to the family's children). */
    public Child(Family family, String givenName, String familyName, LocalDate dateOfBirth, SenStatus senStatus) {
        this.family = Checks.present(family, "child.family-required", "family",
                "Choose the family this child belongs to.");
        rename(givenName, familyName);
        correctDateOfBirth(dateOfBirth);
        recordSenStatus(senStatus);
        family.register(this);
    }

    /** "Given Family". */
    public String displayName() {
        return givenName + " " + familyName;
    }

    public final void rename(String newGivenName, String newFamilyName) {
        this.givenName = Checks.required(newGivenName, NAME_MAX, "child.given-name", "givenName",
                "the child's given name");
        this.familyName = Checks.required(newFamilyName, NAME_MAX, "child.family-name", "familyName",
                "the child's family name");
    }

    /** Sets the date of birth, which must not be in the future. */
    public final void correctDateOfBirth(LocalDate newDateOfBirth) {
        Checks.present(newDateOfBirth, "child.date-of-birth-required", "dateOfBirth",
                "Enter the child's date of birth.");
        if (newDateOfBirth.isAfter(LocalDate.now())) {
            throw new RuleViolation("child.date-of-birth-future", "dateOfBirth",
                    "The date of birth " + Checks.date(newDateOfBirth) + " is in the future. Enter the date the"
                            + " child was born.");
        }
        this.dateOfBirth = newDateOfBirth;
    }

    public final void recordSenStatus(SenStatus newStatus) {
        this.senStatus = Checks.present(newStatus, "child.sen-status-required", "senStatus",
                "Choose the child's special educational needs status (choose 'No special educational needs'"
                        + " if none).");
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("The date is before the child's birth");
        }
        return Period.between(dateOfBirth, date).getYears();
    }

    /** Whether the child was born by {@code date} and is under 18 then, or under 25 with SEN support or an EHCP. */
    public boolean isEligibleForEarlyHelpOn(LocalDate date) {
        if (date.isBefore(dateOfBirth)) {
            return false;
        }
        int age = ageOn(date);
        return age < EARLY_HELP_AGE_LIMIT || (senStatus != SenStatus.NONE && age < EARLY_HELP_AGE_LIMIT_SEN);
    }

    /** Records that the child lives with {@code member}, who must belong to the child's family. */
    public void recordLivesWith(FamilyMember member) {
        Checks.present(member, "child.lives-with-required", "livesWith", "Choose who the child lives with.");
        if (!member.belongsTo(family)) {
            throw new RuleViolation("child.lives-with-other-family", "livesWith",
                    member.displayName() + " is not recorded as a member of " + displayName() + "'s family ("
                            + family.getFamilyName() + "). Add them to that family first, or choose someone"
                            + " who is.");
        }
        livesWith.add(member);
    }

    /** The child no longer lives with {@code member}. */
    public void stopLivingWith(FamilyMember member) {
        livesWith.remove(member);
    }

    public boolean livesWith(FamilyMember member) {
        return livesWith.contains(member);
    }

    /**
     * Records a statutory circumstance (child protection plan, looked after, CPA...) of this child.
     *
     * @param end                     {@code null} while it continues
     * @param responsiblePractitioner the named social worker, personal adviser, care coordinator, key worker
     *                                or YJS officer; may be {@code null}
     */
    public StatutoryCircumstance addCircumstance(CircumstanceType type, LocalDate start, LocalDate end,
            Practitioner responsiblePractitioner) {
        return new StatutoryCircumstance(this, type, start, end, responsiblePractitioner);
    }

    /** The circumstances in force on {@code date}, earliest first. */
    public List<StatutoryCircumstance> activeCircumstancesOn(LocalDate date) {
        return circumstances.stream().filter(c -> c.isActiveOn(date))
                .sorted(Comparator.comparing(StatutoryCircumstance::getStartDate)).toList();
    }

    void register(StatutoryCircumstance circumstance) {
        circumstances.add(circumstance);
    }

    public Family getFamily() {
        return family;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public SenStatus getSenStatus() {
        return senStatus;
    }

    public Set<FamilyMember> getLivesWith() {
        return Collections.unmodifiableSet(livesWith);
    }

    public Set<StatutoryCircumstance> getCircumstances() {
        return Collections.unmodifiableSet(circumstances);
    }
}
