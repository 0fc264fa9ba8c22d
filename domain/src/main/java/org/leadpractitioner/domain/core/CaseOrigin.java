package org.leadpractitioner.domain.core;

/** How an early help case came about. */
public enum CaseOrigin {
    EARLY_HELP_ASSESSMENT("Early help assessment"),
    STEP_DOWN_FROM_SOCIAL_CARE("Step down from children's social care");

    private final String label;

    CaseOrigin(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
