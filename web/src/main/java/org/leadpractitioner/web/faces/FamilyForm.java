package org.leadpractitioner.web.faces;

import java.io.Serializable;
import org.leadpractitioner.core.families.FamilyInput;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;

/** The editable fields of a family's registration (register and change details share them). */
public class FamilyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String familyName;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String localReference;
    private boolean parentsSeparated;

    static FamilyForm of(FamilyView family) {
        FamilyForm form = new FamilyForm();
        form.familyName = family.familyName();
        form.addressLine1 = family.addressLine1();
        form.addressLine2 = family.addressLine2();
        form.town = family.town();
        form.postcode = family.postcode();
        form.localReference = family.localReference();
        form.parentsSeparated = family.parentsSeparated();
        return form;
    }

    FamilyInput toInput() {
        return new FamilyInput(familyName, addressLine1, addressLine2, town, postcode, localReference, parentsSeparated);
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLocalReference() {
        return localReference;
    }

    public void setLocalReference(String localReference) {
        this.localReference = localReference;
    }

    public boolean isParentsSeparated() {
        return parentsSeparated;
    }

    public void setParentsSeparated(boolean parentsSeparated) {
        this.parentsSeparated = parentsSeparated;
    }
}
