package org.leadpractitioner.core.cases;

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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.Search;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.audit.AuditLog;
import org.leadpractitioner.core.cases.CaseViews.CaseSummary;
import org.leadpractitioner.core.cases.CaseViews.CaseView;
import org.leadpractitioner.core.cases.CaseViews.ChildOnCase;
import org.leadpractitioner.core.cases.CaseViews.ConsentLine;
import org.leadpractitioner.core.cases.CaseViews.MemberLine;
import org.leadpractitioner.core.security.Caller;
import org.leadpractitioner.core.security.CallerService;
import org.leadpractitioner.core.security.CaseAccess;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AuditAction;
import org.leadpractitioner.domain.core.CaseMembership;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.CaseStatus;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.ConsentRecord;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Family;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.Practitioner;

/**
 * Early help cases. Opening one needs the family's explicit consent and enforces the rules of
 * DOMAIN.md (age, who may consent, one active plan per child); every read and change is scoped to the
 * caller and audited.
 */
@Stateless
@RolesAllowed({Roles.PRACTITIONER, Roles.SUPERVISOR, Roles.COORDINATOR})
public class CaseService {

    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<CaseEvents.Closing> closing;

    @Inject
    Event<CaseEvents.Ended> ended;

    @Inject
    Event<CaseEvents.ChildLeft> childLeft;

    /** Cases the caller is an active member of (or, for a supervisor, a supervisee is), newest first. */
    public Page<CaseSummary> myCases(boolean includeClosed, int offset, int limit) {
        CaseAccess.Scope scope = access.personalScope(callers.current());
        TypedQuery<Object[]> keys = em.createQuery(scope.caseKeys("",
                includeClosed ? "" : " AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"), Object[].class);
        return page(sortedIds(List.of(scope.bind(keys))), offset, limit);
    }

