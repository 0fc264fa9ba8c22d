package org.leadpractitioner.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.leadpractitioner.core.families.FamilyViews.MemberView;
import org.leadpractitioner.core.families.MemberInput;
import org.leadpractitioner.domain.core.Relationship;

/** An adult family member's details: the "Add a family member" form, and "Change" on the family page. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form filled in with {@code m}'s current details (to change them). */
    static MemberForm of(MemberView m) {
        MemberForm form = new MemberForm();
        form.givenName = m.givenName();
        form.familyName = m.familyName();
        form.relationship = m.relationship();
        form.holdsParentalResponsibility = m.holdsParentalResponsibility();
        form.email = m.email();
        form.phone = m.phone();
        form.dateOfBirth = m.dateOfBirth();
        return form;
    }

    private String givenName;
    private String familyName;
    private Relationship relationship;
    private boolean holdsParentalResponsibility;
    private String email;
    private String phone;
    private LocalDate dateOfBirth;

    MemberInput toInput() {
        return new MemberInput(givenName, familyName, relationship, holdsParentalResponsibility, email, phone, dateOfBirth);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public boolean isHoldsParentalResponsibility() {
        return holdsParentalResponsibility;
    }

    public void setHoldsParentalResponsibility(boolean holdsParentalResponsibility) {
        this.holdsParentalResponsibility = holdsParentalResponsibility;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}
