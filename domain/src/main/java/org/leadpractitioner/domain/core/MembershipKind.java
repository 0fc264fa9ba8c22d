package org.leadpractitioner.domain.core;

/** How a practitioner takes part in an early help case. */
public enum MembershipKind {
    INITIATOR("Initiator"),
    INVOLVED("Involved practitioner"),
    LEAD("Lead practitioner"),
    CONTINGENCY_LEAD("Contingency lead practitioner"),
    TAF_INVITEE("TAF invitee"),
    ACTION_OWNER("Action owner");

    private final String label;

    MembershipKind(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
