package org.leadpractitioner.domain.core;

/** What a practitioner does in their own agency (a job, not the lead practitioner function). */
public enum PractitionerRole {
    SOCIAL_WORKER("Social worker"),
    PERSONAL_ADVISER("Personal adviser"),
    HEALTH_VISITOR("Health visitor"),
    SCHOOL_NURSE("School nurse"),
    MIDWIFE("Midwife"),
    GP("GP"),
    TEACHER("Teacher"),
    SENCO("SENCO"),
    DESIGNATED_SAFEGUARDING_LEAD("Designated safeguarding lead"),
    EARLY_YEARS_PRACTITIONER("Early years practitioner"),
    YOUTH_WORKER("Youth worker"),
    FAMILY_WORKER("Family worker"),
    YJS_SUPERVISING_OFFICER("YJS supervising officer"),
    CAMHS_CARE_COORDINATOR("CAMHS care coordinator"),
    KEY_WORKER("Key worker"),
    HOUSING_SUPPORT_WORKER("Housing support worker"),
    POLICE_OFFICER("Police officer"),
    SUBSTANCE_MISUSE_WORKER("Substance misuse worker"),
    EARLY_HELP_COORDINATOR("Early help coordinator"),
    SENIOR_MANAGER("Senior manager"),
    OTHER("Other");

    private final String label;

    PractitionerRole(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
