package org.leadpractitioner.core.families;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.cases.CaseEvents;
import org.leadpractitioner.core.Search;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.families.FamilyViews.CaseLine;
import org.leadpractitioner.core.families.FamilyViews.ChildSummary;
import org.leadpractitioner.core.families.FamilyViews.ChildView;
import org.leadpractitioner.core.families.FamilyViews.CircumstanceView;
import org.leadpractitioner.core.families.FamilyViews.FamilySummary;
import org.leadpractitioner.core.families.FamilyViews.FamilyView;
import org.leadpractitioner.core.families.FamilyViews.MemberView;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Family;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.SenStatus;
import org.leadpractitioner.domain.core.StatutoryCircumstance;

/**
 * Families, members, children and their statutory circumstances. Practitioners, supervisors and the
 * coordinator use it; administrators do not (they see no case content). Every read and change of a
 * family's or child's record is audited.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class FamilyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CaseEvents.CircumstancesChanged> circumstancesChanged;

    @Inject
    CallerService callers;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Families the caller may see whose family name starts with the text, or with a child whose first or
     * last name starts with it, or whose postcode or local reference is the text. Paged, by name.
     *
     * <p>Each way of matching is its own query served by its own index, returning only keys (id, name); the keys
     * are merged, sorted and paged here, and only the page's families are then counted up (docs/adr/0009). An OR
     * across tables would make the database read every family. Without a text the database pages the list itself.
     */
    public Page<FamilySummary> search(String text, int offset, int limit) {
        CaseAccess.Scope scope = access.scopeOf(callers.current());
        String raw = text == null || text.isBlank() ? null : text.trim();
        String visible = " AND " + scope.families("f");
        if (raw == null) {
            // every family the caller may see: the database pages them by name (the coordinator's list is the whole table)
            List<Long> pageIds = scope.bind(em.createQuery("SELECT f.id FROM Family f WHERE 1 = 1" + visible
                    + " ORDER BY f.familyName, f.id", Long.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
            long total = scope.bind(em.createQuery("SELECT COUNT(f) FROM Family f WHERE 1 = 1" + visible, Long.class))
                    .getSingleResult();
            return new Page<>(summaries(pageIds), total, offset, limit);
        }
        List<TypedQuery<Object[]>> keys = new ArrayList<>();
        if (Search.kindOf(raw) == Search.Kind.POSTCODE) {
            keys.add(em.createQuery("SELECT f.id, f.familyName FROM Family f WHERE f.postcode = :text" + visible, Object[].class)
                    .setParameter("text", Family.normalisePostcode(raw)));
        } else {
            keys.add(em.createQuery("SELECT f.id, f.familyName FROM Family f WHERE LOWER(f.familyName) LIKE :text" + visible,
                    Object[].class).setParameter("text", Search.prefix(raw)));
            keys.add(em.createQuery("SELECT f.id, f.familyName FROM Family f WHERE f.localReference = :raw" + visible,
                    Object[].class).setParameter("raw", raw));
            keys.add(em.createQuery("SELECT DISTINCT f.id, f.familyName FROM Child ch JOIN ch.family f"
                    + " WHERE (LOWER(ch.familyName) LIKE :text OR LOWER(ch.givenName) LIKE :text)" + visible, Object[].class)
                    .setParameter("text", Search.prefix(raw)));
        }
        Map<Long, String> names = new HashMap<>();
        keys.forEach(q -> scope.bind(q).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1])));
        List<Long> ids = names.entrySet().stream().sorted((a, b) -> {
            int byName = a.getValue().compareTo(b.getValue());
            return byName != 0 ? byName : a.getKey().compareTo(b.getKey());
        }).map(Map.Entry::getKey).toList();
        return new Page<>(summaries(Page.slice(ids, offset, limit)), ids.size(), offset, limit);
    }

    /** The families {@code ids}, in that order, each with its number of children and of open cases (one query). */
    private List<FamilySummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, FamilySummary> summaries = em.createQuery("SELECT f.id, f.familyName, f.postcode, f.town,"
                        + " (SELECT COUNT(ch) FROM Child ch WHERE ch.family = f),"
                        + " (SELECT COUNT(c) FROM EarlyHelpCase c WHERE c.family = f AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN)"
                        + " FROM Family f WHERE f.id IN :ids", Object[].class).setParameter("ids", ids).getResultStream()
                .map(r -> new FamilySummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
                .collect(Collectors.toMap(FamilySummary::id, f -> f));
        return ids.stream().map(summaries::get).toList();
    }

    public FamilyView family(long familyId) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        audit.record(AuditAction.VIEW, "Family", familyId, null, null, "family record");
        return familyView(family, caller);
    }

    public FamilyView register(@NotNull @Valid FamilyInput input) {
        Caller caller = callers.current();
        Family family = new Family(input.familyName(), clock.instant());
        apply(family, input);
        family.registerBy(practitioner(caller));
        em.persist(family);
        em.flush();
        audit.record(AuditAction.CREATE, "Family", family.getId(), null, null, "family registered");
        return familyView(family, caller);
    }

    public FamilyView update(long familyId, long expectedVersion, @NotNull @Valid FamilyInput input) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        Versions.require(family.getVersion(), expectedVersion, "family");
        family.relabel(input.familyName());
        apply(family, input);
        em.flush();
        audit.record(AuditAction.UPDATE, "Family", familyId, null, null, "family details");
        return familyView(family, caller);
    }

    public MemberView addMember(long familyId, @NotNull @Valid MemberInput input) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        FamilyMember member = family.addMember(input.givenName(), input.familyName(), input.relationship(),
                input.holdsParentalResponsibility());
        member.updateContactDetails(input.email(), input.phone());
        member.setDateOfBirth(input.dateOfBirth());
        em.persist(member);
        em.flush();
        audit.record(AuditAction.CREATE, "FamilyMember", member.getId(), null, null, "member of family " + familyId);
        return memberView(member);
    }

    public ChildView addChild(long familyId, @NotNull @Valid ChildInput input) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        Child child = family.addChild(input.givenName(), input.familyName(), input.dateOfBirth(),
                input.senStatus() == null ? SenStatus.NONE : input.senStatus());
        if (input.livesWithMemberIds() != null) {
            for (Long memberId : input.livesWithMemberIds()) {
                child.recordLivesWith(member(family, memberId, "livesWithMemberIds"));
            }
        }
        em.persist(child);
        em.flush();
        audit.record(AuditAction.CREATE, "Child", child.getId(), null, child.getId(), "child added to family " + familyId);
        return childView(child, caller);
    }

    /**
     * Corrects a child's details: name, date of birth, SEN status and whom the child lives with (the full set;
     * members left out no longer live with the child). Who the child lives with decides whose consent counts
     * where parents are separated, so it is kept current here.
     */
    public ChildView updateChild(long childId, long expectedVersion, @NotNull @Valid ChildInput input) {
        Caller caller = callers.current();
        Child child = visibleChild(childId, caller);
        Versions.require(child.getVersion(), expectedVersion, "child");
        child.rename(input.givenName(), input.familyName());
        child.correctDateOfBirth(input.dateOfBirth());
        child.recordSenStatus(input.senStatus() == null ? SenStatus.NONE : input.senStatus());
        Set<FamilyMember> livesWith = new HashSet<>();
        if (input.livesWithMemberIds() != null) {
            for (Long memberId : input.livesWithMemberIds()) {
                livesWith.add(member(child.getFamily(), memberId, "livesWithMemberIds"));
            }
        }
        List.copyOf(child.getLivesWith()).stream().filter(m -> !livesWith.contains(m)).forEach(child::stopLivingWith);
        livesWith.forEach(child::recordLivesWith);
        em.lock(child, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // a change to lives-with alone is a change too
        em.flush();
        audit.record(AuditAction.UPDATE, "Child", childId, null, childId, "child's details corrected");
        return childView(child, caller);
    }

    /** Corrects a family member's details, including whether they hold parental responsibility. */
    public MemberView updateMember(long familyId, long memberId, long expectedVersion, @NotNull @Valid MemberInput input) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        FamilyMember member = em.find(FamilyMember.class, memberId);
        if (member == null || !member.belongsTo(family)) { // an id from the path: not found, like any unknown record
            throw new RecordNotFound("Family member", memberId);
        }
        Versions.require(member.getVersion(), expectedVersion, "family member");
        member.rename(input.givenName(), input.familyName());
        member.changeRelationship(input.relationship());
        member.recordParentalResponsibility(input.holdsParentalResponsibility());
        member.updateContactDetails(input.email(), input.phone());
        member.setDateOfBirth(input.dateOfBirth());
        em.flush();
        audit.record(AuditAction.UPDATE, "FamilyMember", memberId, null, null, "member of family " + familyId + " corrected");
        return memberView(member);
    }

    public ChildView child(long childId) {
        Caller caller = callers.current();
        Child child = visibleChild(childId, caller);
        audit.record(AuditAction.VIEW, "Child", childId, null, childId, "child record");
        return childView(child, caller);
    }

    public CircumstanceView addCircumstance(long childId, @NotNull @Valid CircumstanceInput input) {
        Caller caller = callers.current();
        Child child = visibleChild(childId, caller);
        Practitioner responsible = null;
        if (input.responsiblePractitionerId() != null) {
            responsible = em.find(Practitioner.class, input.responsiblePractitionerId());
            if (responsible == null) {
                throw new RuleViolation("practitioner.unknown", "responsiblePractitionerId",
                        "There is no practitioner " + input.responsiblePractitionerId() + ". Choose one from the list.");
            }
        }
        StatutoryCircumstance circumstance = child.addCircumstance(input.type(), input.startDate(), input.endDate(), responsible);
        circumstance.setNote(input.note());
        em.persist(circumstance);
        em.flush();
        audit.record(AuditAction.UPDATE, "Child", childId, null, childId, "circumstance added: " + input.type());
        circumstancesChanged.fire(new CaseEvents.CircumstancesChanged(childId, LocalDate.now(clock)));
        return circumstanceView(circumstance, LocalDate.now(clock));
    }

    public CircumstanceView endCircumstance(long childId, long circumstanceId, long expectedVersion, @NotNull LocalDate endDate) {
        Caller caller = callers.current();
        visibleChild(childId, caller);
        StatutoryCircumstance circumstance = em.find(StatutoryCircumstance.class, circumstanceId);
        if (circumstance == null || !circumstance.getChild().getId().equals(childId)) {
            throw new RecordNotFound("Circumstance", circumstanceId);
        }
        Versions.require(circumstance.getVersion(), expectedVersion, "circumstance");
        circumstance.end(endDate);
        em.flush();
        audit.record(AuditAction.UPDATE, "Child", childId, null, childId, "circumstance ended: " + circumstance.getType());
        return circumstanceView(circumstance, LocalDate.now(clock));
    }

    private Child visibleChild(long childId, Caller caller) {
        Child child = em.find(Child.class, childId);
        if (child == null || !access.canSeeFamily(child.getFamily().getId(), caller)) {
            audit.recordRefusal("Child", childId, null, childId, "child outside the caller's scope, or no such child");
            throw new RecordNotFound("Child", childId);
        }
        return child;
    }

    private FamilyView familyView(Family family, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<MemberView> members = em.createNamedQuery(FamilyMember.FIND_BY_FAMILY, FamilyMember.class)
                .setParameter("familyId", family.getId()).getResultStream()
                .sorted(Comparator.comparing(FamilyMember::getFamilyName).thenComparing(FamilyMember::getGivenName))
                .map(FamilyService::memberView).toList();
        List<Child> children = em.createQuery("SELECT DISTINCT c FROM Child c LEFT JOIN FETCH c.circumstances"
                        + " LEFT JOIN FETCH c.livesWith WHERE c.family.id = :familyId", Child.class)
                .setParameter("familyId", family.getId()).getResultList();
        List<ChildSummary> childSummaries = children.stream()
                .sorted(Comparator.comparing(Child::getDateOfBirth))
                .map(c -> new ChildSummary(c.getId(), c.getGivenName(), c.getFamilyName(), c.displayName(), c.getDateOfBirth(),
                        c.ageOn(today), c.getSenStatus(),
                        c.activeCircumstancesOn(today).stream().map(s -> s.getType().label()).toList(),
                        c.getLivesWith().stream().map(FamilyMember::getId).collect(Collectors.toSet())))
                .toList();
        CaseAccess.Scope scope = access.scopeOf(caller);
        List<CaseLine> cases = scope.bind(em.createQuery("SELECT c FROM EarlyHelpCase c JOIN FETCH c.needLevel"
                        + " WHERE c.family.id = :familyId AND " + scope.cases("c") + " ORDER BY c.openedOn DESC, c.id DESC",
                EarlyHelpCase.class)).setParameter("familyId", family.getId()).setMaxResults(100)
                .getResultStream().map(FamilyService::caseLine).toList();
        return new FamilyView(family.getId(), family.getVersion(), family.getFamilyName(), family.getAddressLine1(),
                family.getAddressLine2(), family.getTown(), family.getPostcode(), family.getLocalReference(),
                family.isParentsSeparated(), members, childSummaries, cases);
    }

    private ChildView childView(Child child, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        List<CircumstanceView> circumstances = em.createQuery("SELECT s FROM StatutoryCircumstance s"
                        + " LEFT JOIN FETCH s.responsiblePractitioner WHERE s.child.id = :childId ORDER BY s.startDate DESC, s.id DESC",
                StatutoryCircumstance.class).setParameter("childId", child.getId())
                .getResultStream().map(s -> circumstanceView(s, today)).toList();
        CaseAccess.Scope scope = access.scopeOf(caller);
        List<CaseLine> cases = scope.bind(em.createQuery("SELECT c FROM EarlyHelpCase c JOIN FETCH c.needLevel JOIN c.children ch"
                        + " WHERE ch.id = :childId AND " + scope.cases("c") + " ORDER BY c.openedOn DESC, c.id DESC",
                EarlyHelpCase.class)).setParameter("childId", child.getId()).setMaxResults(100)
                .getResultStream().map(FamilyService::caseLine).toList();
        return new ChildView(child.getId(), child.getVersion(), child.getFamily().getId(), child.getFamily().getFamilyName(),
                child.getGivenName(), child.getFamilyName(), child.displayName(), child.getDateOfBirth(), child.ageOn(today),
                child.getSenStatus(), child.isEligibleForEarlyHelpOn(today),
                child.getLivesWith().stream().map(FamilyService::memberView).toList(), circumstances, cases,
                em.createNamedQuery(FamilyMember.FIND_BY_FAMILY, FamilyMember.class)
                        .setParameter("familyId", child.getFamily().getId()).getResultStream()
                        .map(FamilyService::memberView).toList());
    }

    static MemberView memberView(FamilyMember m) {
        return new MemberView(m.getId(), m.getVersion(), m.getGivenName(), m.getFamilyName(), m.displayName(), m.getRelationship(),
                m.getRelationship().label(), m.holdsParentalResponsibility(), m.getEmail(), m.getPhone(), m.getDateOfBirth());
    }

    static CircumstanceView circumstanceView(StatutoryCircumstance s, LocalDate today) {
        Practitioner p = s.getResponsiblePractitioner();
        return new CircumstanceView(s.getId(), s.getVersion(), s.getType(), s.getType().label(), s.getStartDate(), s.getEndDate(),
                s.isActiveOn(today), p == null ? null : p.getId(), p == null ? null : p.displayName(), s.getNote());
    }

    static CaseLine caseLine(EarlyHelpCase c) {
        return new CaseLine(c.getId(), c.getReference(), c.getStatus(), c.getNeedLevel().getLabel(), c.getOpenedOn(), c.getClosedOn());
    }

    private static void apply(Family family, FamilyInput input) {
        family.updateAddress(input.addressLine1(), input.addressLine2(), input.town(), input.postcode());
        family.setLocalReference(input.localReference());
        family.recordParentsSeparated(input.parentsSeparated());
    }

    private FamilyMember member(Family family, long memberId, String field) {
        FamilyMember member = em.find(FamilyMember.class, memberId);
        if (member == null || !member.belongsTo(family)) {
            throw new RuleViolation("family.member-unknown", field,
                    "Person " + memberId + " is not a member of this family. Choose from the family's members.");
        }
        return member;
    }

    Practitioner practitioner(Caller caller) {
        return em.find(Practitioner.class, caller.requirePractitionerId());
    }

}
