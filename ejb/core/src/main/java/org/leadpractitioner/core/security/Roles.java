package org.leadpractitioner.core.security;

/** The application roles, as the strings {@code @RolesAllowed} needs (same names as {@code AppRole}). */
public final class Roles {

    public static final String PRACTITIONER = "PRACTITIONER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
