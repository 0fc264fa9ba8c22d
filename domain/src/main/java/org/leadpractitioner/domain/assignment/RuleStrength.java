package org.leadpractitioner.domain.assignment;

/** How strongly the guidance puts a rule: a "must" refuses; "usually" and "may" warn and ask for a written reason. */
public enum RuleStrength {
    MUST("must"),
    USUALLY("usually"),
    MAY("may");

    private final String word;

    RuleStrength(String word) {
        this.word = word;
    }

    /** The word the guidance uses. */
    public String word() {
        return word;
    }
}
