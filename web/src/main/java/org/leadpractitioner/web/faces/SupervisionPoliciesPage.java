package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.leadpractitioner.core.reference.AgencyView;
import org.leadpractitioner.core.reference.ReferenceDataService;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.training.FrequencyUnit;
import org.leadpractitioner.training.CatalogueService;
import org.leadpractitioner.training.TrainingInputs.PolicyInput;
import org.leadpractitioner.training.TrainingViews.PolicyView;
import org.primefaces.PrimeFaces;

/**
 * app/admin/supervision-policies.xhtml (the early help coordinator and administrators): how often practitioners must be
 * supervised, and for how long, per agency, role and newly qualified or not. One form adds a policy or changes how often
 * and how long for the one chosen in the list (whom a policy covers is fixed); deleting asks for confirmation first.
 * The service enforces the rules (one policy per group, frequencies and durations in range).
 */
@Named
@ViewScoped
public class SupervisionPoliciesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/app/admin/supervision-policies.xhtml?faces-redirect=true";
    /** The add/change form, whose inputs are named as the rules' fields. */
    private static final String FORM = "form";

    @Inject
    CatalogueService catalogue;

    @Inject
    ReferenceDataService reference;

    private List<PolicyView> policies;
    private List<AgencyView> agencies;
    /** The policy being changed, or null when the form adds one. */
    private PolicyView editing;
    /** The policy whose deletion awaits confirmation, or null. */
    private PolicyView deleting;

    private Long agencyId;
    private PractitionerRole role;
    private boolean newlyQualified;
    private Integer frequencyAmount;
    private FrequencyUnit frequencyUnit;
    private Integer expectedDurationMinutes;

    /** f:viewAction. */
    public void load() {
        policies = catalogue.policies();
        agencies = reference.activeAgencies();
    }

    /** A row's "Change": loads how often and how long into the form. */
    public void startChanging(PolicyView policy) {
        deleting = null;
        editing = catalogue.policy(policy.id()); // its latest version
        agencyId = editing.agencyId();
        role = editing.role() == null ? null : PractitionerRole.valueOf(editing.role());
        newlyQualified = editing.newlyQualified();
        frequencyAmount = editing.frequencyAmount();
        frequencyUnit = FrequencyUnit.valueOf(editing.frequencyUnit());
        expectedDurationMinutes = editing.expectedDurationMinutes();
        PrimeFaces.current().resetInputs(FORM); // values typed earlier and refused are not shown for this policy
    }

    /** A row's "Delete": asks for confirmation first. */
    public void startDeleting(PolicyView policy) {
        deleting = policy;
    }

    /** "No, keep the policy". */
    public void keep() {
        deleting = null;
    }

    /** "Yes, delete the policy for …". */
    public String delete() {
        PolicyView policy = deleting;
        return FormAction.change("list", () -> {
                    catalogue.deletePolicy(policy.id(), policy.version());
                    return Boolean.TRUE;
                }, this::reread)
                .map(done -> {
                    Messages.infoAfterRedirect("The policy for " + policy.scope() + " is deleted. The next most specific"
                            + " policy, or the built-in default, now applies to them.");
                    return PAGE;
                })
                .orElse(null);
    }

    /** "Add the policy". */
    public String create() {
        PolicyInput input = new PolicyInput(agencyId, role, newlyQualified, frequencyAmount, frequencyUnit,
                expectedDurationMinutes);
        return FormAction.call(FORM, () -> catalogue.createPolicy(input))
                .map(created -> {
                    Messages.infoAfterRedirect("The policy for " + created.scope() + " is added: supervision "
                            + created.frequencyLabel() + ", about " + created.expectedDurationMinutes() + " minutes.");
                    return PAGE;
                })
                .orElse(null);
    }

    /** "Save the changes": how often and how long; whom the policy covers stays as it is. */
    public String save() {
        long id = editing.id();
        PolicyInput input = new PolicyInput(editing.agencyId(),
                editing.role() == null ? null : PractitionerRole.valueOf(editing.role()), editing.newlyQualified(),
                frequencyAmount, frequencyUnit, expectedDurationMinutes);
        return FormAction.change(FORM, () -> catalogue.changePolicy(id, editing.version(), input), this::reread)
                .map(saved -> {
                    Messages.infoAfterRedirect("The policy for " + saved.scope() + " is saved: supervision "
                            + saved.frequencyLabel() + ", about " + saved.expectedDurationMinutes() + " minutes.");
                    return PAGE;
                })
                .orElse(null);
    }

    /** "Cancel": back to the list and an empty form. */
    public String cancel() {
        return PAGE;
    }

    /** After a concurrent change: the list and the policy as they are now; the form keeps what was typed. */
    private void reread() {
        policies = catalogue.policies();
        if (editing != null) {
            long id = editing.id();
            editing = policies.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        }
        if (deleting != null) {
            long id = deleting.id();
            deleting = policies.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        }
    }

    // ---- what the page shows

    /** A phrase as the start of a table cell or sentence: "Everyone (the authority's default)", "Monthly". */
    public String capital(String phrase) {
        return phrase == null || phrase.isEmpty() ? phrase
                : phrase.substring(0, 1).toUpperCase(Locale.UK) + phrase.substring(1);
    }

    /** "90 minutes". */
    public String minutes(int minutes) {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public PractitionerRole[] getRoles() {
        return PractitionerRole.values();
    }

    public FrequencyUnit[] getUnits() {
        return FrequencyUnit.values();
    }

    /** "weeks", "months". */
    public String unitLabel(FrequencyUnit unit) {
        return unit.singular() + "s";
    }

    public List<PolicyView> getPolicies() {
        return policies;
    }

    public List<AgencyView> getAgencies() {
        return agencies;
    }

    public PolicyView getEditing() {
        return editing;
    }

    public PolicyView getDeleting() {
        return deleting;
    }

    // ---- properties

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public PractitionerRole getRole() {
        return role;
    }

    public void setRole(PractitionerRole role) {
        this.role = role;
    }

    public boolean isNewlyQualified() {
        return newlyQualified;
    }

    public void setNewlyQualified(boolean newlyQualified) {
        this.newlyQualified = newlyQualified;
    }

    public Integer getFrequencyAmount() {
        return frequencyAmount;
    }

    public void setFrequencyAmount(Integer frequencyAmount) {
        this.frequencyAmount = frequencyAmount;
    }

    public FrequencyUnit getFrequencyUnit() {
        return frequencyUnit;
    }

    public void setFrequencyUnit(FrequencyUnit frequencyUnit) {
        this.frequencyUnit = frequencyUnit;
    }

    public Integer getExpectedDurationMinutes() {
        return expectedDurationMinutes;
    }

    public void setExpectedDurationMinutes(Integer expectedDurationMinutes) {
        this.expectedDurationMinutes = expectedDurationMinutes;
    }
}
