package org.leadpractitioner.core.infrastructure;

import java.util.Optional;

/**
 * Deployment settings: a system property {@code lp.x.y}, or else the environment variable
 * {@code LP_X_Y}. Kept deliberately small; the server configuration (CLI scripts) holds the rest.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static boolean flag(String name) {
        return get(name).map(Boolean::parseBoolean).orElse(false);
    }
}
