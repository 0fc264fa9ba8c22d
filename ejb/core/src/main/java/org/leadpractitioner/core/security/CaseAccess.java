package org.leadpractitioner.core.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.audit.AuditLog;

/**
 * Access follows the case (DOMAIN.md, information governance): a practitioner sees the cases they are
 * an active member of; a supervisor also sees the cases of the practitioners they line-manage; the early
 * help coordinator sees every case; nobody else sees any. A family (and its children) is visible through
 * any case of it that is visible, or to whoever registered it (and their supervisor) while it has no case.
 *
 * <p>The rule is written once, here, as JPQL conditions that single reads and every list and search
 * add to their own queries, so the database never returns a row the caller may not see. The caller's
 * scope (their own practitioner id and their supervisees') is worked out once per request; the
 * condition is then a plain {@code IN} over the memberships index, and for the coordinator there is
 * no condition at all (docs/adr/0007).
 */
@Stateless
@PermitAll // a helper of the boundaries; it only ever answers for the caller
public class CaseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The caller's scope: everything (coordinator) or the cases of these practitioners. */
    public Scope scopeOf(Caller caller) {
        return caller.isCoordinator() ? new Scope(true, List.of(), LocalDate.now(clock)) : personalScope(caller);
    }

    /**
     * The caller's own work, whatever their role: their cases and their supervisees' ("my cases" is this
     * even for the coordinator, who may see everything but works on some).
     */
    public Scope personalScope(Caller caller) {
        List<Long> ids = new ArrayList<>();
        if (caller.practitionerId() != null) {
            ids.add(caller.practitionerId());
            ids.addAll(em.createQuery("SELECT p.id FROM Practitioner p WHERE p.lineManager.id = :me", Long.class)
                    .setParameter("me", caller.practitionerId()).getResultList());
        } else {
            ids.add(-1L); // no practitioner record: no case is in scope
        }
        return new Scope(false, List.copyOf(ids), LocalDate.now(clock));
    }

    public boolean canSeeCase(long caseId, Caller caller) {
        Scope scope = scopeOf(caller);
        return scope.bind(em.createQuery("SELECT COUNT(c) FROM EarlyHelpCase c WHERE c.id = :id AND " + scope.cases("c"),
                Long.class)).setParameter("id", caseId).getSingleResult() > 0;
    }

    public boolean canSeeFamily(long familyId, Caller caller) {
        Scope scope = scopeOf(caller);
        return scope.bind(em.createQuery("SELECT COUNT(f) FROM Family f WHERE f.id = :id AND " + scope.families("f"),
                Long.class)).setParameter("id", familyId).getSingleResult() > 0;
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

    /**
     * A caller's scope, as JPQL conditions on an alias of {@code EarlyHelpCase} or {@code Family}; the
     * query they are added to must then be passed through {@link #bind}.
     */
    public record Scope(boolean all, List<Long> practitionerIds, LocalDate today) {

        private static final String MEMBER_CASES = "SELECT m.earlyHelpCase.id FROM CaseMembership m"
                + " WHERE m.practitioner.id IN :scopeIds AND m.since <= :scopeToday AND (m.until IS NULL OR m.until > :scopeToday)";
        private static final String MEMBER_FAMILIES = "SELECT mc.family.id FROM CaseMembership mm JOIN mm.earlyHelpCase mc"
                + " WHERE mm.practitioner.id IN :scopeIds AND mm.since <= :scopeToday AND (mm.until IS NULL OR mm.until > :scopeToday)";

        /** The condition "case {@code alias} is visible". */
        public String cases(String alias) {
            return all ? "1 = 1" : alias + ".id IN (" + MEMBER_CASES + ")";
        }

        /** The condition "family {@code alias} is visible": through a visible case, or registered in scope while it has no case. */
        public String families(String alias) {
            return all ? "1 = 1" : "((" + alias + ".registeredBy.id IN :scopeIds AND NOT EXISTS (SELECT rc.id FROM EarlyHelpCase rc"
                    + " WHERE rc.family = " + alias + ")) OR " + alias + ".id IN (" + MEMBER_FAMILIES + "))";
        }

        /**
         * For a personal scope (not {@link #all}): a query of the keys {@code (c.id, c.openedOn)} of the visible cases,
         * driven by the memberships index (docs/adr/0009). {@code joins} are added after the case {@code c} (e.g.
         * {@code " JOIN c.children ch"}), {@code conditions} after the scope's own (each starting with " AND ").
         */
        public String caseKeys(String joins, String conditions) {
            if (all) {
                throw new IllegalStateException("the whole table is not paged from its keys");
            }
            return "SELECT DISTINCT c.id, c.openedOn FROM CaseMembership m JOIN m.earlyHelpCase c" + joins
                    + " WHERE m.practitioner.id IN :scopeIds AND m.since <= :scopeToday AND (m.until IS NULL OR m.until > :scopeToday)"
                    + conditions;
        }

        public <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (!all) {
                query.setParameter("scopeIds", practitionerIds).setParameter("scopeToday", today);
            }
            return query;
        }
    }
}
