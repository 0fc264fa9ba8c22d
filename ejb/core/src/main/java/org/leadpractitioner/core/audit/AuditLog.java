package org.leadpractitioner.core.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.RequestOrigin;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.AuditEvent;

/**
 * Writes audit events. A view or change is recorded in the caller's own transaction, so it exists
 * exactly when the change does; a refused access is recorded in a transaction of its own, because the
 * refusal rolls the caller's transaction back.
 */
@Stateless
@PermitAll // called by other boundaries only, on behalf of their (already authorised) caller
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(AuditAction action, String recordType, Long recordId, Long caseId, Long childId, String detail) {
        em.persist(event(action, recordType, recordId, caseId, childId, detail));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String recordType, Long recordId, Long caseId, Long childId, String detail) {
        em.persist(event(AuditAction.ACCESS_DENIED, recordType, recordId, caseId, childId, detail));
    }

    private AuditEvent event(AuditAction action, String recordType, Long recordId, Long caseId, Long childId, String detail) {
        return new AuditEvent(clock.instant(), callers.username(), action, recordType, recordId, caseId, childId,
                detail, sourceAddress());
    }

    private String sourceAddress() {
        try {
            return origin.getAddress();
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return null; // a timer or start-up task: no client
        }
    }
}
