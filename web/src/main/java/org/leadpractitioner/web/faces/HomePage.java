package org.leadpractitioner.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadpractitioner.assignment.AppointmentService;
import org.leadpractitioner.assignment.AppointmentViews.AppointmentSummary;
import org.leadpractitioner.assignment.AppointmentViews.LedCase;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseSummary;

/** app/home.xhtml, "My cases": the caller's cases (a supervisor's include their supervisees'), newest first. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    @Inject
    AppointmentService appointments;

    private PagedModel<AppointmentSummary> waiting;
    private PagedModel<LedCase> led;

    private boolean includeClosed;
    private PagedModel<CaseSummary> myCases;

    /** f:viewAction: administrators without casework see no case list (and the boundary would refuse them). */
    public void load() {
        if (isCaseworker()) {
            myCases = new PagedModel<>((offset, limit) -> cases.myCases(includeClosed, offset, limit), CaseSummary::id);
            waiting = new PagedModel<>(appointments::waitingForMe, AppointmentSummary::id);
            led = new PagedModel<>(appointments::casesILead, LedCase::caseId);
        }
    }

    /** "Update the list": shows the first page again, with or without closed cases. */
    public void refresh() {
        Tables.backToFirstPage("cases-form:cases");
    }

    public boolean isCaseworker() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("PRACTITIONER") || external.isUserInRole("SUPERVISOR")
                || external.isUserInRole("COORDINATOR");
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    /** Lead practitioner proposals waiting for the caller to accept or (as line manager) to agree. */
    public PagedModel<AppointmentSummary> getWaiting() {
        return waiting;
    }

    /** Open cases the caller leads. */
    public PagedModel<LedCase> getLed() {
        return led;
    }

    public PagedModel<CaseSummary> getMyCases() {
        return myCases;
    }
}
