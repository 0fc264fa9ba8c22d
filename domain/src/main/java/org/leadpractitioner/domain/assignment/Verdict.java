package org.leadpractitioner.domain.assignment;

/** What a rule says about a proposed lead for one child. */
public enum Verdict {
    /** The proposal keeps the rule. */
    MET("Meets the rule"),
    /** A "usually" or "may" rule is not followed: allowed with a written justification. */
    WARNING("Needs a written justification"),
    /** A "must" rule is broken: the appointment is refused. */
    REFUSED("Not allowed");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
