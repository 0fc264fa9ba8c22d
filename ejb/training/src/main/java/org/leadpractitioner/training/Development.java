package org.leadpractitioner.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Who may see and change a practitioner's development record (training and supervision), written once for the
 * training area's services. A practitioner's record is theirs and their management line's (their line manager,
 * that person's line manager, and so on); the early help coordinator, who runs the workforce programme, may also
 * see and keep training records, but never reads supervision records (see {@link org.leadpractitioner.domain.training.SupervisionSession#isVisibleTo}).
 * A record outside the caller's reach is "not found" (and the refusal audited), as a case out of scope is.
 */
@Dependent
public class Development {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditLog audit;

    /**
     * The active practitioners {@code managerId} line-manages now, by name, with their agencies and line manager in the
     * same query (a team is bounded by line management, so it is read whole).
     */
    public java.util.List<Practitioner> teamOf(long managerId) {
        return em.createQuery("SELECT p FROM Practitioner p JOIN FETCH p.agency JOIN FETCH p.lineManager m"
                        + " WHERE m.id = :managerId AND p.active = TRUE ORDER BY p.familyName, p.givenName, p.id",
                        Practitioner.class).setParameter("managerId", managerId).getResultList();
    }

    /** The caller's own practitioner record; refused for a sign-in without one. */
    public Practitioner me() {
        return em.find(Practitioner.class, callers.current().requirePractitionerId());
    }

    /** The caller's practitioner record, or {@code null} for a sign-in without one. */
    public Practitioner meOrNull() {
        Long id = callers.current().practitionerId();
        return id == null ? null : em.find(Practitioner.class, id);
    }

    /** A practitioner chosen in a form or a request body: unknown → a message naming the field. */
    public Practitioner chosen(Long id, String field) {
        Practitioner p = id == null ? null : em.find(Practitioner.class, id);
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id
                    + ". Choose one from the list.");
        }
        return p;
    }

    /** Whether the caller may see (and keep) {@code subject}'s training record. */
    public boolean mayKeepTrainingOf(Practitioner subject) {
        Caller caller = callers.current();
        if (caller.isCoordinator()) {
            return true;
        }
        Practitioner me = meOrNull();
        return me != null && (me.equals(subject) || subject.isManagedBy(me));
    }

    /** The practitioner whose training record the caller asks for; 404 (audited) outside their reach. */
    public Practitioner trainingSubject(long practitionerId) {
        Practitioner subject = em.find(Practitioner.class, practitionerId);
        if (subject == null || !mayKeepTrainingOf(subject)) {
            audit.recordRefusal("TrainingRecord", practitionerId, null, null,
                    "training record of a practitioner outside the caller's management line, or no such practitioner");
            throw new RecordNotFound("Practitioner", practitionerId);
        }
        return subject;
    }

    /** The practitioner whose supervision history the caller asks for: themself or someone they manage. */
    public Practitioner supervisionSubject(long practitionerId) {
        Practitioner subject = em.find(Practitioner.class, practitionerId);
        Practitioner me = meOrNull();
        if (subject == null || me == null || !me.equals(subject) && !subject.isManagedBy(me)) {
            audit.recordRefusal("SupervisionSession", null, null, null, "supervision history of practitioner "
                    + practitionerId + ", outside the caller's management line, or no such practitioner");
            throw new RecordNotFound("Practitioner", practitionerId);
        }
        return subject;
    }
}
