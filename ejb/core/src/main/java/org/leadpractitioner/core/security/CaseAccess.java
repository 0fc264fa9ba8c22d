package org.leadpractitioner.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.audit.AuditLog;

/**
 * Access follows the case (DOMAIN.md, information governance): a practitioner sees the cases they are
 * an active member of; a supervisor also sees the cases of the practitioners they line-manage; the early
 * help coordinator sees every case; nobody else sees any. A family (and its children) is visible through
 * any case of it that is visible, or to whoever registered it while it has no case yet.
 *
 * <p>The rule is written once, as JPQL predicates, so that single reads and every list and search apply
 * the same scope in the database (lists never load rows the caller may not see).
 */
@Stateless
@PermitAll // a helper of the boundaries; it only ever answers for the caller
public class CaseAccess {

    /** JPQL: case {@code c} is visible to practitioner {@code :me} on {@code :today} (coordinators: {@code :all}). */
    public static final String CASE_VISIBLE =
            "(:all = TRUE OR EXISTS (SELECT m FROM CaseMembership m WHERE m.earlyHelpCase = c"
                    + " AND m.since <= :today AND (m.until IS NULL OR m.until > :today)"
                    + " AND (m.practitioner.id = :me OR m.practitioner.lineManager.id = :me)))";

    /** JPQL: family {@code f} is visible. */
    public static final String FAMILY_VISIBLE =
            "(:all = TRUE OR f.registeredBy.id = :me OR EXISTS (SELECT m FROM CaseMembership m WHERE m.earlyHelpCase.family = f"
                    + " AND m.since <= :today AND (m.until IS NULL OR m.until > :today)"
                    + " AND (m.practitioner.id = :me OR m.practitioner.lineManager.id = :me)))";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Binds the scope parameters of {@link #CASE_VISIBLE} / {@link #FAMILY_VISIBLE} for the caller. */
    public <T> TypedQuery<T> scoped(TypedQuery<T> query, Caller caller) {
        return query.setParameter("all", caller.isCoordinator())
                .setParameter("me", caller.practitionerId() == null ? -1L : caller.practitionerId())
                .setParameter("today", LocalDate.now(clock));
    }

    public boolean canSeeCase(long caseId, Caller caller) {
        return scoped(em.createQuery("SELECT COUNT(c) FROM EarlyHelpCase c WHERE c.id = :id AND " + CASE_VISIBLE, Long.class),
                caller).setParameter("id", caseId).getSingleResult() > 0;
    }

    public boolean canSeeFamily(long familyId, Caller caller) {
        return scoped(em.createQuery("SELECT COUNT(f) FROM Family f WHERE f.id = :id AND " + FAMILY_VISIBLE, Long.class),
                caller).setParameter("id", familyId).getSingleResult() > 0;
    }

    /** Throws {@link RecordNotFound} (and audits the refusal) unless the caller may see the case. */
    public void requireCase(long caseId, Caller caller) {
        if (!canSeeCase(caseId, caller)) {
            audit.recordRefusal("EarlyHelpCase", caseId, caseId, null, "case outside the caller's scope, or no such case");
            throw new RecordNotFound("Case", caseId);
        }
    }

    /** Throws {@link RecordNotFound} (and audits the refusal) unless the caller may see the family. */
    public void requireFamily(long familyId, Caller caller) {
        if (!canSeeFamily(familyId, caller)) {
            audit.recordRefusal("Family", familyId, null, null, "family outside the caller's scope, or no such family");
            throw new RecordNotFound("Family", familyId);
        }
    }
}
