package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;
import org.leadpractitioner.core.families.FamilyViews.MemberView;

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
    private MemberView changingMember;
    private MemberForm memberChanges;
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

    /** The member row's "Change" button. */
    public void startChangingMember(MemberView m) {
        changingMember = m;
        memberChanges = MemberForm.of(m);
    }

    public void cancelChangingMember() {
        changingMember = null;
    }

    public String saveMember() {
        return FormAction.change("memberChanges", () -> families.updateMember(id, changingMember.id(), changingMember.version(),
                memberChanges.toInput()), () -> {
                    family = families.family(id);
                    family.members().stream().filter(m -> m.id() == changingMember.id()).findFirst()
                            .ifPresent(now -> changingMember = now);
                }).map(saved -> done(saved.displayName() + "'s details are saved.")).orElse(null);
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

    public MemberView getChangingMember() {
        return changingMember;
    }

    public MemberForm getMemberChanges() {
        return memberChanges;
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
}
