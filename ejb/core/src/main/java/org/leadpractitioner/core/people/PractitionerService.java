package org.leadpractitioner.core.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.Search;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * The practitioner directory. Everyone signed in may look practitioners up (to involve or invite them);
 * administrators maintain it. It holds no child data.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class PractitionerService {

    /** One query per page: the agency and line manager come in the same select (no query per row). */
    private static final String VIEW = "SELECT p FROM Practitioner p JOIN FETCH p.agency a LEFT JOIN FETCH p.lineManager m";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A page of practitioners, optionally filtered by name/email text and agency; by family name. */
    public Page<PractitionerView> search(String text, Long agencyId, int offset, int limit) {
        String pattern = text == null || text.isBlank() ? null : Search.prefix(text);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (pattern != null) {
            where.append(" AND (LOWER(p.familyName) LIKE :text OR LOWER(p.givenName) LIKE :text OR p.email LIKE :text)");
        }
        if (agencyId != null) {
            where.append(" AND a.id = :agencyId");
        }
        TypedQuery<Practitioner> page = em.createQuery(VIEW + where + " ORDER BY p.familyName, p.givenName, p.id", Practitioner.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Practitioner p JOIN p.agency a" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            if (pattern != null) {
                q.setParameter("text", pattern);
            }
            if (agencyId != null) {
                q.setParameter("agencyId", agencyId);
            }
        }
        List<PractitionerView> rows = page.setFirstResult(offset).setMaxResults(limit).getResultList()
                .stream().map(PractitionerService::view).toList();
        return new Page<>(rows, count.getSingleResult(), offset, limit);
    }

    public PractitionerView get(long id) {
        return em.createQuery(VIEW + " WHERE p.id = :id", Practitioner.class).setParameter("id", id)
                .getResultStream().findFirst().map(PractitionerService::view)
                .orElseThrow(() -> new RecordNotFound("Practitioner", id));
    }

    @RolesAllowed(Roles.ADMIN)
    public PractitionerView create(@NotNull @Valid PractitionerInput input) {
        requireUniqueEmail(input.email(), null);
        Practitioner p = new Practitioner(input.givenName(), input.familyName(), input.email(), input.role(), agency(input.agencyId()));
        apply(p, input);
        em.persist(p);
        em.flush();
        return get(p.getId());
    }

    @RolesAllowed(Roles.ADMIN)
    public PractitionerView update(long id, long expectedVersion, @NotNull @Valid PractitionerInput input) {
        Practitioner p = find(id);
        Versions.require(p.getVersion(), expectedVersion, "practitioner");
        requireUniqueEmail(input.email(), id);
        p.rename(input.givenName(), input.familyName());
        p.changeEmail(input.email());
        p.changeRole(input.role());
        p.moveToAgency(agency(input.agencyId()));
        apply(p, input);
        em.flush();
        return get(id);
    }

    /** The practitioners whose line manager is {@code managerId}. */
    public List<PractitionerView> supervisees(long managerId) {
        return em.createQuery(VIEW + " WHERE m.id = :managerId ORDER BY p.familyName, p.givenName", Practitioner.class)
                .setParameter("managerId", managerId).setMaxResults(500).getResultList()
                .stream().map(PractitionerService::view).toList();
    }

    private void apply(Practitioner p, PractitionerInput input) {
        p.setPhone(input.phone());
        p.setJobTitle(input.jobTitle());
        p.setNewlyQualified(input.newlyQualified());
        p.changeLeadCaseCapacity(input.leadCaseCapacity() == null ? Practitioner.DEFAULT_LEAD_CASE_CAPACITY : input.leadCaseCapacity());
        p.assignLineManager(input.lineManagerId() == null ? null : find(input.lineManagerId(), "lineManagerId"),
                input.lineManagerSince() == null ? LocalDate.now(clock) : input.lineManagerSince());
    }

    static PractitionerView view(Practitioner p) {
        Practitioner m = p.getLineManager();
        return new PractitionerView(p.getId(), p.getVersion(), p.getGivenName(), p.getFamilyName(), p.displayName(), p.getEmail(),
                p.getPhone(), p.getRole(), p.getRole().label(), p.getJobTitle(), p.getAgency().getId(), p.getAgency().getName(),
                m == null ? null : m.getId(), m == null ? null : m.displayName(), p.getLineManagerSince(), p.isNewlyQualified(), p.getLeadCaseCapacity(),
                p.isActive());
    }

    Practitioner find(long id) {
        Practitioner p = em.find(Practitioner.class, id);
        if (p == null) {
            throw new RecordNotFound("Practitioner", id);
        }
        return p;
    }

    private Practitioner find(long id, String field) {
        Practitioner p = em.find(Practitioner.class, id);
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", field, "There is no practitioner " + id + ". Choose one from the list.");
        }
        return p;
    }

    private Agency agency(long id) {
        Agency a = em.find(Agency.class, id);
        if (a == null) {
            throw new RuleViolation("agency.unknown", "agencyId", "There is no agency " + id + ". Choose one from the list.");
        }
        return a;
    }

    private void requireUniqueEmail(String email, Long exceptId) {
        em.createNamedQuery(Practitioner.FIND_BY_EMAIL, Practitioner.class)
                .setParameter("email", email.trim().toLowerCase(Locale.UK))
                .getResultStream().filter(p -> !p.getId().equals(exceptId)).findFirst()
                .ifPresent(p -> {
                    throw new RuleViolation("practitioner.email-taken", "email",
                            "Another practitioner already has the email address " + email + ". Each practitioner needs their own.");
                });
    }
}
