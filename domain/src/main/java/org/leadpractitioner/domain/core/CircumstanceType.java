package org.leadpractitioner.domain.core;

/** A statutory circumstance of a child, in which a named practitioner usually holds the lead. */
public enum CircumstanceType {
    CHILD_PROTECTION_PLAN("Child protection plan"),
    LOOKED_AFTER("Looked after"),
    ADOPTION_PLAN("Adoption plan"),
    CHILD_IN_NEED_ASSESSMENT("Child in need assessment"),
    CHILD_IN_NEED("Child in need"),
    CARE_LEAVER_ELIGIBLE("Care leaver (eligible)"),
    CARE_LEAVER_RELEVANT("Care leaver (relevant)"),
    MENTAL_HEALTH_CPA("Mental health care programme approach"),
    COMPLEX_NEEDS_KEY_WORKER("Complex needs key worker"),
    YOUTH_JUSTICE_ORDER("Youth justice order"),
    OPEN_TO_SOCIAL_CARE("Open to children's social care");

    private final String label;

    CircumstanceType(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
