package org.leadpractitioner.domain.core;

/** The kind of organisation a practitioner works for. */
public enum AgencyType {
    LOCAL_AUTHORITY_CHILDRENS_SERVICES("Local authority children's services"),
    EARLY_HELP("Early help"),
    SCHOOL("School or college"),
    EARLY_YEARS("Early years"),
    HEALTH("Health"),
    POLICE("Police"),
    HOUSING("Housing"),
    YOUTH_JUSTICE("Youth justice"),
    MENTAL_HEALTH("Mental health"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OTHER("Other");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
