package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.families.CircumstanceInput;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.ChildView;
import org.leadpractitioner.core.families.FamilyViews.CircumstanceView;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.domain.core.CircumstanceType;

/**
 * app/child.xhtml?id=: a child's details, who they live with, their statutory circumstances (add one, end
 * one) and their cases. The circumstances decide who must lead (DOMAIN.md), so they are kept here.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyService families;

    private Long id;
    private ChildView child;

    private ChildForm details;
    private long detailsVersion;

    private CircumstanceType type;
    private LocalDate startDate;
    private LocalDate endDate;
    private PractitionerView responsible;
    private String note;

    private CircumstanceView ending;
    private LocalDate endingOn;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            throw new RecordNotFound("Child", "(no id)");
        }
        child = families.child(id);
    }

    /** "Change the child's details": the form, filled in with what is recorded. */
    public void startEditing() {
        details = ChildForm.of(child);
        detailsVersion = child.version();
    }

    public void cancelEditing() {
        details = null;
    }

    public String saveDetails() {
        // on a conflict, show what is there now; the typed details stay in the form, so saving again overwrites knowingly
        return FormAction.change("details", () -> families.updateChild(id, detailsVersion, details.toInput()), () -> {
            child = families.child(id);
            detailsVersion = child.version();
        }, "livesWith", "livesWithMemberIds").map(saved -> done(saved.displayName() + "'s details are saved.")).orElse(null);
    }

    public boolean isEditing() {
        return details != null;
    }

    public ChildForm getDetails() {
        return details;
    }

    public String addCircumstance() {
        CircumstanceInput input = new CircumstanceInput(type, startDate, endDate, responsible == null ? null : responsible.getId(),
                note);
        return FormAction.call("circumstance", () -> families.addCircumstance(id, input))
                .map(added -> done("The " + added.typeLabel().toLowerCase(java.util.Locale.UK) + " is recorded."))
                .orElse(null);
    }

    /** The row's "End" button: asks for the end date. */
    public void startEnding(CircumstanceView circumstance) {
        ending = circumstance;
        endingOn = LocalDate.now();
    }

    public void cancelEnding() {
        ending = null;
    }

    public String endCircumstance() {
        return FormAction.call("end", () -> families.endCircumstance(id, ending.id(), ending.version(), endingOn),
                        "endDate", "endingOn")
                .map(ended -> done("The " + ended.typeLabel().toLowerCase(java.util.Locale.UK) + " is recorded as ended."))
                .orElse(null);
    }

    private String done(String message) {
        Messages.infoAfterRedirect(message);
        return "/app/child.xhtml?faces-redirect=true&id=" + id;
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

    public ChildView getChild() {
        return child;
    }

    public CircumstanceType getType() {
        return type;
    }

    public void setType(CircumstanceType type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public PractitionerView getResponsible() {
        return responsible;
    }

    public void setResponsible(PractitionerView responsible) {
        this.responsible = responsible;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CircumstanceView getEnding() {
        return ending;
    }

    public LocalDate getEndingOn() {
        return endingOn;
    }

    public void setEndingOn(LocalDate endingOn) {
        this.endingOn = endingOn;
    }
}
