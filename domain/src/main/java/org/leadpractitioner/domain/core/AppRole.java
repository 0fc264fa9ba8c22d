package org.leadpractitioner.domain.core;

/** An application role of a user account; the names are the security realm's role names. */
public enum AppRole {
    PRACTITIONER("Practitioner"),
    SUPERVISOR("Supervisor"),
    COORDINATOR("Early help coordinator"),
    ADMIN("Administrator");

    private final String label;

    AppRole(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