    /**
     * Cases the caller may see, by case reference or the family's postcode (exact), or by the family's or
     * a child's name (starts with); optionally by status. The coordinator's search covers every case.
     * Each condition is added only when asked for, and each kind of text is looked up the way an index
     * can serve it ({@link Search}).
     *
     * <p>Paging follows the shape of the question (docs/adr/0009): a list bounded by the caller's caseload, or by
     * a name, first reads the keys (id, opening date) of every match through the index that finds them, then
     * loads just the page; only the coordinator's lists by status or exact reference/postcode are paged by the
     * database walking cases in date order.
     */
    public Page<CaseSummary> search(String text, CaseStatus status, int offset, int limit) {
        CaseAccess.Scope scope = access.scopeOf(callers.current());
        String raw = text == null || text.isBlank() ? null : text.trim();
        Search.Kind kind = raw == null ? null : Search.kindOf(raw);
        Object value = kind == null ? null : switch (kind) {
            case CASE_REFERENCE -> raw.toUpperCase(Locale.UK);
            case POSTCODE -> Family.normalisePostcode(raw);
            case NAME -> Search.prefix(raw);
        };
        String statusCondition = status == null ? "" : " AND c.status = :status";
        if (!scope.all() || kind == Search.Kind.NAME) {
            List<TypedQuery<Object[]>> keys = new ArrayList<>();
            if (!scope.all() && kind == Search.Kind.NAME) {
                // within the caseload, through the memberships index: the family's name, or a child's on the case
                keys.add(scope.bind(em.createQuery(scope.caseKeys("", " AND LOWER(c.family.familyName) LIKE :text"
                        + statusCondition), Object[].class)));
                keys.add(scope.bind(em.createQuery(scope.caseKeys(" JOIN c.children ch",
                        " AND (LOWER(ch.familyName) LIKE :text OR LOWER(ch.givenName) LIKE :text)" + statusCondition),
                        Object[].class)));
            } else if (!scope.all()) {
                String byText = kind == null ? "" : kind == Search.Kind.CASE_REFERENCE ? " AND c.reference = :text"
                        : " AND c.family.postcode = :text";
                keys.add(scope.bind(em.createQuery(scope.caseKeys("", byText + statusCondition), Object[].class)));
            } else {
                // each name is found through its own index; a case matching both is counted once
                keys.add(em.createQuery("SELECT c.id, c.openedOn FROM EarlyHelpCase c JOIN c.family f"
                        + " WHERE LOWER(f.familyName) LIKE :text" + statusCondition, Object[].class));
                keys.add(em.createQuery("SELECT c.id, c.openedOn FROM EarlyHelpCase c JOIN c.children ch"
                        + " WHERE (LOWER(ch.familyName) LIKE :text OR LOWER(ch.givenName) LIKE :text)" + statusCondition,
                        Object[].class));
            }
            for (TypedQuery<Object[]> q : keys) {
                if (value != null) {
                    q.setParameter("text", value);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            return page(sortedIds(keys), offset, limit);
        }
        // the coordinator, by status and/or an exact reference or postcode: the database pages in date order
        String where = " WHERE 1 = 1" + statusCondition + (kind == null ? ""
                : kind == Search.Kind.CASE_REFERENCE ? " AND c.reference = :text" : " AND f.postcode = :text");
        TypedQuery<EarlyHelpCase> page = em.createQuery("SELECT c FROM EarlyHelpCase c JOIN FETCH c.family f"
                + " JOIN FETCH c.needLevel" + where + " ORDER BY c.openedOn DESC, c.id DESC", EarlyHelpCase.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM EarlyHelpCase c JOIN c.family f" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (value != null) {
                q.setParameter("text", value);
            }
        }
        List<EarlyHelpCase> rows = page.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Page<>(summaries(rows), count.getSingleResult(), offset, limit);
    }

    /** The ids the key queries (id, openedOn) found, once each, newest first. */
    private static List<Long> sortedIds(List<TypedQuery<Object[]>> keyQueries) {
        Map<Long, LocalDate> opened = new HashMap<>();
        for (TypedQuery<Object[]> q : keyQueries) {
            for (Object[] row : q.getResultList()) {
                opened.put((Long) row[0], (LocalDate) row[1]);
            }
        }
        return opened.entrySet().stream().sorted((a, b) -> {
            int byDate = b.getValue().compareTo(a.getValue());
            return byDate != 0 ? byDate : Long.compare(b.getKey(), a.getKey());
        }).map(Map.Entry::getKey).toList();
    }

    /** One page of {@code ids} (in that order), loaded with the family and level in one query. */
    private Page<CaseSummary> page(List<Long> ids, int offset, int limit) {
        List<Long> pageIds = Page.slice(ids, offset, limit);
        if (pageIds.isEmpty()) {
            return new Page<>(List.of(), ids.size(), offset, limit);
        }
        Map<Long, EarlyHelpCase> loaded = em.createQuery("SELECT c FROM EarlyHelpCase c JOIN FETCH c.family JOIN FETCH c.needLevel"
                        + " WHERE c.id IN :ids", EarlyHelpCase.class).setParameter("ids", pageIds).getResultStream()
                .collect(Collectors.toMap(EarlyHelpCase::getId, c -> c));
        return new Page<>(summaries(pageIds.stream().map(loaded::get).toList()), ids.size(), offset, limit);
    }

    public CaseView get(long caseId) {
        Caller caller = callers.current();
        access.requireCase(caseId, caller);
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        audit.record(AuditAction.VIEW, "EarlyHelpCase", caseId, caseId, null, "case record");
        return view(c);
    }

    /**
     * Opens a case for children of a family with the consent of a family member. Refused, with the rule
     * that was broken, when consent is not valid for a child, a child is outside the age range, a child
     * already has an open case, or the level of need does not call for coordinated help.
     */
    public CaseView open(@NotNull @Valid CaseInputs.OpenCase input) {
        Caller caller = callers.current();
        access.requireFamily(input.familyId(), caller);
        Practitioner openedBy = practitioner(caller);
        Family family = em.find(Family.class, input.familyId());
        LocalDate today = LocalDate.now(clock);

        // lock the children (in id order, so two openings never deadlock): one open case per child
        Set<Child> children = new LinkedHashSet<>();
        for (Long childId : new TreeSet<>(input.childIds())) {
            Child child = em.find(Child.class, childId, LockModeType.PESSIMISTIC_WRITE);
            if (child == null || !child.getFamily().equals(family)) {
                throw new RuleViolation("case.child-not-in-family", "childIds",
                        "Child " + childId + " is not a child of this family. Choose from the family's children.");
            }
            long open = em.createNamedQuery(EarlyHelpCase.COUNT_OPEN_FOR_CHILD, Long.class)
                    .setParameter("childId", childId).getSingleResult();
            EarlyHelpCase.ensureNoOtherOpenCase(child, open);
            children.add(child);
        }
        NeedLevel level = needLevel(input.needLevelCode());
        FamilyMember giver = member(family, input.consentGivenByMemberId(), ConsentRecord.GIVEN_BY_FIELD);
        ConsentRecord consent = ConsentRecord.give(family, giver, input.consentDate(), agencies(input.sharingAgencyIds()),
                input.consentScopeNote(), openedBy);
        EarlyHelpCase c = EarlyHelpCase.open(newReference(), family, children, level,
                input.origin() == null ? CaseOrigin.EARLY_HELP_ASSESSMENT : input.origin(), consent, openedBy, today,
                input.presentingNeeds());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CREATE, "EarlyHelpCase", c.getId(), c.getId(), null,
                "case opened with consent of member " + giver.getId() + " for children " + ids(children));
        return view(c);
    }

