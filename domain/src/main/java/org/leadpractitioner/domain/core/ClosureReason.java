package org.leadpractitioner.domain.core;

/** Why an early help case ended. */
public enum ClosureReason {
    SUSTAINABILITY_PLAN_AGREED("Sustainability plan agreed"),
    MOVED_OUT_OF_AREA("Moved out of area"),
    CONSENT_WITHDRAWN("Consent withdrawn"),
    STEPPED_UP_TO_SOCIAL_CARE("Stepped up to children's social care"),
    NEEDS_MET_BY_SINGLE_AGENCY("Needs met by a single agency"),
    OTHER("Other");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
