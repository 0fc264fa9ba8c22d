package org.leadpractitioner.domain.core;

/** A child's special educational needs status; any status other than NONE extends early help eligibility to 25. */
public enum SenStatus {
    NONE("No special educational needs"),
    SEN_SUPPORT("SEN support"),
    EHCP("Education, health and care plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
