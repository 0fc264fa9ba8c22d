package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.leadpractitioner.core.families.FamilyService;

/** app/family-new.xhtml: registers a family, then shows its page. */
@Named
@ViewScoped
public class FamilyNewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FamilyService families;

    private final FamilyForm family = new FamilyForm();

    public String register() {
        return FormAction.call("form", () -> families.register(family.toInput()))
                .map(registered -> {
                    Messages.infoAfterRedirect(registered.familyName() + " is registered. Add its members and children next.");
                    return "/app/family.xhtml?faces-redirect=true&id=" + registered.id();
                })
                .orElse(null);
    }

    public FamilyForm getFamily() {
        return family;
    }
}
