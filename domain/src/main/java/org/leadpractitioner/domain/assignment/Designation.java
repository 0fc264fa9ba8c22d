package org.leadpractitioner.domain.assignment;

/**
 * The two lead roles named by the Families First Partnership reforms (2025). They are designations of an
 * appointment, not job titles.
 */
public enum Designation {
    /** Family help, non-statutory and Child in Need; may come from any agency. */
    FAMILY_HELP_LEAD_PRACTITIONER("Family Help Lead Practitioner"),
    /** A qualified, experienced social worker who leads when there is reasonable cause to suspect significant harm. */
    LEAD_CHILD_PROTECTION_PRACTITIONER("Lead Child Protection Practitioner");

    private final String label;

    Designation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
