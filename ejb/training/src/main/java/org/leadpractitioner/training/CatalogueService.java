package org.leadpractitioner.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.training.CommonCoreArea;
import org.leadpractitioner.domain.training.Course;
import org.leadpractitioner.domain.training.SupervisionFrequency;
import org.leadpractitioner.domain.training.SupervisionPolicy;
import org.leadpractitioner.training.TrainingInputs.CourseInput;
import org.leadpractitioner.training.TrainingInputs.PolicyInput;
import org.leadpractitioner.training.TrainingViews.CourseView;
import org.leadpractitioner.training.TrainingViews.PolicyView;

/**
 * The training area's reference data: the course catalogue and the supervision policies. Everyone signed in reads
 * them; the early help coordinator (who runs the workforce programme) and the administrator keep them. Both lists
 * are small (tens of rows), so they are returned whole.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR, Roles.ADMIN})
public class CatalogueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The courses offered now ({@code all}: also those withdrawn), by title. */
    public List<CourseView> courses(boolean all) {
        return em.createNamedQuery(all ? Course.FIND_ALL_ORDERED : Course.FIND_ACTIVE_ORDERED, Course.class).getResultStream()
                .map(CatalogueService::view).toList();
    }

    public CourseView course(long id) {
        return view(find(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CourseView createCourse(@NotNull @Valid CourseInput input) {
        Course course = new Course(details(input));
        Course.ensureTitleFree(sameTitle(course.getTitle()), null);
        em.persist(course);
        em.flush();
        audit.record(AuditAction.CREATE, "Course", course.getId(), null, null, "course '" + course.getTitle() + "'");
        return view(course);
    }

    /** Replaces the course's details; {@code active} false withdraws it from booking (records keep it). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CourseView updateCourse(long id, long expectedVersion, @NotNull @Valid CourseInput input, boolean active) {
        Course course = find(id);
        Versions.require(course.getVersion(), expectedVersion, "course");
        course.update(details(input));
        Course.ensureTitleFree(sameTitle(course.getTitle()), course);
        if (active) {
            course.reactivate();
        } else {
            course.deactivate();
        }
        em.flush();
        audit.record(AuditAction.UPDATE, "Course", id, null, null, "course '" + course.getTitle() + "'"
                + (active ? "" : " (withdrawn)"));
        return view(course);
    }

    // ---- supervision policies

    /** Every policy, the most specific first (the order in which they win). */
    public List<PolicyView> policies() {
        return em.createNamedQuery(SupervisionPolicy.FIND_ALL, SupervisionPolicy.class).getResultStream()
                .sorted(Comparator.comparingInt(SupervisionPolicy::specificity).reversed()
                        .thenComparing(SupervisionPolicy::getId))
                .map(CatalogueService::view).toList();
    }

    public PolicyView policy(long id) {
        return view(findPolicy(id));
    }

    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PolicyView createPolicy(@NotNull @Valid PolicyInput input) {
        Agency agency = input.agencyId() == null ? null : agency(input.agencyId());
        SupervisionPolicy policy = new SupervisionPolicy(agency, input.role(), input.newlyQualified(),
                new SupervisionFrequency(input.frequencyAmount(), input.frequencyUnit()), input.expectedDurationMinutes());
        SupervisionPolicy.ensureScopeFree(policy,
                em.createNamedQuery(SupervisionPolicy.FIND_ALL, SupervisionPolicy.class).getResultList());
        em.persist(policy);
        em.flush();
        audit.record(AuditAction.CREATE, "SupervisionPolicy", policy.getId(), null, null, "policy for "
                + policy.describeScope() + ": " + policy.frequency().label());
        return view(policy);
    }

    /** Changes how often and how long; whom a policy covers is fixed (delete it and create another instead). */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PolicyView changePolicy(long id, long expectedVersion, @NotNull @Valid PolicyInput input) {
        SupervisionPolicy policy = findPolicy(id);
        Versions.require(policy.getVersion(), expectedVersion, "supervision policy");
        boolean sameScope = java.util.Objects.equals(input.agencyId(),
                policy.getAgency() == null ? null : policy.getAgency().getId())
                && input.role() == policy.getPractitionerRole() && input.newlyQualified() == policy.isNewlyQualified();
        if (!sameScope) {
            throw new RuleViolation("supervision-policy.scope-fixed", "agencyId", "Whom a policy covers cannot be"
                    + " changed (it covers " + policy.describeScope() + "). Change how often or how long, or delete this"
                    + " policy and create one for the other group.");
        }
        policy.change(new SupervisionFrequency(input.frequencyAmount(), input.frequencyUnit()),
                input.expectedDurationMinutes());
        em.flush();
        audit.record(AuditAction.UPDATE, "SupervisionPolicy", id, null, null, "policy for " + policy.describeScope()
                + ": " + policy.frequency().label());
        return view(policy);
    }

    /** Removes a policy: the next most specific policy (or the built-in default) applies instead. */
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void deletePolicy(long id, long expectedVersion) {
        SupervisionPolicy policy = findPolicy(id);
        Versions.require(policy.getVersion(), expectedVersion, "supervision policy");
        em.remove(policy);
        audit.record(AuditAction.UPDATE, "SupervisionPolicy", id, null, null, "policy for " + policy.describeScope()
                + " deleted");
    }

    // ---- helpers

    private Course find(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new RecordNotFound("Course", id);
        }
        return course;
    }

    private SupervisionPolicy findPolicy(long id) {
        SupervisionPolicy policy = em.find(SupervisionPolicy.class, id);
        if (policy == null) {
            throw new RecordNotFound("Supervision policy", id);
        }
        return policy;
    }

    private Agency agency(long id) {
        Agency agency = em.find(Agency.class, id);
        if (agency == null) {
            throw new RuleViolation("agency.unknown", "agencyId", "There is no agency " + id + ". Choose one from the list.");
        }
        return agency;
    }

    private Course sameTitle(String title) {
        return em.createNamedQuery(Course.FIND_BY_TITLE, Course.class).setParameter("title", title).getResultStream()
                .findFirst().orElse(null);
    }

    private static Course.Details details(CourseInput input) {
        return new Course.Details(input.title(), input.provider(), input.durationMinutes(),
                input.areas() == null ? List.of() : input.areas(), input.mandatoryForLead(), input.refreshMonths(),
                input.description());
    }

    static CourseView view(Course c) {
        List<CommonCoreArea> areas = c.getAreas().stream().sorted().toList();
        return new CourseView(c.getId(), c.getVersion(), c.getTitle(), c.getProvider(), c.getDurationMinutes(),
                areas.stream().map(Enum::name).toList(), areas.stream().map(CommonCoreArea::label).toList(),
                c.isMandatoryForLead(), c.getRefreshMonths(), c.isActive(), c.getDescription());
    }

    static PolicyView view(SupervisionPolicy p) {
        return new PolicyView(p.getId(), p.getVersion(), p.getAgency() == null ? null : p.getAgency().getId(),
                p.getAgency() == null ? null : p.getAgency().getName(),
                p.getPractitionerRole() == null ? null : p.getPractitionerRole().name(),
                p.getPractitionerRole() == null ? null : p.getPractitionerRole().label(), p.isNewlyQualified(),
                p.getFrequencyAmount(), p.getFrequencyUnit().name(), p.frequency().label(), p.getExpectedDurationMinutes(),
                p.describeScope());
    }
}
