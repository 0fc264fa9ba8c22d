package org.leadpractitioner.domain.meetings;

/** How a copy of the record reached someone. */
public enum CirculationMethod {
    SECURE_EMAIL("Secure email"),
    EMAIL("Email"),
    POST("Post"),
    IN_PERSON("By hand, in person");

    private final String label;

    CirculationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
