package org.leadpractitioner.domain.assignment;

import static org.leadpractitioner.domain.core.PractitionerRole.CAMHS_CARE_COORDINATOR;
import static org.leadpractitioner.domain.core.PractitionerRole.KEY_WORKER;
import static org.leadpractitioner.domain.core.PractitionerRole.PERSONAL_ADVISER;
import static org.leadpractitioner.domain.core.PractitionerRole.SENCO;
import static org.leadpractitioner.domain.core.PractitionerRole.SOCIAL_WORKER;
import static org.leadpractitioner.domain.core.PractitionerRole.YJS_SUPERVISING_OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leadpractitioner.domain.core.Checks;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * The statutory and guidance rules on who leads for a child: one per row of the table in DOMAIN.md
 * ("Appointing the lead practitioner"), the combinations the guidance spells out, and the two national
 * designations. Each rule says how strongly the guidance puts it ({@link RuleStrength}), where it comes from,
 * and, for a given child and candidate, what it means in plain English.
 *
 * <p>A rule that names "the" social worker (or personal adviser, care coordinator, key worker) is met by the
 * practitioner recorded as responsible for the child's circumstance; when nobody is recorded, by any
 * practitioner in that role, and the explanation asks for the named person to be recorded.
 */
public enum LeadRule {

    CHILD_PROTECTION_PLAN("child-protection-plan", "Child protection plan", RuleStrength.MUST, Sources.BEDFORDSHIRE
            + "'Child Protection Plan': the named social worker is responsible for acting as the lead practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.CHILD_PROTECTION_PLAN).map(c -> must(child, candidate, c, SOCIAL_WORKER,
                    "is subject to a child protection plan")).orElse(null);
        }
    },
    LOOKED_AFTER("looked-after", "Looked after child", RuleStrength.MUST, Sources.BEDFORDSHIRE
            + "'Looked after Children': the allocated social worker is the lead practitioner; a key worker in the home"
            + " or school gives day-to-day support.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.LOOKED_AFTER).map(c -> must(child, candidate, c, SOCIAL_WORKER, "is looked after"))
                    .orElse(null);
        }
    },
    ADOPTION_PLAN("adoption-plan", "Adoption is the plan", RuleStrength.MUST, Sources.BEDFORDSHIRE
            + "'Adoption cases': for children for whom adoption is the plan, the child's social worker is the lead"
            + " practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.ADOPTION_PLAN).map(c -> must(child, candidate, c, SOCIAL_WORKER,
                    "has adoption as the plan")).orElse(null);
        }
    },
    CHILD_IN_NEED_ASSESSMENT("child-in-need-assessment", "Child in Need assessment", RuleStrength.MUST, Sources.BEDFORDSHIRE
            + "'Children in Need': an allocated social worker is the lead practitioner during any Child in Need"
            + " assessment phase.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.CHILD_IN_NEED_ASSESSMENT).map(c -> must(child, candidate, c, SOCIAL_WORKER,
                    "is being assessed as a Child in Need")).orElse(null);
        }
    },
    CHILD_IN_NEED("child-in-need", "Child in Need (services decided)", RuleStrength.MAY, Sources.BEDFORDSHIRE
            + "'Children in Need': once services are decided any relevant practitioner can lead; where social services"
            + " remain involved it may still be appropriate for the social worker to lead.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.CHILD_IN_NEED).map(c -> {
                if (!c.namesSomeone() || candidate.practitionerId() == c.responsibleId()) {
                    return finding(child, Verdict.MET, child.name() + " is a Child in Need with services decided, so any"
                            + " relevant practitioner can lead.");
                }
                return finding(child, Verdict.WARNING, child.name() + " is a Child in Need and social care remains"
                        + " involved (" + c.responsibleName() + " is the named social worker), so it may still be"
                        + " appropriate for the social worker to lead. Write down why " + candidate.name()
                        + " is better placed.");
            }).orElse(null);
        }
    },
    CARE_LEAVER_ELIGIBLE("care-leaver-eligible", "Care leaver still looked after (eligible)", RuleStrength.MUST,
            Sources.BEDFORDSHIRE + "'Care leaver': care leavers who remain looked after ('eligible children') have a social"
            + " worker, who may also take the personal adviser role; being looked after, the social worker leads.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.CARE_LEAVER_ELIGIBLE).map(c -> must(child, candidate, c, SOCIAL_WORKER,
                    "is an eligible care leaver (still looked after)")).orElse(null);
        }
    },
    CARE_LEAVER_RELEVANT("care-leaver-relevant", "Care leaver who left care before 18 (relevant)", RuleStrength.USUALLY,
            Sources.BEDFORDSHIRE + "'Care leaver': where care leavers left care before their 18th birthday ('relevant"
            + " children') the lead practitioner will usually be a personal adviser; statutory accountability stays"
            + " with the social worker.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.CARE_LEAVER_RELEVANT).map(c -> {
                boolean named = c.namesSomeone() && candidate.practitionerId() == c.responsibleId();
                if (named || candidate.role() == PERSONAL_ADVISER || candidate.role() == SOCIAL_WORKER) {
                    return finding(child, Verdict.MET, child.name() + " is a relevant care leaver; "
                            + candidate.described() + " can lead (usually the personal adviser does).");
                }
                return finding(child, Verdict.WARNING, child.name() + " is a relevant care leaver, whose lead is usually"
                        + " a personal adviser" + (c.namesSomeone() ? " (" + c.responsibleName() + " is named)" : "")
                        + ". Write down why " + candidate.described() + " is better placed.");
            }).orElse(null);
        }
    },
    COMPLEX_NEEDS_KEY_WORKER("complex-needs-key-worker", "Complex disability or health needs with a key worker",
            RuleStrength.USUALLY, Sources.BEDFORDSHIRE + "'Child with complex disabilities or complex health needs': where the"
            + " child or family have a key worker, they are the lead practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.COMPLEX_NEEDS_KEY_WORKER).map(c -> usually(child, candidate, c, KEY_WORKER,
                    "has a key worker for complex needs")).orElse(null);
        }
    },
    MENTAL_HEALTH_CPA("mental-health-cpa", "Mental health care programme approach", RuleStrength.USUALLY, Sources.BEDFORDSHIRE
            + "'Child with mental health needs': where a Care Programme Approach is being followed, the care"
            + " coordinator is the lead practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.MENTAL_HEALTH_CPA).map(c -> usually(child, candidate, c, CAMHS_CARE_COORDINATOR,
                    "is under the mental health Care Programme Approach")).orElse(null);
        }
    },
    YOUTH_JUSTICE_ORDER("youth-justice-order", "Youth justice order or custody", RuleStrength.MAY, Sources.BEDFORDSHIRE
            + "'Young Offender': the YJS supervising officer may be the lead practitioner; the decision must be agreed"
            + " locally and, if the officer leads, with the support of the relevant mainstream agencies.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (!child.has(CircumstanceType.YOUTH_JUSTICE_ORDER)) {
                return null;
            }
            if (candidate.role() == YJS_SUPERVISING_OFFICER) {
                return finding(child, Verdict.WARNING, child.name() + " is on a youth justice order. The YJS supervising"
                        + " officer may lead only when that is agreed locally with the support of the mainstream"
                        + " agencies: write down that agreement.");
            }
            return finding(child, Verdict.MET, child.name() + " is on a youth justice order; the YJS supervising officer"
                    + " may lead but need not, so " + candidate.described() + " can.");
        }
    },
    YOUTH_JUSTICE_WITH_CHILD_PROTECTION_OR_LOOKED_AFTER("youth-justice-with-protection-or-care",
            "Youth justice order with a child protection plan or looked after", RuleStrength.MUST, Sources.BEDFORDSHIRE
            + "'Young Offender': where the child is looked after or subject to a child protection plan the lead"
            + " practitioner must be the social worker.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (!child.has(CircumstanceType.YOUTH_JUSTICE_ORDER)) {
                return null;
            }
            Optional<CircumstanceFacts> statutory = child.circumstance(CircumstanceType.CHILD_PROTECTION_PLAN)
                    .or(() -> child.circumstance(CircumstanceType.LOOKED_AFTER));
            return statutory.map(c -> must(child, candidate, c, SOCIAL_WORKER, "is on a youth justice order and "
                    + (c.type() == CircumstanceType.CHILD_PROTECTION_PLAN ? "subject to a child protection plan" : "looked after")
                    + ", so the YJS officer cannot lead and")).orElse(null);
        }
    },
    SPECIAL_EDUCATIONAL_NEEDS("special-educational-needs", "Special educational needs", RuleStrength.MAY, Sources.BEDFORDSHIRE
            + "'Child with special educational needs': the SENCO may, where appropriate, be the lead practitioner;"
            + " from Year 9 a personal adviser oversees the transition plan and is likely to lead.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (child.senStatus() == SenStatus.NONE) {
                return null;
            }
            boolean transition = child.senStatus() == SenStatus.EHCP && child.schoolYear() >= 9;
            if (candidate.role() == SENCO || transition && candidate.role() == PERSONAL_ADVISER) {
                return finding(child, Verdict.MET, child.name() + " has special educational needs and "
                        + candidate.described() + " is who the guidance suggests.");
            }
            return finding(child, Verdict.WARNING, child.name() + " has special educational needs ("
                    + child.senStatus().label().toLowerCase(Locale.UK) + "): the SENCO may lead"
                    + (transition ? ", or from Year 9 a personal adviser" : "") + ". Someone else may be better placed"
                    + " where support is needed well beyond school: write down why " + candidate.described() + " is.");
        }
    },
    OPEN_TO_SOCIAL_CARE("open-to-social-care", "Open to children's social care", RuleStrength.MUST,
            "DOMAIN.md, 'Appointing the lead practitioner': a child open to statutory social care is led by the social"
            + " worker; statutory levels force a social worker as lead practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            return child.circumstance(CircumstanceType.OPEN_TO_SOCIAL_CARE).map(c -> must(child, candidate, c, SOCIAL_WORKER,
                    "is open to children's social care")).orElse(null);
        }
    },
    STATUTORY_LEVEL_OF_NEED("statutory-level-of-need", "Statutory level of need", RuleStrength.MUST,
            "DOMAIN.md, 'The case': lead practitioner coordination applies from Level 1 Plus up; statutory levels"
            + " force a social worker as lead practitioner.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (!child.statutoryLevel()) {
                return null;
            }
            return candidate.role() == SOCIAL_WORKER
                    ? finding(child, Verdict.MET, "The case is at a statutory level (" + child.levelLabel() + ") and "
                            + candidate.name() + " is a social worker.")
                    : finding(child, Verdict.REFUSED, "The case is at a statutory level (" + child.levelLabel()
                            + "), so " + child.name() + "'s lead practitioner must be a social worker; "
                            + candidate.described() + " is not.");
        }
    },
    CHILD_PROTECTION_DESIGNATION("child-protection-designation", "A child protection plan needs a Lead Child"
            + " Protection Practitioner", RuleStrength.MUST, Sources.FAMILIES_FIRST + "the Lead Child Protection Practitioner"
            + " leads when there is reasonable cause to suspect significant harm.") {
        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (!child.has(CircumstanceType.CHILD_PROTECTION_PLAN)) {
                return null;
            }
            return designation == Designation.LEAD_CHILD_PROTECTION_PRACTITIONER
                    ? finding(child, Verdict.MET, child.name() + " is subject to a child protection plan and the"
                            + " appointment is as Lead Child Protection Practitioner.")
                    : finding(child, Verdict.REFUSED, child.name() + " is subject to a child protection plan, so the"
                            + " lead must be designated Lead Child Protection Practitioner, not "
                            + designation.label() + ".");
        }
    },
    LEAD_CHILD_PROTECTION_PRACTITIONER_QUALIFIED("lead-child-protection-practitioner-qualified",
            "A Lead Child Protection Practitioner is an experienced social worker", RuleStrength.MUST, Sources.FAMILIES_FIRST
            + "the Lead Child Protection Practitioner is a qualified, experienced social worker.") {
        @Override
        boolean perChild() {
            return false;
        }

        @Override
        RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation) {
            if (designation != Designation.LEAD_CHILD_PROTECTION_PRACTITIONER) {
                return null;
            }
            if (candidate.role() != SOCIAL_WORKER) {
                return finding(null, Verdict.REFUSED, "Only a qualified, experienced social worker can be a Lead Child"
                        + " Protection Practitioner; " + candidate.described() + " is not a social worker.");
            }
            if (candidate.newlyQualified()) {
                return finding(null, Verdict.REFUSED, candidate.name() + " is a newly qualified social worker; a Lead"
                        + " Child Protection Practitioner must be experienced. Choose an experienced social worker.");
            }
            return finding(null, Verdict.MET, candidate.name() + " is an experienced social worker.");
        }
    };

    private final String code;
    private final String title;
    private final RuleStrength strength;
    private final String source;

    LeadRule(String code, String title, RuleStrength strength, String source) {
        this.code = code;
        this.title = title;
        this.strength = strength;
        this.source = source;
    }

    /**
     * Every rule's finding on {@code candidate} leading for {@code children} as {@code designation}: refusals
     * first, then warnings, then the rules that are met; rules that do not apply to a child say nothing.
     */
    public static RuleCheck evaluate(List<ChildFacts> children, CandidateFacts candidate, Designation designation) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("The rules are about children: name at least one");
        }
        List<RuleFinding> findings = new ArrayList<>();
        for (LeadRule rule : values()) {
            for (ChildFacts child : rule.perChild() ? children : children.subList(0, 1)) {
                RuleFinding f = rule.judge(child, candidate, designation);
                if (f != null) {
                    findings.add(f);
                }
            }
        }
        findings.sort(java.util.Comparator.comparing((RuleFinding f) -> -f.verdict().ordinal()));
        return new RuleCheck(candidate, designation, findings);
    }

    /**
     * This rule's finding for {@code child} and {@code candidate}, or {@code null} when it does not apply to the
     * child. Rules that are not {@link #perChild()} are asked once, about the first child.
     */
    abstract RuleFinding judge(ChildFacts child, CandidateFacts candidate, Designation designation);

    /** Whether the rule is about each child (most are) or about the appointment as a whole. */
    boolean perChild() {
        return true;
    }

    /** A stable code, e.g. {@code child-protection-plan}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public RuleStrength strength() {
        return strength;
    }

    /** Where the rule comes from in the published guidance. */
    public String source() {
        return source;
    }

    RuleFinding finding(ChildFacts child, Verdict verdict, String explanation) {
        return new RuleFinding(this, child == null ? null : child.childId(), child == null ? null : child.name(),
                verdict, explanation);
    }

    /** A "must" rule requiring the practitioner named for circumstance {@code c} (or, if none is, anyone in {@code role}). */
    RuleFinding must(ChildFacts child, CandidateFacts candidate, CircumstanceFacts c, PractitionerRole role, String what) {
        String noun = role.label().toLowerCase(Locale.UK);
        String since = " (since " + Checks.date(c.since()) + ")";
        if (c.namesSomeone()) {
            return candidate.practitionerId() == c.responsibleId()
                    ? finding(child, Verdict.MET, child.name() + " " + what + since + "; " + candidate.name()
                            + " is the named " + noun + ", who must lead.")
                    : finding(child, Verdict.REFUSED, child.name() + " " + what + since + ", so the named " + noun
                            + ", " + c.responsibleName() + ", must be the lead practitioner, not " + candidate.described()
                            + ".");
        }
        return candidate.role() == role
                ? finding(child, Verdict.MET, child.name() + " " + what + since + "; " + candidate.name() + " is a "
                        + noun + ". Record them as the named " + noun + " on " + child.name() + "'s page.")
                : finding(child, Verdict.REFUSED, child.name() + " " + what + since + ", so the lead practitioner must"
                        + " be the " + noun + ", not " + candidate.described() + ". No " + noun + " is named yet:"
                        + " record them on " + child.name() + "'s page.");
    }

    /** A "usually" rule preferring the practitioner named for {@code c} (or anyone in {@code role}). */
    RuleFinding usually(ChildFacts child, CandidateFacts candidate, CircumstanceFacts c, PractitionerRole role,
            String what) {
        String noun = role.label().toLowerCase(Locale.UK);
        boolean met = c.namesSomeone() ? candidate.practitionerId() == c.responsibleId() : candidate.role() == role;
        if (met) {
            return finding(child, Verdict.MET, child.name() + " " + what + "; " + candidate.name() + " is "
                    + (c.namesSomeone() ? "the named " : "a ") + noun + ", who is expected to lead.");
        }
        return finding(child, Verdict.WARNING, child.name() + " " + what + ", so the " + noun
                + (c.namesSomeone() ? " (" + c.responsibleName() + ")" : "") + " is expected to lead. Write down why "
                + candidate.described() + " is better placed.");
    }

    /** Where the rules come from (a holder, so that the constants above can use them). */
    private static final class Sources {
        static final String BEDFORDSHIRE = "Lead Practitioner briefing (Bedfordshire partnership), ";
        static final String FAMILIES_FIRST = "Families First Partnership reforms (2025), DOMAIN.md 'Appointing the"
                + " lead practitioner': ";
    }
}
