package org.leadpractitioner.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.cases.CaseInputs;
import org.leadpractitioner.core.cases.CaseService;
import org.leadpractitioner.core.families.FamilyService;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;
import org.leadpractitioner.core.reference.AgencyView;
import org.leadpractitioner.core.reference.NeedLevelView;
import org.leadpractitioner.core.reference.ReferenceDataService;
import org.leadpractitioner.domain.core.CaseOrigin;

/**
 * app/case-open.xhtml?family=: opens an early help case for some of a family's children, with the family's
 * consent. The rules (consent from whom, age, one open case per child, level of need) are the boundary's;
 * a refusal is shown next to the field it concerns.
 */
@Named
@ViewScoped
public class CaseOpenPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Domain rule fields and the inputs of this form they concern. */
    private static final String[] FIELDS = {
        "children", "childIds",
        "needLevel", "needLevelCode",
        "consentGivenByMemberId", "consentGivenBy",
        "consent", "consentGivenBy",
        "consentDecision", "consentGivenBy",
        "consentDecidedOn", "consentDate",
        "scopeNote", "consentScopeNote",
    };

    @Inject
    FamilyService families;

    @Inject
    CaseService cases;

    @Inject
    ReferenceDataService reference;

    private Long familyId;
    private FamilyView family;
    private List<NeedLevelView> needLevels;
    private List<AgencyView> agencies;

    private Long[] childIds = new Long[0];
    private String needLevelCode;
    private CaseOrigin origin = CaseOrigin.EARLY_HELP_ASSESSMENT;
    private Long consentGivenBy;
    private LocalDate consentDate;
    private Long[] sharingAgencyIds = new Long[0];
    private String consentScopeNote;
    private String presentingNeeds;

    /** f:viewAction. */
    public void load() {
        if (familyId == null) {
            throw new RecordNotFound("Family", "(no id)");
        }
        family = families.family(familyId);
        needLevels = reference.needLevels().stream().filter(NeedLevelView::leadPractitionerApplies).toList();
        agencies = reference.activeAgencies();
    }

    public String open() {
        CaseInputs.OpenCase input = new CaseInputs.OpenCase(familyId, set(childIds), needLevelCode, origin, consentGivenBy,
                consentDate, set(sharingAgencyIds), consentScopeNote, presentingNeeds);
        return FormAction.call("form", () -> cases.open(input), FIELDS)
                .map(opened -> {
                    Messages.infoAfterRedirect("Case " + opened.reference() + " is open. You are its initiator until a"
                            + " lead practitioner is agreed at the first Team Around the Family meeting.");
                    return "/app/case.xhtml?faces-redirect=true&id=" + opened.id();
                })
                .orElse(null);
    }

    private static Set<Long> set(Long[] ids) {
        return ids == null ? Set.of() : Arrays.stream(ids).collect(Collectors.toSet());
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public FamilyView getFamily() {
        return family;
    }

    public List<NeedLevelView> getNeedLevels() {
        return needLevels;
    }

    public List<AgencyView> getAgencies() {
        return agencies;
    }

    public Long[] getChildIds() {
        return childIds;
    }

    public void setChildIds(Long[] childIds) {
        this.childIds = childIds;
    }

    public String getNeedLevelCode() {
        return needLevelCode;
    }

    public void setNeedLevelCode(String needLevelCode) {
        this.needLevelCode = needLevelCode;
    }

    public CaseOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(CaseOrigin origin) {
        this.origin = origin;
    }

    public Long getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(Long consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Long[] getSharingAgencyIds() {
        return sharingAgencyIds;
    }

    public void setSharingAgencyIds(Long[] sharingAgencyIds) {
        this.sharingAgencyIds = sharingAgencyIds;
    }

    public String getConsentScopeNote() {
        return consentScopeNote;
    }

    public void setConsentScopeNote(String consentScopeNote) {
        this.consentScopeNote = consentScopeNote;
    }

    public String getPresentingNeeds() {
        return presentingNeeds;
    }

    public void setPresentingNeeds(String presentingNeeds) {
        this.presentingNeeds = presentingNeeds;
    }
}
