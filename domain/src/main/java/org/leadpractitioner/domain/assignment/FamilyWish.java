package org.leadpractitioner.domain.assignment;

/** Whom the child and family asked to be their lead practitioner. */
public enum FamilyWish {
    NO_PREFERENCE("No preference"),
    /** A practitioner on the system (recorded by id). */
    ASKED_FOR_PRACTITIONER("Asked for a practitioner"),
    /** Someone not on the system (recorded by name). */
    ASKED_FOR_SOMEONE_ELSE("Asked for someone else");

    private final String label;

    FamilyWish(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
