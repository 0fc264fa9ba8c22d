package org.leadpractitioner.core;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist, or the caller may not see it. The two are deliberately the same answer, so
 * that probing ids reveals nothing about cases outside one's scope (the refusal itself is audited).
 */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String recordType;

    public RecordNotFound(String recordType, Object id) {
        super("No " + recordType.toLowerCase(java.util.Locale.UK) + " " + id
                + " was found, or it is not one you have access to.");
        this.recordType = recordType;
    }

    public String getRecordType() {
        return recordType;
    }
}
