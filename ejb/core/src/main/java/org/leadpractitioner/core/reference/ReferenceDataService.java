package org.leadpractitioner.core.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.NeedLevel;

/** Agencies and the continuum of need: everyone signed in reads them, administrators maintain them. */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class ReferenceDataService {

    @PersistenceContext
    EntityManager em;

    public Page<AgencyView> agencies(int offset, int limit) {
        List<AgencyView> rows = em.createNamedQuery(Agency.FIND_ALL_ORDERED, Agency.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(AgencyView::of).toList();
        long total = em.createNamedQuery(Agency.COUNT_ALL, Long.class).getSingleResult();
        return new Page<>(rows, total, offset, limit);
    }

    /** Active agencies, for choosers (an authority has tens to a few hundred). */
    public List<AgencyView> activeAgencies() {
        return em.createNamedQuery(Agency.FIND_ACTIVE_ORDERED, Agency.class).setMaxResults(1000)
                .getResultStream().map(AgencyView::of).toList();
    }

    public AgencyView agency(long id) {
        return AgencyView.of(find(id));
    }

    @RolesAllowed(Roles.ADMIN)
    public AgencyView createAgency(@NotNull @Valid AgencyInput input) {
        requireUniqueName(input.name(), null);
        Agency agency = new Agency(input.name(), input.type());
        em.persist(agency);
        em.flush();
        return AgencyView.of(agency);
    }

    @RolesAllowed(Roles.ADMIN)
    public AgencyView updateAgency(long id, long expectedVersion, @NotNull @Valid AgencyInput input, boolean active) {
        Agency agency = find(id);
        Versions.require(agency.getVersion(), expectedVersion, "agency");
        requireUniqueName(input.name(), id);
        agency.rename(input.name());
        agency.changeType(input.type());
        if (active) {
            agency.reactivate();
        } else {
            agency.deactivate();
        }
        em.flush();
        return AgencyView.of(agency);
    }

    public List<NeedLevelView> needLevels() {
        return em.createNamedQuery(NeedLevel.FIND_ACTIVE_ORDERED, NeedLevel.class)
                .getResultStream().map(NeedLevelView::of).toList();
    }

    /** Every level, including retired ones, for administrators. */
    @RolesAllowed(Roles.ADMIN)
    public List<NeedLevelView> allNeedLevels() {
        return em.createNamedQuery(NeedLevel.FIND_ALL_ORDERED, NeedLevel.class)
                .getResultStream().map(NeedLevelView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public NeedLevelView createNeedLevel(@NotNull @Valid NeedLevelInput input) {
        if (!em.createNamedQuery(NeedLevel.FIND_BY_CODE, NeedLevel.class).setParameter("code", input.code())
                .getResultList().isEmpty()) {
            throw new RuleViolation("need-level.code-taken", "code",
                    "There is already a level with the code " + input.code() + ". Choose another code.");
        }
        NeedLevel level = new NeedLevel(input.code(), input.label(), input.rank(), input.leadPractitionerApplies(), input.statutory());
        em.persist(level);
        em.flush();
        return NeedLevelView.of(level);
    }

    /**
     * Renames, re-ranks or retires a level. Its code never changes (cases refer to it); a retired level
     * stays on existing cases but cannot be chosen for new ones.
     */
    @RolesAllowed(Roles.ADMIN)
    public NeedLevelView updateNeedLevel(long id, long expectedVersion, @NotNull @Valid NeedLevelInput input, boolean active) {
        NeedLevel level = em.find(NeedLevel.class, id);
        if (level == null) {
            throw new RecordNotFound("NeedLevel", id);
        }
        Versions.require(level.getVersion(), expectedVersion, "level of need");
        if (!level.getCode().equals(input.code())) {
            throw new RuleViolation("need-level.code-fixed", "code",
                    "The code of a level cannot change once cases use it. Keep " + level.getCode() + ", or create a new level.");
        }
        level.relabel(input.label());
        level.changeRank(input.rank());
        level.changeCoordination(input.leadPractitionerApplies(), input.statutory());
        if (active) {
            level.reactivate();
        } else {
            level.deactivate();
        }
        em.flush();
        return NeedLevelView.of(level);
    }

    private Agency find(long id) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new RecordNotFound("Agency", id);
        }
        return agency;
    }

    private void requireUniqueName(String name, Long exceptId) {
        em.createNamedQuery(Agency.FIND_BY_NAME, Agency.class).setParameter("name", name.trim())
                .getResultStream()
                .filter(a -> !a.getId().equals(exceptId))
                .findFirst()
                .ifPresent(a -> {
                    throw new RuleViolation("agency.name-taken", "name",
                            "There is already an agency called " + a.getName() + ". Use a different name, or edit that agency.");
                });
    }
}
