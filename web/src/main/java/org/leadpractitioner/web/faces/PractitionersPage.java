package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.leadpractitioner.core.people.PractitionerInput;
import org.leadpractitioner.core.people.PractitionerService;
import org.leadpractitioner.core.people.PractitionerView;
import org.leadpractitioner.core.reference.AgencyView;
import org.leadpractitioner.core.reference.ReferenceDataService;
import org.leadpractitioner.domain.core.PractitionerRole;

/** app/admin/practitioners.xhtml (administrators): the practitioner directory, searchable, and a form to add one. */
@Named
@ViewScoped
public class PractitionersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PractitionerService practitioners;

    @Inject
    ReferenceDataService reference;

    private String filter;
    private final PagedModel<PractitionerView> list = new PagedModel<>(
            (offset, limit) -> practitioners.search(filter, null, offset, limit), PractitionerView::id);
    private List<AgencyView> agencies;

    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private PractitionerRole role;
    private String jobTitle;
    private Long agencyId;
    private PractitionerView lineManager;
    private boolean newlyQualified;
    private Integer leadCaseCapacity;

    /** f:viewAction. */
    public void load() {
        agencies = reference.activeAgencies();
    }

    /** The list's "Search" button. */
    public void search() {
        Tables.backToFirstPage("list:practitioners");
    }

    public String create() {
        PractitionerInput input = new PractitionerInput(givenName, familyName, email, phone, role, jobTitle, agencyId,
                lineManager == null ? null : lineManager.getId(), newlyQualified, leadCaseCapacity, null);
        return FormAction.call("form", () -> practitioners.create(input), "lineManager", "lineManagerId")
                .map(created -> {
                    Messages.infoAfterRedirect(created.displayName() + " is added. To let them sign in, create a user for them.");
                    return "/app/admin/practitioners.xhtml?faces-redirect=true";
                })
                .orElse(null);
    }

    public PagedModel<PractitionerView> getList() {
        return list;
    }

    public List<AgencyView> getAgencies() {
        return agencies;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
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

    public PractitionerRole getRole() {
        return role;
    }

    public void setRole(PractitionerRole role) {
        this.role = role;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public PractitionerView getLineManager() {
        return lineManager;
    }

    public void setLineManager(PractitionerView lineManager) {
        this.lineManager = lineManager;
    }

    public boolean isNewlyQualified() {
        return newlyQualified;
    }

    public void setNewlyQualified(boolean newlyQualified) {
        this.newlyQualified = newlyQualified;
    }

    public Integer getLeadCaseCapacity() {
        return leadCaseCapacity;
    }

    public void setLeadCaseCapacity(Integer leadCaseCapacity) {
        this.leadCaseCapacity = leadCaseCapacity;
    }
}
