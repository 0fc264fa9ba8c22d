package org.leadpractitioner.domain.training;

/**
 * The six areas of the common core of skills and knowledge for the children's workforce, to which courses are
 * mapped (Leeds lead professional guidance, "Core competencies include").
 */
public enum CommonCoreArea {
    COMMUNICATION_AND_ENGAGEMENT("Effective communication and engagement"),
    CHILD_DEVELOPMENT("Child and young person development"),
    SAFEGUARDING_AND_WELFARE("Safeguarding and promoting the welfare of the child"),
    SUPPORTING_TRANSITIONS("Supporting transitions"),
    MULTI_AGENCY_WORKING("Multi-agency working"),
    SHARING_INFORMATION("Sharing information");

    private final String label;

    CommonCoreArea(String label) {
        this.label = label;
    }

    /** A human label for screens and reports. */
    public String label() {
        return label;
    }
}
