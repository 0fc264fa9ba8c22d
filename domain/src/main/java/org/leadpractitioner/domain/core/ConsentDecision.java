package org.leadpractitioner.domain.core;

/** What the family decided about early help and information sharing. */
public enum ConsentDecision {
    GIVEN("Consent given"),
    DECLINED("Consent declined"),
    WITHDRAWN("Consent withdrawn");

    private final String label;

    ConsentDecision(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
