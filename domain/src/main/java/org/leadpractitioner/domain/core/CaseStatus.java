package org.leadpractitioner.domain.core;

/** The state of an early help case. Only OPEN cases count as a child's active plan. */
public enum CaseStatus {
    OPEN("Open"),
    STEPPED_UP("Stepped up to children's social care"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
