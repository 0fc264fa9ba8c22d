package org.leadpractitioner.domain;

import jakarta.ejb.ApplicationException;

/**
 * A business rule was broken. Thrown by entities and services; the transaction is rolled back.
 *
 * <p>{@link #getCode()} is stable (e.g. {@code "consent.required"}) so that callers and tests can
 * react to it; {@link #getField()} names the input field the user must fix, or is {@code null} when
 * the problem is not tied to one field; the message says in plain English what is wrong and what to do.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String field;

    public RuleViolation(String code, String field, String message) {
        super(message);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A rule violation needs a code");
        }
        this.code = code;
        this.field = field;
    }

    /** The stable code of the rule, e.g. {@code "consent.required"}. */
    public String getCode() {
        return code;
    }

    /** The input field the user must fix, or {@code null}. */
    public String getField() {
        return field;
    }

    /** The same violation reported against another name of the field (e.g. the API's name for it). */
    public RuleViolation withField(String newField) {
        RuleViolation renamed = new RuleViolation(code, newField, getMessage());
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }
}
