package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.cases.CaseViews.CaseSummary;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.FamilySummary;

/**
 * app/search.xhtml, "Find a family or case": one search box (a GET form, so a search can be bookmarked),
 * and a page of families and a page of cases the caller may see.
 */
@Named
@ViewScoped
public class SearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyService families;

    @Inject
    CaseService cases;

    private String q;
    private PagedModel<FamilySummary> familyResults;
    private PagedModel<CaseSummary> caseResults;

    /** f:viewAction: searches when there is something to search for. */
    public void load() {
        if (isSearched()) {
            String text = q.trim();
            familyResults = new PagedModel<>((offset, limit) -> families.search(text, offset, limit), FamilySummary::id);
            caseResults = new PagedModel<>((offset, limit) -> cases.search(text, null, offset, limit), CaseSummary::id);
        }
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public PagedModel<FamilySummary> getFamilyResults() {
        return familyResults;
    }

    public PagedModel<CaseSummary> getCaseResults() {
        return caseResults;
    }
}
