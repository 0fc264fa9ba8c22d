package org.leadpractitioner.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseSummary;

/** app/home.xhtml, "My cases": the caller's cases (a supervisor's include their supervisees'), newest first. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseService cases;

    private boolean includeClosed;
    private PagedModel<CaseSummary> myCases;

    /** f:viewAction: administrators without casework see no case list (and the boundary would refuse them). */
    public void load() {
        if (isCaseworker()) {
            myCases = new PagedModel<>((offset, limit) -> cases.myCases(includeClosed, offset, limit), CaseSummary::id);
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

    public PagedModel<CaseSummary> getMyCases() {
        return myCases;
    }
}
