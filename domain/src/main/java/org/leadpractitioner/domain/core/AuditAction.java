package org.leadpractitioner.domain.core;

/** What a user did to a record (or was refused). */
public enum AuditAction {
    VIEW("Viewed"),
    CREATE("Created"),
    UPDATE("Updated"),
    EXPORT("Exported"),
    ACCESS_DENIED("Access denied");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** A human label for screens and letters. */
    public String label() {
        return label;
    }
}
