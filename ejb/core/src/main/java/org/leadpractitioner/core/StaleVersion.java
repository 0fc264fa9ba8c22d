package org.leadpractitioner.core;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;

/**
 * The record changed since the caller read it (their version is older). An application exception: the
 * caller is told and the transaction rolls back, but it is an everyday event, not a server error, so
 * the container neither wraps nor logs it as one.
 */
@ApplicationException(rollback = true)
public class StaleVersion extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String message) {
        super(message);
    }
}
