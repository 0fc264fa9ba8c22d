package org.leadpractitioner.domain.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.leadpractitioner.domain.RuleViolation;

/** Small helpers shared by the entities of the domain (the core and the areas): text checks and wording. */
public final class Checks {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Checks() {
    }

    /**
     * A required piece of text: trimmed, not blank, at most {@code max} characters.
     *
     * @param codePrefix e.g. {@code "practitioner.given-name"}; the codes are {@code codePrefix + "-required"}
     *                   and {@code codePrefix + "-too-long"}
     * @param label      how the field reads in a sentence, e.g. {@code "the given name"}
     */
    public static String required(String value, int max, String codePrefix, String field, String label) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(codePrefix + "-required", field, "Enter " + label + ".");
        }
        return checkLength(text, max, codePrefix, field, label);
    }

    /** Optional text: trimmed, {@code null} when blank, at most {@code max} characters. */
    public static String optional(String value, int max, String codePrefix, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checkLength(value.strip(), max, codePrefix, field, label);
    }

    private static String checkLength(String text, int max, String codePrefix, String field, String label) {
        if (text.length() > max) {
            throw new RuleViolation(codePrefix + "-too-long", field,
                    capitalise(label) + " is too long (" + text.length() + " characters; at most " + max
                            + " are allowed). Shorten it.");
        }
        return text;
    }

    /** A required value other than text. */
    public static <T> T present(T value, String code, String field, String message) {
        if (value == null) {
            throw new RuleViolation(code, field, message);
        }
        return value;
    }

    /** A date as people in England write it, e.g. "1 February 2025". */
    public static String date(LocalDate date) {
        return date == null ? "an unknown date" : UK_DATE.format(date);
    }

    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
