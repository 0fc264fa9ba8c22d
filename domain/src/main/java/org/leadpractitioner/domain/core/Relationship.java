package org.leadpractitioner.domain.core;

/** How a family member relates to the children of the family. */
public enum Relationship {
    MOTHER("Mother"),
    FATHER("Father"),
    STEP_PARENT("Step-parent"),
    GRANDPARENT("Grandparent"),
    KINSHIP_CARER("Kinship carer"),
    FOSTER_CARER("Foster carer"),
    GUARDIAN("Guardian"),
    ADULT_SIBLING("Adult sibling"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
