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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/** An adult in a family: a parent, carer or relative. Only holders of parental responsibility can consent. */
@Entity
@Table(name = "family_member")
@NamedQueries({
    @NamedQuery(name = FamilyMember.FIND_BY_FAMILY,
            query = "SELECT m FROM FamilyMember m WHERE m.family.id = :familyId"
                    + " ORDER BY m.familyName, m.givenName, m.id")
})
public class FamilyMember extends BaseEntity {

    /** Parameter {@code familyId}. */
    public static final String FIND_BY_FAMILY = "FamilyMember.findByFamily";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

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
    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 40)
    private Relationship relationship;

    @Column(name = "holds_parental_responsibility", nullable = false)
    private boolean holdsParentalResponsibility;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Past
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    protected FamilyMember() {
    }

    /** A new member of {@code family} (also added to the family's members). */
    public FamilyMember(Family family, String givenName, String familyName, Relationship relationship,
            boolean holdsParentalResponsibility) {
        this.family = Checks.present(family, "member.family-required", "family",
                "Choose the family this person belongs to.");
        rename(givenName, familyName);
        changeRelationship(relationship);
        this.holdsParentalResponsibility = holdsParentalResponsibility;
        family.register(this);
    }

    /** "Given Family". */
    public String displayName() {
        return givenName + " " + familyName;
    }

    public final void rename(String newGivenName, String newFamilyName) {
        this.givenName = Checks.required(newGivenName, NAME_MAX, "member.given-name", "givenName",
                "the person's given name");
        this.familyName = Checks.required(newFamilyName, NAME_MAX, "member.family-name", "familyName",
                "the person's family name");
    }

    public final void changeRelationship(Relationship newRelationship) {
        this.relationship = Checks.present(newRelationship, "member.relationship-required", "relationship",
                "Choose how this person is related to the children.");
    }

    /** Records whether the person holds parental responsibility (which decides whether they can consent). */
    public void recordParentalResponsibility(boolean holds) {
        this.holdsParentalResponsibility = holds;
    }

    /** Plain contact data; blank clears a value. */
    public void updateContactDetails(String newEmail, String newPhone) {
        String mail = Checks.optional(newEmail, EMAIL_MAX, "member.email", "email", "the email address");
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw new RuleViolation("member.email-invalid", "email",
                    "'" + mail + "' is not an email address. Enter it like name@example.com, or leave it blank.");
        }
        this.email = mail == null ? null : mail.toLowerCase(Locale.ROOT);
        this.phone = Checks.optional(newPhone, PHONE_MAX, "member.phone", "phone", "the phone number");
    }

    /** Plain data; {@code null} clears it. Must be in the past. */
    public void setDateOfBirth(LocalDate newDateOfBirth) {
        if (newDateOfBirth != null && !newDateOfBirth.isBefore(LocalDate.now())) {
            throw new RuleViolation("member.date-of-birth-future", "dateOfBirth",
                    "The date of birth " + Checks.date(newDateOfBirth) + " is not in the past. Check the date.");
        }
        this.dateOfBirth = newDateOfBirth;
    }

    /** Whether this person belongs to {@code other}. */
    public boolean belongsTo(Family other) {
        return family != null && family.equals(other);
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

    public Relationship getRelationship() {
        return relationship;
    }

    public boolean isHoldsParentalResponsibility() {
        return holdsParentalResponsibility;
    }

    /** Same as {@link #isHoldsParentalResponsibility()}, reads better in rules. */
    public boolean holdsParentalResponsibility() {
        return holdsParentalResponsibility;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }
}
