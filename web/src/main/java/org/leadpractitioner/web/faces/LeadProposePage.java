package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.leadpractitioner.assignment.AppointmentInputs;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews;
import org.leadpractitioner.assignment.AppointmentViews.CheckResult;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.people.PractitionerService;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseView;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.domain.assignment.Designation;

/**
 * app/lead-propose.xhtml?case=: propose a lead practitioner for children of a case. "Check the rules" shows what
 * each statutory rule says about the choice before anything is saved, so the explanation is in front of the
 * person deciding; a justification is asked for when a "usually"/"may" rule is not followed.
 */
@Named
@ViewScoped
public class LeadProposePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] ALIASES = {"practitioner", "practitionerId", "children", "childIds", "contingency",
        "contingencyId"};

    @Inject
    CaseService cases;

    @Inject
    AppointmentService appointments;

    @Inject
    PractitionerService practitioners;

    private Long caseId;
    private CaseView view;
    private Long[] childIds = new Long[0];
    private PractitionerView practitioner;
    private PractitionerView contingency;
    private Designation designation = Designation.FAMILY_HELP_LEAD_PRACTITIONER;
    private LocalDate effectiveFrom = LocalDate.now();
    private boolean atTaf;
    private LocalDate tafDate;
    private String justification;
    private String severalLeadsReason;
    private CheckResult check;
    private AppointmentViews.Candidates candidates;

    /** f:viewAction. */
    public void load() {
        if (caseId == null) {
            throw new RecordNotFound("Case", "(no id)");
        }
        view = cases.get(caseId);
        if (view.children().size() == 1) {
            childIds = new Long[] {view.children().get(0).id()};
        }
        candidates = appointments.candidates(caseId, Set.of(), null);
        designation = candidates.designation();
    }

    /** "Propose <name>" on a ranked candidate: fills in the form with them and checks the rules at once. */
    public void choose(long practitionerId) {
        practitioner = practitioners.get(practitionerId);
        if (childIds.length == 0) {
            childIds = candidates.children().stream().map(AppointmentViews.ChildRef::id).toArray(Long[]::new);
        }
        checkRules();
    }

    public AppointmentViews.Candidates getCandidates() {
        return candidates;
    }

    /** The dry run: the rules' findings for the current choice, nothing saved. */
    public void checkRules() {
        check = FormAction.call("propose", () -> appointments.check(caseId, new AppointmentInputs.Check(
                practitioner == null ? null : practitioner.getId(), children(), designation)), ALIASES).orElse(null);
    }

    public String propose() {
        return FormAction.call("propose", () -> appointments.propose(caseId, new AppointmentInputs.Propose(
                        practitioner == null ? null : practitioner.getId(), children(), designation,
                        contingency == null ? null : contingency.getId(), effectiveFrom, atTaf, atTaf ? tafDate : null,
                        justification, severalLeadsReason)), ALIASES)
                .map(a -> {
                    Messages.infoAfterRedirect(a.lead().name() + " is proposed as lead practitioner. " + a.nextStep());
                    return "/app/appointment.xhtml?faces-redirect=true&id=" + a.id();
                }).orElseGet(() -> {
                    checkRules(); // show why, next to the form
                    return null;
                });
    }

    private Set<Long> children() {
        return new LinkedHashSet<>(Arrays.asList(childIds));
    }

    public Designation[] getDesignations() {
        return Designation.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public CaseView getView() {
        return view;
    }

    public Long[] getChildIds() {
        return childIds;
    }

    public void setChildIds(Long[] childIds) {
        this.childIds = childIds == null ? new Long[0] : childIds;
    }

    public PractitionerView getPractitioner() {
        return practitioner;
    }

    public void setPractitioner(PractitionerView practitioner) {
        this.practitioner = practitioner;
    }

    public PractitionerView getContingency() {
        return contingency;
    }

    public void setContingency(PractitionerView contingency) {
        this.contingency = contingency;
    }

    public Designation getDesignation() {
        return designation;
    }

    public void setDesignation(Designation designation) {
        this.designation = designation;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isAtTaf() {
        return atTaf;
    }

    public void setAtTaf(boolean atTaf) {
        this.atTaf = atTaf;
    }

    public LocalDate getTafDate() {
        return tafDate;
    }

    public void setTafDate(LocalDate tafDate) {
        this.tafDate = tafDate;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getSeveralLeadsReason() {
        return severalLeadsReason;
    }

    public void setSeveralLeadsReason(String severalLeadsReason) {
        this.severalLeadsReason = severalLeadsReason;
    }

    public CheckResult getCheck() {
        return check;
    }
}