    /** Logs a family's decision not to take up early help (DOMAIN.md: it must be recorded). */
    public void recordDeclined(long familyId, @NotNull @Valid CaseInputs.DeclineConsent input) {
        Caller caller = callers.current();
        access.requireFamily(familyId, caller);
        Family family = em.find(Family.class, familyId);
        ConsentRecord declined = ConsentRecord.decline(family, member(family, input.memberId(), "memberId"), input.decidedOn(),
                input.note(), practitioner(caller));
        em.persist(declined);
        em.flush();
        audit.record(AuditAction.CREATE, "ConsentRecord", declined.getId(), null, null, "consent declined by family " + familyId);
    }

    /** Consent withdrawn: information sharing stops and the episode closes (a safeguarding referral is never blocked). */
    public CaseView withdrawConsent(long caseId, long expectedVersion, @NotNull @Valid CaseInputs.WithdrawConsent input) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        lockChildren(c);
        Caller caller = callers.current();
        c.withdrawConsent(member(c.getFamily(), input.memberId(), "memberId"), input.withdrawnOn(), input.note(), practitioner(caller));
        ended.fire(new CaseEvents.Ended(caseId, c.getClosedOn()));
        return saved(c, "consent withdrawn");
    }

    public CaseView stepUp(long caseId, long expectedVersion, @NotNull @Valid CaseInputs.StepUp input) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        lockChildren(c);
        c.stepUp(input.on(), input.reason());
        ended.fire(new CaseEvents.Ended(caseId, c.getClosedOn()));
        return saved(c, "stepped up to children's social care");
    }

    public CaseView close(long caseId, long expectedVersion, @NotNull @Valid CaseInputs.Close input) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        lockChildren(c);
        c.close(input.reason(), input.on(), input.note());
        closing.fire(new CaseEvents.Closing(caseId, input.reason(), input.on())); // an area may still refuse (rolled back)
        ended.fire(new CaseEvents.Ended(caseId, c.getClosedOn()));
        return saved(c, "closed: " + input.reason());
    }

    public CaseView changeNeedLevel(long caseId, long expectedVersion, @NotNull String needLevelCode) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        c.changeNeedLevel(needLevel(needLevelCode));
        return saved(c, "level of need changed to " + needLevelCode);
    }

    /** Involves another practitioner in the case, which brings it into their scope. */
    public CaseView addPractitioner(long caseId, long expectedVersion, @NotNull @Valid CaseInputs.AddPractitioner input) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        Practitioner p = em.find(Practitioner.class, input.practitionerId());
        if (p == null) {
            throw new RuleViolation("practitioner.unknown", "practitionerId",
                    "There is no practitioner " + input.practitionerId() + ". Choose one from the list.");
        }
        CaseMembership membership = c.addMember(p, MembershipKind.INVOLVED, LocalDate.now(clock));
        em.persist(membership);
        return saved(c, "practitioner " + p.getId() + " involved");
    }

    /**
     * Another child of the family joins the open case from today, on the rules of opening (eligible, not on another
     * open case, covered by the family's consent on this case). The child has no lead until one is appointed.
     */
    public CaseView addChild(long caseId, long expectedVersion, @NotNull @Valid CaseInputs.AddChild input) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        Child child = em.find(Child.class, input.childId(), LockModeType.PESSIMISTIC_WRITE); // one open case per child
        if (child == null || !child.getFamily().equals(c.getFamily())) { // never name another family to the caller
            throw new RuleViolation("case.child-not-in-family", "childId",
                    "Child " + input.childId() + " is not a child of this family. Choose from the family's children.");
        }
        long open = em.createNamedQuery(EarlyHelpCase.COUNT_OPEN_FOR_CHILD, Long.class)
                .setParameter("childId", child.getId()).getSingleResult();
        c.addChild(child, open, LocalDate.now(clock));
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return saved(c, "child " + child.getId() + " joined the case");
    }

    /**
     * A child leaves the open case today; at least one child stays (to end help for all, close the case). Whatever
     * covered the child on the case ends with it (the assignment area ends the child's lead).
     */
    public CaseView removeChild(long caseId, long expectedVersion, long childId) {
        EarlyHelpCase c = changeable(caseId, expectedVersion);
        c.removeChild(em.find(Child.class, childId, LockModeType.PESSIMISTIC_WRITE)); // serialised with a lead coming into force
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        childLeft.fire(new CaseEvents.ChildLeft(caseId, childId, LocalDate.now(clock)));
        return saved(c, "child " + childId + " left the case");
    }

    /**
     * Locks the case's children in id order before the episode ends, as appointing a lead does: a lead coming into
     * force at the same moment either commits first (and is ended by the observers) or sees the case closed.
     */
    private void lockChildren(EarlyHelpCase c) {
        c.getChildren().stream().map(Child::getId).sorted()
                .forEach(id -> em.find(Child.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private EarlyHelpCase changeable(long caseId, long expectedVersion) {
        access.requireCase(caseId, callers.current());
        EarlyHelpCase c = em.find(EarlyHelpCase.class, caseId);
        Versions.require(c.getVersion(), expectedVersion, "case");
        return c;
    }

    private CaseView saved(EarlyHelpCase c, String what) {
        em.flush();
        audit.record(AuditAction.UPDATE, "EarlyHelpCase", c.getId(), c.getId(), null, what);
        return view(c);
    }

    private CaseView view(EarlyHelpCase c) {
        LocalDate today = LocalDate.now(clock);
        List<ChildOnCase> children = c.getChildren().stream()
                .sorted(Comparator.comparing(Child::getDateOfBirth))
                .map(ch -> childOnCase(ch, today)).toList();
        List<ChildOnCase> others = em.createNamedQuery(Child.FIND_BY_FAMILY, Child.class)
                .setParameter("familyId", c.getFamily().getId()).getResultStream()
                .filter(ch -> !c.covers(ch))
                .map(ch -> childOnCase(ch, today)).toList();
        List<MemberLine> members = em.createQuery("SELECT m FROM CaseMembership m JOIN FETCH m.practitioner p JOIN FETCH p.agency"
                        + " WHERE m.earlyHelpCase.id = :caseId ORDER BY m.since, m.id", CaseMembership.class)
                .setParameter("caseId", c.getId()).getResultStream()
                .filter(m -> m.isActiveOn(today))
                .map(m -> new MemberLine(m.getPractitioner().getId(), m.getPractitioner().displayName(),
                        m.getPractitioner().getRole().label(), m.getPractitioner().getAgency().getName(), m.getKind(),
                        m.getKind().label(), m.getSince(), m.getUntil()))
                .toList();
        List<ConsentLine> consents = em.createQuery("SELECT DISTINCT r FROM ConsentRecord r JOIN FETCH r.givenBy"
                        + " LEFT JOIN FETCH r.recordedBy LEFT JOIN FETCH r.sharingAgencies WHERE r.earlyHelpCase.id = :caseId",
                ConsentRecord.class).setParameter("caseId", c.getId()).getResultStream()
                .sorted(Comparator.comparing(ConsentRecord::getRecordedAt))
                .map(r -> new ConsentLine(r.getId(), r.getDecision(), r.getDecision().label(), r.getGivenBy().displayName(),
                        r.getDecidedOn(), r.getRecordedBy() == null ? null : r.getRecordedBy().displayName(),
                        r.getSharingAgencies().stream().map(Agency::getName).sorted().toList(), r.getScopeNote()))
                .toList();
        return new CaseView(c.getId(), c.getVersion(), c.getReference(), c.getFamily().getId(), c.getFamily().getFamilyName(),
                children, c.getNeedLevel().getCode(), c.getNeedLevel().getLabel(), c.getOrigin(), c.getStatus(), c.getOpenedOn(),
                c.getOpenedBy() == null ? null : c.getOpenedBy().displayName(), c.getPresentingNeeds(), c.isConsentInForce(),
                c.getSteppedUpOn(), c.getStepUpReason(), c.getClosedOn(), c.getClosureReason(), c.getClosureNote(),
                c.getRetentionReviewOn(), members, consents, others);
    }

    private static ChildOnCase childOnCase(Child ch, LocalDate today) {
        return new ChildOnCase(ch.getId(), ch.displayName(), ch.getDateOfBirth(), ch.ageOn(today));
    }

    /** Summaries for a page of cases: the children's names come in one extra query for the whole page. */
    private List<CaseSummary> summaries(List<EarlyHelpCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("SELECT c.id, ch.givenName, ch.familyName FROM EarlyHelpCase c JOIN c.children ch WHERE c.id IN :ids"
                        + " ORDER BY ch.dateOfBirth", Object[].class)
                .setParameter("ids", cases.stream().map(EarlyHelpCase::getId).toList())
                .getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r[1] + " " + r[2]));
        return cases.stream().map(c -> new CaseSummary(c.getId(), c.getReference(), c.getFamily().getId(),
                c.getFamily().getFamilyName(), c.getStatus(), c.getNeedLevel().getLabel(), c.getOpenedOn(),
                String.join(", ", names.getOrDefault(c.getId(), List.of())))).toList();
    }

    private NeedLevel needLevel(String code) {
        return em.createNamedQuery(NeedLevel.FIND_BY_CODE, NeedLevel.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("need-level.unknown", "needLevelCode",
                        "There is no level of need '" + code + "'. Choose one from the list."));
    }

    private FamilyMember member(Family family, Long memberId, String field) {
        FamilyMember member = memberId == null ? null : em.find(FamilyMember.class, memberId);
        if (member == null || !member.belongsTo(family)) {
            throw new RuleViolation("family.member-unknown", field,
                    "Person " + memberId + " is not a member of this family. Choose from the family's members.");
        }
        return member;
    }

    private Set<Agency> agencies(Set<Long> ids) {
        Set<Agency> agencies = new HashSet<>();
        if (ids != null) {
            for (Long id : ids) {
                Agency a = em.find(Agency.class, id);
                if (a == null) {
                    throw new RuleViolation("agency.unknown", "sharingAgencyIds",
                            "There is no agency " + id + ". Choose the agencies from the list.");
                }
                agencies.add(a);
            }
        }
        return agencies;
    }

    private Practitioner practitioner(Caller caller) {
        return em.find(Practitioner.class, caller.requirePractitionerId());
    }

    private String newReference() {
        StringBuilder ref = new StringBuilder("EH-");
        for (int i = 0; i < 8; i++) {
            ref.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return ref.toString();
    }

    private static String ids(Set<Child> children) {
        return children.stream().map(ch -> String.valueOf(ch.getId())).collect(Collectors.joining(","));
    }
}
