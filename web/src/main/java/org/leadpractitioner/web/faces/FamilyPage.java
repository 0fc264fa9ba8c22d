package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.families.ChildInput;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;
import org.leadpractitioner.core.families.MemberInput;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * app/family.xhtml?id=: a family's details (editable), its members and children (each with a form to add
 * one), its cases, and the two ways forward: open a case, or record that the family declined early help.
 * Every successful change redirects back to the page (post-redirect-get), which re-reads the family.
 */
@Named
@ViewScoped
public class FamilyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyService families;

    @Inject
    CaseService cases;

    private Long id;
    private FamilyView family;

    private boolean editing;
    private FamilyForm details;
    private long detailsVersion;

    private final MemberForm member = new MemberForm();
    private final ChildForm child = new ChildForm();

    private boolean declining;
    private Long declinedBy;
    private LocalDate declinedOn;
    private String declineNote;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Family", "(no id)");
        }
        family = families.family(id);
    }

    public void startEditing() {
        details = FamilyForm.of(family);
        detailsVersion = family.version();
        editing = true;
    }

    public void cancelEditing() {
        editing = false;
    }

    public String saveDetails() {
        // on a conflict, show their version; saving again (the typed details stay in the form) then overwrites it knowingly
        return FormAction.change("details", () -> families.update(id, detailsVersion, details.toInput()), () -> {
            family = families.family(id);
            detailsVersion = family.version();
        }).map(saved -> done("The family's details are saved.")).orElse(null);
    }

    public String addMember() {
        return FormAction.call("member", () -> families.addMember(id, member.toInput()))
                .map(added -> done(added.displayName() + " is added to the family."))
                .orElse(null);
    }

    public String addChild() {
        return FormAction.call("child", () -> families.addChild(id, child.toInput()), "livesWith", "livesWithMemberIds")
                .map(added -> done(added.displayName() + " is added to the family."))
                .orElse(null);
    }

    public void startDeclining() {
        declining = true;
    }

    public void cancelDeclining() {
        declining = false;
    }

    public String recordDeclined() {
        return FormAction.run("declined", () -> cases.recordDeclined(id,
                        new CaseInputs.DeclineConsent(declinedBy, declinedOn, declineNote)),
                "consentGivenBy", "memberId", "consentDecidedOn", "decidedOn", "scopeNote", "note")
                ? done("The family's decision not to take up early help is recorded.")
                : null;
    }

    private String done(String message) {
        Messages.infoAfterRedirect(message);
        return "/app/family.xhtml?faces-redirect=true&id=" + id;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FamilyView getFamily() {
        return family;
    }

    public boolean isEditing() {
        return editing;
    }

    public FamilyForm getDetails() {
        return details;
    }

    public MemberForm getMember() {
        return member;
    }

    public ChildForm getChild() {
        return child;
    }

    public boolean isDeclining() {
        return declining;
    }

    public Long getDeclinedBy() {
        return declinedBy;
    }

    public void setDeclinedBy(Long declinedBy) {
        this.declinedBy = declinedBy;
    }

    public LocalDate getDeclinedOn() {
        return declinedOn;
    }

    public void setDeclinedOn(LocalDate declinedOn) {
        this.declinedOn = declinedOn;
    }

    public String getDeclineNote() {
        return declineNote;
    }

    public void setDeclineNote(String declineNote) {
        this.declineNote = declineNote;
    }

    /** The "Add a family member" form. */
    public static class MemberForm implements Serializable {

        private static final long serialVersionUID = 1L;

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

    /** The "Add a child" form. */
    public static class ChildForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String givenName;
        private String familyName;
        private LocalDate dateOfBirth;
        private SenStatus senStatus = SenStatus.NONE;
        private Long[] livesWithMemberIds = new Long[0];

        ChildInput toInput() {
            Set<Long> livesWith = livesWithMemberIds == null ? Set.of()
                    : Arrays.stream(livesWithMemberIds).collect(Collectors.toSet());
            return new ChildInput(givenName, familyName, dateOfBirth, senStatus, livesWith);
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

        public LocalDate getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        public SenStatus getSenStatus() {
            return senStatus;
        }

        public void setSenStatus(SenStatus senStatus) {
            this.senStatus = senStatus;
        }

        public Long[] getLivesWithMemberIds() {
            return livesWithMemberIds;
        }

        public void setLivesWithMemberIds(Long[] livesWithMemberIds) {
            this.livesWithMemberIds = livesWithMemberIds;
        }
    }
}
