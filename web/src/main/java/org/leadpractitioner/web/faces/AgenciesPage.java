package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadpractitioner.core.reference.AgencyInput;
import org.leadpractitioner.core.reference.AgencyView;
import org.leadpractitioner.core.reference.ReferenceDataService;
import org.leadpractitioner.domain.core.AgencyType;

/** app/admin/agencies.xhtml (administrators): the agencies, a form to add one, and (de)activation. */
@Named
@ViewScoped
public class AgenciesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/app/admin/agencies.xhtml?faces-redirect=true";

    @Inject
    ReferenceDataService reference;

    private final PagedModel<AgencyView> agencies = new PagedModel<>((offset, limit) -> reference.agencies(offset, limit),
            AgencyView::id);

    private String name;
    private AgencyType type;

    public String create() {
        return FormAction.call("form", () -> reference.createAgency(new AgencyInput(name, type)))
                .map(created -> {
                    Messages.infoAfterRedirect(created.name() + " is added.");
                    return PAGE;
                })
                .orElse(null);
    }

    /** A row's "Deactivate" / "Reactivate": a deactivated agency is no longer offered in choosers. */
    public String toggleActive(AgencyView agency) {
        boolean active = !agency.active();
        return FormAction.call("list", () -> reference.updateAgency(agency.id(), agency.version(),
                        new AgencyInput(agency.name(), agency.type()), active))
                .map(changed -> {
                    Messages.infoAfterRedirect(changed.name() + (active ? " is active again." : " is deactivated."));
                    return PAGE;
                })
                .orElse(null);
    }

    public PagedModel<AgencyView> getAgencies() {
        return agencies;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }
}
