package org.leadpractitioner.domain.core;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * An early help episode: a family's children, at a level of need, opened with the family's explicit consent.
 *
 * <p>Life cycle: {@link #open} (status OPEN, the initiator becomes a member) then either
 * {@link #stepUp} (status STEPPED_UP: the episode ends because the case went to children's social care),
 * {@link #close} (status CLOSED, with a reason) or {@link #withdrawConsent} (CLOSED, consent withdrawn).
 * Ending the episode sets {@code closedOn} and the date its records are due for a retention review.
 * A case is never closed for want of a lead practitioner. A child may be on only one OPEN case: the
 * service counts with {@value #COUNT_OPEN_FOR_CHILD} and calls {@link #ensureNoOtherOpenCase}.
 */
@Entity
@Table(name = "eh_case")
@NamedQueries({
    @NamedQuery(name = EarlyHelpCase.FIND_BY_REFERENCE,
            query = "SELECT c FROM EarlyHelpCase c JOIN FETCH c.family JOIN FETCH c.needLevel"
                    + " WHERE c.reference = :reference"),
    @NamedQuery(name = EarlyHelpCase.FIND_OPEN_FOR_CHILD,
            query = "SELECT c FROM EarlyHelpCase c JOIN c.children ch WHERE ch.id = :childId"
                    + " AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"),
    @NamedQuery(name = EarlyHelpCase.COUNT_OPEN_FOR_CHILD,
            query = "SELECT COUNT(c) FROM EarlyHelpCase c JOIN c.children ch WHERE ch.id = :childId"
                    + " AND c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"),
    @NamedQuery(name = EarlyHelpCase.FIND_FOR_CHILD,
            query = "SELECT c FROM EarlyHelpCase c JOIN c.children ch WHERE ch.id = :childId"
                    + " ORDER BY c.openedOn DESC, c.id DESC"),
    @NamedQuery(name = EarlyHelpCase.FIND_BY_FAMILY,
            query = "SELECT c FROM EarlyHelpCase c WHERE c.family.id = :familyId ORDER BY c.openedOn DESC, c.id DESC"),
    @NamedQuery(name = EarlyHelpCase.FIND_BY_STATUS,
            query = "SELECT c FROM EarlyHelpCase c WHERE c.status = :status ORDER BY c.openedOn, c.id"),
    @NamedQuery(name = EarlyHelpCase.COUNT_BY_STATUS,
            query = "SELECT COUNT(c) FROM EarlyHelpCase c WHERE c.status = :status"),
    @NamedQuery(name = EarlyHelpCase.FIND_FOR_MEMBER,
            query = "SELECT c FROM EarlyHelpCase c WHERE EXISTS (SELECT m FROM CaseMembership m"
                    + " WHERE m.earlyHelpCase = c AND m.practitioner.id = :practitionerId AND m.since <= :on"
                    + " AND (m.until IS NULL OR m.until > :on)) ORDER BY c.openedOn DESC, c.id DESC"),
    @NamedQuery(name = EarlyHelpCase.COUNT_FOR_MEMBER,
            query = "SELECT COUNT(c) FROM EarlyHelpCase c WHERE EXISTS (SELECT m FROM CaseMembership m"
                    + " WHERE m.earlyHelpCase = c AND m.practitioner.id = :practitionerId AND m.since <= :on"
                    + " AND (m.until IS NULL OR m.until > :on))"),
    @NamedQuery(name = EarlyHelpCase.FIND_OPEN_WITHOUT_LEAD,
            query = "SELECT c FROM EarlyHelpCase c WHERE c.status = org.leadpractitioner.domain.core.CaseStatus.OPEN"
                    + " AND NOT EXISTS (SELECT m FROM CaseMembership m WHERE m.earlyHelpCase = c"
                    + " AND m.kind = org.leadpractitioner.domain.core.MembershipKind.LEAD AND m.until IS NULL)"
                    + " ORDER BY c.openedOn, c.id"),
    @NamedQuery(name = EarlyHelpCase.FIND_DUE_FOR_RETENTION_REVIEW,
            query = "SELECT c FROM EarlyHelpCase c WHERE c.retentionReviewOn <= :on ORDER BY c.retentionReviewOn, c.id")
})
public class EarlyHelpCase extends BaseEntity {

    /** Parameter {@code reference}; loads family and need level. */
    public static final String FIND_BY_REFERENCE = "EarlyHelpCase.findByReference";
    /** Parameter {@code childId}: the OPEN cases covering the child (at most one when the rules are kept). */
    public static final String FIND_OPEN_FOR_CHILD = "EarlyHelpCase.findOpenForChild";
    /** Parameter {@code childId}: how many OPEN cases cover the child. */
    public static final String COUNT_OPEN_FOR_CHILD = "EarlyHelpCase.countOpenForChild";
    /** Parameter {@code childId}: every episode of the child, newest first. */
    public static final String FIND_FOR_CHILD = "EarlyHelpCase.findForChild";
    /** Parameter {@code familyId}: the family's episodes, newest first. */
    public static final String FIND_BY_FAMILY = "EarlyHelpCase.findByFamily";
    /** Parameter {@code status} ({@link CaseStatus}), oldest first; page it. */
    public static final String FIND_BY_STATUS = "EarlyHelpCase.findByStatus";
    /** Parameter {@code status}. */
    public static final String COUNT_BY_STATUS = "EarlyHelpCase.countByStatus";
    /** Parameters {@code practitionerId}, {@code on} (LocalDate): cases the practitioner is a member of; page it. */
    public static final String FIND_FOR_MEMBER = "EarlyHelpCase.findForMember";
    /** Parameters {@code practitionerId}, {@code on}. */
    public static final String COUNT_FOR_MEMBER = "EarlyHelpCase.countForMember";
    /** No parameters: OPEN cases with no current lead practitioner (to flag for a TAF); page it. */
    public static final String FIND_OPEN_WITHOUT_LEAD = "EarlyHelpCase.findOpenWithoutLead";
    /** Parameter {@code on} (LocalDate): ended cases whose retention review is due; page it. */
    public static final String FIND_DUE_FOR_RETENTION_REVIEW = "EarlyHelpCase.findDueForRetentionReview";

    public static final int REFERENCE_MAX = 30;
    public static final int PRESENTING_NEEDS_MAX = 4000;
    public static final int STEP_UP_REASON_MAX = 2000;
    public static final int CLOSURE_NOTE_MAX = 2000;
    /** Years after the case ends until its records are reviewed for retention, unless policy says otherwise. */
    public static final int DEFAULT_RETENTION_YEARS = 6;

    @NotBlank
    @Size(max = REFERENCE_MAX)
    @Column(name = "reference", nullable = false, length = REFERENCE_MAX, updatable = false)
    private String reference;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "family_id", nullable = false, updatable = false)
    private Family family;

    @NotEmpty
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_child",
            joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "child_id"))
    private Set<Child> children = new HashSet<>();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_level_id", nullable = false)
    private NeedLevel needLevel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 40, updatable = false)
    private CaseOrigin origin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 40)
    private CaseStatus status;

    @NotNull
    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opened_by_id", nullable = false, updatable = false)
    private Practitioner openedBy;

    @NotBlank
    @Size(max = PRESENTING_NEEDS_MAX)
    @Column(name = "presenting_needs", nullable = false, length = PRESENTING_NEEDS_MAX)
    private String presentingNeeds;

    @Column(name = "stepped_up_on")
    private LocalDate steppedUpOn;

    @Size(max = STEP_UP_REASON_MAX)
    @Column(name = "step_up_reason", length = STEP_UP_REASON_MAX)
    private String stepUpReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", length = 40)
    private ClosureReason closureReason;

    @Size(max = CLOSURE_NOTE_MAX)
    @Column(name = "closure_note", length = CLOSURE_NOTE_MAX)
    private String closureNote;

    @Column(name = "retention_review_on")
    private LocalDate retentionReviewOn;

    @OneToMany(mappedBy = "earlyHelpCase", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private Set<CaseMembership> memberships = new HashSet<>();

    @OneToMany(mappedBy = "earlyHelpCase", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private Set<ConsentRecord> consents = new HashSet<>();

    protected EarlyHelpCase() {
    }

    /**
     * Opens a case. The caller must also check "one active plan per child" for each child with
     * {@link #ensureNoOtherOpenCase} (it needs a query).
     *
     * @param reference       the case reference, e.g. "EH-000123" (unique; chosen by the caller)
     * @param children        at least one, all of {@code family}, each eligible on {@code openedOn}
     * @param level           an active level at which lead practitioner coordination applies (not Universal)
     * @param consent         a GIVEN consent of the family, valid for every child, decided on or before
     *                        {@code openedOn} and not used by another case
     * @param openedBy        the initiator, who becomes a member of kind {@link MembershipKind#INITIATOR}
     * @param presentingNeeds what worries the family and the practitioners
     * @throws RuleViolation when a rule is broken
     */
    public static EarlyHelpCase open(String reference, Family family, Set<Child> children, NeedLevel level,
            CaseOrigin origin, ConsentRecord consent, Practitioner openedBy, LocalDate openedOn,
            String presentingNeeds) {
        EarlyHelpCase c = new EarlyHelpCase();
        c.reference = Checks.required(reference, REFERENCE_MAX, "case.reference", "reference", "the case reference");
        c.family = Checks.present(family, "case.family-required", "family", "Choose the family the case is for.");
        c.openedOn = Checks.present(openedOn, "case.opened-on-required", "openedOn",
                "Enter the date the case opens.");
        c.origin = Checks.present(origin, "case.origin-required", "origin",
                "Choose how the case came about (early help assessment or step down from social care).");

        Set<Child> chosen = new LinkedHashSet<>();
        if (children != null) {
            children.stream().filter(Objects::nonNull).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw new RuleViolation("case.child-required", "children",
                    "A case must cover at least one child. Choose the child or children the help is for.");
        }
        for (Child child : chosen) {
            if (!family.equals(child.getFamily())) {
                throw new RuleViolation("case.child-not-in-family", "children",
                        child.displayName() + " belongs to the " + child.getFamily().getFamilyName() + ", not the "
                                + family.getFamilyName() + ". Remove " + child.displayName()
                                + " from this case, or open a case for their own family.");
            }
        }
        for (Child child : chosen) {
            checkEligible(child, openedOn);
        }

        checkConsent(consent, family, chosen, openedOn);
        c.checkLevel(level);
        c.needLevel = level;

        c.openedBy = Checks.present(openedBy, "case.opened-by-required", "openedBy",
                "Choose the practitioner opening the case.");
        c.presentingNeeds = Checks.required(presentingNeeds, PRESENTING_NEEDS_MAX, "case.presenting-needs",
                "presentingNeeds", "the presenting needs (what the worries are)");

        c.children.addAll(chosen);
        c.status = CaseStatus.OPEN;
        c.addMember(openedBy, MembershipKind.INITIATOR, openedOn);
        consent.attachTo(c);
        c.consents.add(consent);
        return c;
    }

    /**
     * "One active plan per child": refuses when {@code openCasesForChild} (from {@value #COUNT_OPEN_FOR_CHILD})
     * is not zero.
     */
    public static void ensureNoOtherOpenCase(Child child, long openCasesForChild) {
        if (openCasesForChild > 0) {
            throw new RuleViolation("case.child-already-on-open-case", "children",
                    child.displayName() + " is already on an open early help case, and a child can have only"
                            + " one active plan at a time. Add the new worries to that case, or close it before"
                            + " opening another.");
        }
    }

    private static void checkEligible(Child child, LocalDate on) {
        if (child.isEligibleForEarlyHelpOn(on)) {
            return;
        }
        if (on.isBefore(child.getDateOfBirth())) {
            throw new RuleViolation("case.child-not-eligible", "children",
                    child.displayName() + " was not born yet on " + Checks.date(on) + " (born "
                            + Checks.date(child.getDateOfBirth()) + "). Check the date of birth and the opening date.");
        }
        int age = child.ageOn(on);
        String rule = "Early help covers children under " + Child.EARLY_HELP_AGE_LIMIT + ", or young people under "
                + Child.EARLY_HELP_AGE_LIMIT_SEN + " with special educational needs (SEN support or an EHCP).";
        String todo = child.getSenStatus() == SenStatus.NONE && age < Child.EARLY_HELP_AGE_LIMIT_SEN
                ? " Remove " + child.displayName() + " from the case, or record their SEN status if they have"
                        + " special educational needs."
                : " Remove " + child.displayName() + " from the case.";
        throw new RuleViolation("case.child-not-eligible", "children",
                child.displayName() + " is " + age + " on " + Checks.date(on) + ". " + rule + todo);
    }

    private static void checkConsent(ConsentRecord consent, Family family, Set<Child> children, LocalDate openedOn) {
        if (consent == null) {
            throw new RuleViolation("consent.required", ConsentRecord.GIVEN_BY_FIELD,
                    "A case can only be opened with the family's explicit consent. Record the consent of a parent"
                            + " or carer with parental responsibility first.");
        }
        if (!consent.isGiven()) {
            throw new RuleViolation("consent.not-given", "consentDecision",
                    "The family's decision recorded on " + Checks.date(consent.getDecidedOn()) + " is '"
                            + consent.getDecision().label() + "'. A case can only be opened with consent given:"
                            + " record the consent of a parent or carer with parental responsibility first.");
        }
        if (!family.equals(consent.getFamily())) {
            throw new RuleViolation("consent.other-family", ConsentRecord.GIVEN_BY_FIELD,
                    "This consent was given for the " + consent.getFamily().getFamilyName() + ", not the "
                            + family.getFamilyName() + ". Record consent from a parent or carer of this family.");
        }
        if (consent.getEarlyHelpCase() != null) {
            throw new RuleViolation("consent.already-used", "consent",
                    "This consent was recorded for case " + consent.getEarlyHelpCase().getReference()
                            + ". Record the family's consent for this new case.");
        }
        for (Child child : children) {
            consent.checkValidFor(child);
        }
        if (consent.getDecidedOn().isAfter(openedOn)) {
            throw new RuleViolation("consent.after-opening", "consentDecidedOn",
                    "Consent was given on " + Checks.date(consent.getDecidedOn()) + ", after the opening date "
                            + Checks.date(openedOn) + ". A case opens only once consent is given: open it on or"
                            + " after the day of consent.");
        }
    }

    private void checkLevel(NeedLevel level) {
        Checks.present(level, "case.need-level-required", "needLevel", "Choose the level of need.");
        if (!level.isActive()) {
            throw new RuleViolation("case.need-level-inactive", "needLevel",
                    "The level '" + level.getLabel() + "' is no longer in use. Choose a current level of need.");
        }
        if (!level.isLeadPractitionerApplies()) {
            throw new RuleViolation("case.need-level-universal", "needLevel",
                    "At the level '" + level.getLabel() + "' needs are met by universal services, so no coordinated"
                            + " early help case is needed. Choose a level from Level 1 Plus up, or support the"
                            + " family through universal services.");
        }
    }

    /**
     * The family withdraws consent: records the withdrawal (who, when, why) and closes the case with
     * {@link ClosureReason#CONSENT_WITHDRAWN}. Information sharing stops; a safeguarding referral is never
     * blocked by it.
     *
     * @param by a member of the family holding parental responsibility
     * @return the withdrawal record (persisted with the case)
     */
    public ConsentRecord withdrawConsent(FamilyMember by, LocalDate on, String note, Practitioner recordedBy) {
        return withdrawConsent(by, on, note, recordedBy, DEFAULT_RETENTION_YEARS);
    }

    /** As {@link #withdrawConsent(FamilyMember, LocalDate, String, Practitioner)}, with the retention policy. */
    public ConsentRecord withdrawConsent(FamilyMember by, LocalDate on, String note, Practitioner recordedBy,
            int retentionYears) {
        requireOpen("record a withdrawal of consent");
        checkRetention(retentionYears);
        checkEndDate(on, "consentDecidedOn");
        ConsentRecord withdrawal = ConsentRecord.withdrawal(this, by, on, note, recordedBy);
        end(CaseStatus.CLOSED, ClosureReason.CONSENT_WITHDRAWN, on,
                Checks.optional(note, CLOSURE_NOTE_MAX, "case.closure-note", "closureNote", "the note"),
                retentionYears);
        consents.add(withdrawal);
        return withdrawal;
    }

    /** Steps the case up to children's social care (OPEN cases only), ending the early help episode. */
    public void stepUp(LocalDate on, String reason) {
        stepUp(on, reason, DEFAULT_RETENTION_YEARS);
    }

    /** As {@link #stepUp(LocalDate, String)}, with the retention policy. */
    public void stepUp(LocalDate on, String reason, int retentionYears) {
        requireOpen("be stepped up");
        checkRetention(retentionYears);
        Checks.present(on, "case.stepped-up-on-required", "steppedUpOn", "Enter the date of the step up.");
        checkEndDate(on, "steppedUpOn");
        String why = Checks.required(reason, STEP_UP_REASON_MAX, "case.step-up-reason", "stepUpReason",
                "the reason for stepping up (what has changed and what the referral asks for)");
        this.steppedUpOn = on;
        this.stepUpReason = why;
        end(CaseStatus.STEPPED_UP, ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, on, null, retentionYears);
    }

    /** Closes with the default retention period. */
    public void close(ClosureReason reason, LocalDate on, String note) {
        close(reason, on, note, DEFAULT_RETENTION_YEARS);
    }

    /**
     * Closes an OPEN case. A note is required for {@link ClosureReason#OTHER} and, describing the plan, for
     * {@link ClosureReason#SUSTAINABILITY_PLAN_AGREED}. {@link ClosureReason#STEPPED_UP_TO_SOCIAL_CARE} is a
     * {@link #stepUp} with the note as its reason; {@link ClosureReason#CONSENT_WITHDRAWN} must go through
     * {@link #withdrawConsent} so that who withdrew is recorded.
     *
     * @param retentionYears years after {@code on} until the records' retention review (policy; at least 1)
     */
    public void close(ClosureReason reason, LocalDate on, String note, int retentionYears) {
        requireOpen("be closed");
        checkRetention(retentionYears);
        Checks.present(reason, "case.closure-reason-required", "closureReason", "Choose why the case is closing.");
        if (reason == ClosureReason.STEPPED_UP_TO_SOCIAL_CARE) {
            stepUp(on, note, retentionYears);
            return;
        }
        if (reason == ClosureReason.CONSENT_WITHDRAWN) {
            throw new RuleViolation("case.use-withdraw-consent", "closureReason",
                    "To close a case because the family withdrew consent, use 'Withdraw consent', which records who"
                            + " withdrew it and when.");
        }
        checkEndDate(on, "closedOn");
        String text = switch (reason) {
            case SUSTAINABILITY_PLAN_AGREED -> Checks.required(note, CLOSURE_NOTE_MAX, "case.sustainability-plan",
                    "closureNote", "the sustainability plan (what the family will do if worries return)");
            case OTHER -> Checks.required(note, CLOSURE_NOTE_MAX, "case.closure-note", "closureNote",
                    "a note saying why the case is closing");
            default -> Checks.optional(note, CLOSURE_NOTE_MAX, "case.closure-note", "closureNote", "the note");
        };
        end(CaseStatus.CLOSED, reason, on, text, retentionYears);
    }

    private static void checkRetention(int retentionYears) {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("The retention period must be at least one year");
        }
    }

    private void end(CaseStatus newStatus, ClosureReason reason, LocalDate on, String note, int retentionYears) {
        this.status = newStatus;
        this.closureReason = reason;
        this.closedOn = on;
        this.closureNote = note;
        this.retentionReviewOn = on.plusYears(retentionYears);
    }

    private void checkEndDate(LocalDate on, String field) {
        Checks.present(on, "case.end-date-required", field, "Enter the date.");
        if (on.isBefore(openedOn)) {
            throw new RuleViolation("case.ended-before-opening", field,
                    "The date " + Checks.date(on) + " is before the case opened (" + Checks.date(openedOn)
                            + "). Enter a date on or after " + Checks.date(openedOn) + ".");
        }
    }

    private void requireOpen(String action) {
        if (status != CaseStatus.OPEN) {
            throw new RuleViolation("case.not-open", null,
                    "Case " + reference + " is " + status.label().toLowerCase(Locale.UK)
                            + (closedOn == null ? "" : " (since " + Checks.date(closedOn) + ")")
                            + ", so it cannot " + action + ". Open a new case if the family needs help again.");
        }
    }

    /**
     * A child of the family joins this OPEN case on {@code on} (a new baby, a sibling whose worries came to light).
     * The same rules as at opening: the child is of this family, eligible for early help on {@code on}, not on
     * another open case ({@code openCasesForChild} from {@value #COUNT_OPEN_FOR_CHILD}), and the family's consent
     * on this case covers the child (where parents are separated it came from the parent the child lives with).
     * Errors name the field {@code childId}.
     */
    public void addChild(Child child, long openCasesForChild, LocalDate on) {
        requireOpen("take another child");
        Checks.present(child, "case.child-required", "childId", "Choose the child to add to the case.");
        if (!family.equals(child.getFamily())) {
            throw new RuleViolation("case.child-not-in-family", "childId",
                    child.displayName() + " belongs to the " + child.getFamily().getFamilyName() + ", not the "
                            + family.getFamilyName() + ". Choose one of this family's children.");
        }
        if (children.contains(child)) {
            throw new RuleViolation("case.child-already-on-case", "childId",
                    child.displayName() + " is already on case " + reference + ". Nothing to add.");
        }
        try {
            ensureNoOtherOpenCase(child, openCasesForChild);
            checkEligible(child, on);
            ConsentRecord consent = latestConsent().orElseThrow(() -> new RuleViolation("consent.required", "childId",
                    "Case " + reference + " has no consent recorded, so no child can be added to it."));
            consent.checkValidFor(child);
        } catch (RuleViolation broken) {
            throw broken.withField("childId");
        }
        children.add(child);
    }

    /**
     * {@code child} leaves this OPEN case (help for them is no longer needed, or they moved to the other parent's
     * household). At least one child stays: to end help for the last child, close the case instead.
     */
    public void removeChild(Child child) {
        requireOpen("change its children");
        if (child == null || !children.contains(child)) {
            throw new RuleViolation("case.child-not-on-case", "childId",
                    (child == null ? "That child" : child.displayName()) + " is not on case " + reference
                            + ". Choose one of the case's children.");
        }
        if (children.size() == 1) {
            throw new RuleViolation("case.last-child", "childId",
                    child.displayName() + " is the only child on case " + reference + ". A case covers at least one"
                            + " child: close the case instead, with the reason help is ending.");
        }
        children.remove(child);
    }

    /** Moves an OPEN case to another active level at which lead practitioner coordination applies. */
    public void changeNeedLevel(NeedLevel level) {
        requireOpen("change its level of need");
        checkLevel(level);
        this.needLevel = level;
    }

    /** Adds a practitioner to the case from today. */
    public CaseMembership addMember(Practitioner practitioner, MembershipKind kind) {
        return addMember(practitioner, kind, LocalDate.now());
    }

    /**
     * Adds a practitioner to an OPEN case from {@code since}. A practitioner cannot hold the same kind of
     * membership twice at once. A {@link MembershipKind#LEAD} membership gives a lead practitioner access to the
     * case; which children each lead covers (one lead per child at a time) is the assignment area's record, so a
     * family with several leads has several LEAD memberships.
     */
    public CaseMembership addMember(Practitioner practitioner, MembershipKind kind, LocalDate since) {
        requireOpen("take new members");
        Checks.present(practitioner, "case.member-required", "practitioner", "Choose the practitioner.");
        Checks.present(kind, "case.member-kind-required", "kind", "Choose the practitioner's part in the case.");
        Checks.present(since, "case.member-since-required", "since", "Enter the date their part starts.");
        if (!practitioner.isActive()) {
            throw new RuleViolation("case.member-inactive", "practitioner",
                    practitioner.displayName() + "'s record is no longer active. Choose a current practitioner.");
        }
        if (since.isBefore(openedOn)) {
            throw new RuleViolation("case.member-before-opening", "since",
                    "The start date " + Checks.date(since) + " is before the case opened (" + Checks.date(openedOn)
                            + "). Enter a date on or after " + Checks.date(openedOn) + ".");
        }
        for (CaseMembership m : memberships) {
            if (m.getKind() != kind || !m.isCurrentAt(since)) {
                continue;
            }
            if (m.getPractitioner().equals(practitioner)) {
                throw new RuleViolation("case.member-duplicate", "practitioner",
                        practitioner.displayName() + " is already " + article(kind) + " on case " + reference
                                + ". Nothing to add.");
            }
        }
        CaseMembership membership = new CaseMembership(this, practitioner, kind, since);
        memberships.add(membership);
        return membership;
    }

    private static String article(MembershipKind kind) {
        String label = kind.label().toLowerCase(Locale.UK);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    public boolean isOpen() {
        return status == CaseStatus.OPEN;
    }

    /** Whether the case covers {@code child}. */
    public boolean covers(Child child) {
        return children.contains(child);
    }

    /** The memberships active on {@code date}. */
    public List<CaseMembership> activeMembershipsOn(LocalDate date) {
        return memberships.stream().filter(m -> m.isActiveOn(date))
                .sorted(Comparator.comparing(CaseMembership::getKind).thenComparing(CaseMembership::getSince))
                .toList();
    }

    /** Whether {@code practitioner} has an active membership (of any kind) on {@code date}. */
    public boolean hasActiveMember(Practitioner practitioner, LocalDate date) {
        return memberships.stream().anyMatch(m -> m.isActiveOn(date) && m.getPractitioner().equals(practitioner));
    }

    /** The lead practitioners on {@code date} (usually one; exceptionally one per group of children). */
    public List<Practitioner> leadsOn(LocalDate date) {
        return memberships.stream().filter(m -> m.getKind() == MembershipKind.LEAD && m.isActiveOn(date))
                .sorted(Comparator.comparing(CaseMembership::getSince)).map(CaseMembership::getPractitioner).toList();
    }

    /** The most recent consent decision on this case (given at opening, or a later withdrawal). */
    public Optional<ConsentRecord> latestConsent() {
        return consents.stream().max(Comparator.comparing(ConsentRecord::getDecidedOn)
                .thenComparing(ConsentRecord::getRecordedAt));
    }

    /** Whether the family's consent is in force: the latest decision is a consent given. */
    public boolean isConsentInForce() {
        return latestConsent().map(ConsentRecord::isGiven).orElse(false);
    }

    public String getReference() {
        return reference;
    }

    public Family getFamily() {
        return family;
    }

    public Set<Child> getChildren() {
        return Collections.unmodifiableSet(children);
    }

    public NeedLevel getNeedLevel() {
        return needLevel;
    }

    public CaseOrigin getOrigin() {
        return origin;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Practitioner getOpenedBy() {
        return openedBy;
    }

    public String getPresentingNeeds() {
        return presentingNeeds;
    }

    /** Plain data: the needs as understood now (e.g. after the first TAF). */
    public void updatePresentingNeeds(String needs) {
        this.presentingNeeds = Checks.required(needs, PRESENTING_NEEDS_MAX, "case.presenting-needs",
                "presentingNeeds", "the presenting needs (what the worries are)");
    }

    public LocalDate getSteppedUpOn() {
        return steppedUpOn;
    }

    public String getStepUpReason() {
        return stepUpReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public LocalDate getRetentionReviewOn() {
        return retentionReviewOn;
    }

    public Set<CaseMembership> getMemberships() {
        return Collections.unmodifiableSet(memberships);
    }

    public Set<ConsentRecord> getConsents() {
        return Collections.unmodifiableSet(consents);
    }
}
