package org.leadpractitioner.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.assignment.Designation.FAMILY_HELP_LEAD_PRACTITIONER;
import static org.leadpractitioner.domain.assignment.Designation.LEAD_CHILD_PROTECTION_PRACTITIONER;
import static org.leadpractitioner.domain.assignment.Verdict.MET;
import static org.leadpractitioner.domain.assignment.Verdict.REFUSED;
import static org.leadpractitioner.domain.assignment.Verdict.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * Every row of the DOMAIN.md table ("Appointing the lead practitioner"), the combinations the guidance spells
 * out, and the designations: for each, who meets the rule, who is refused and who needs a justification.
 */
class LeadRuleTest {

    static final LocalDate ON = LocalDate.of(2026, 11, 23);
    static final LocalDate SINCE = LocalDate.of(2026, 6, 1);
    static final long NAMED = 7L; // the practitioner named as responsible on the child's circumstance

    static final CandidateFacts NAMED_SOCIAL_WORKER = candidate(NAMED, PractitionerRole.SOCIAL_WORKER);
    static final CandidateFacts OTHER_SOCIAL_WORKER = candidate(8, PractitionerRole.SOCIAL_WORKER);
    static final CandidateFacts FAMILY_WORKER = candidate(9, PractitionerRole.FAMILY_WORKER);
    static final CandidateFacts PERSONAL_ADVISER = candidate(10, PractitionerRole.PERSONAL_ADVISER);
    static final CandidateFacts NAMED_PERSONAL_ADVISER = candidate(NAMED, PractitionerRole.PERSONAL_ADVISER);
    static final CandidateFacts NAMED_KEY_WORKER = candidate(NAMED, PractitionerRole.KEY_WORKER);
    static final CandidateFacts NAMED_CARE_COORDINATOR = candidate(NAMED, PractitionerRole.CAMHS_CARE_COORDINATOR);
    static final CandidateFacts YJS_OFFICER = candidate(11, PractitionerRole.YJS_SUPERVISING_OFFICER);
    static final CandidateFacts SENCO = candidate(12, PractitionerRole.SENCO);
    static final CandidateFacts HEALTH_VISITOR = candidate(13, PractitionerRole.HEALTH_VISITOR);

    static CandidateFacts candidate(long id, PractitionerRole role) {
        return new CandidateFacts(id, "Candidate " + id, role, false);
    }

    /** A child of 10 (Year 5) with these circumstances, each naming practitioner {@link #NAMED}. */
    static ChildFacts child(CircumstanceType... types) {
        return child(LocalDate.of(2016, 3, 1), SenStatus.NONE, false, true, types);
    }

    static ChildFacts child(LocalDate born, SenStatus sen, boolean statutoryLevel, boolean named, CircumstanceType... types) {
        List<CircumstanceFacts> list = new ArrayList<>();
        for (CircumstanceType t : types) {
            list.add(new CircumstanceFacts(t, SINCE, named ? NAMED : null, named ? "Named Person" : null));
        }
        return new ChildFacts(1L, "Amy Jones", born, sen, list, statutoryLevel, statutoryLevel ? "Statutory CIN" : "Level 2", ON);
    }

    static Arguments row(String description, ChildFacts child, CandidateFacts candidate, Designation designation,
            Map<LeadRule, Verdict> expected) {
        return Arguments.of(description, child, candidate, designation, expected);
    }

    static Map<LeadRule, Verdict> expect(Object... ruleThenVerdict) {
        Map<LeadRule, Verdict> m = new LinkedHashMap<>();
        for (int i = 0; i < ruleThenVerdict.length; i += 2) {
            m.put((LeadRule) ruleThenVerdict[i], (Verdict) ruleThenVerdict[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> table() {
        CircumstanceType cp = CircumstanceType.CHILD_PROTECTION_PLAN;
        CircumstanceType lac = CircumstanceType.LOOKED_AFTER;
        CircumstanceType yj = CircumstanceType.YOUTH_JUSTICE_ORDER;
        LeadRule cpRule = LeadRule.CHILD_PROTECTION_PLAN;
        LeadRule cpDesignation = LeadRule.CHILD_PROTECTION_DESIGNATION;
        LeadRule lcppQualified = LeadRule.LEAD_CHILD_PROTECTION_PRACTITIONER_QUALIFIED;
        return Stream.of(
                row("no statutory circumstance: anyone may lead", child(), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER, expect()),
                // child protection plan: must be the named social worker, as Lead Child Protection Practitioner
                row("CP plan, named social worker as LCPP", child(cp), NAMED_SOCIAL_WORKER, LEAD_CHILD_PROTECTION_PRACTITIONER,
                        expect(cpRule, MET, cpDesignation, MET, lcppQualified, MET)),
                row("CP plan, another social worker", child(cp), OTHER_SOCIAL_WORKER, LEAD_CHILD_PROTECTION_PRACTITIONER,
                        expect(cpRule, REFUSED, cpDesignation, MET, lcppQualified, MET)),
                row("CP plan, family worker", child(cp), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(cpRule, REFUSED, cpDesignation, REFUSED)),
                row("CP plan, named social worker but designated family help", child(cp), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(cpRule, MET, cpDesignation, REFUSED)),
                row("CP plan with nobody named: any social worker", child(LocalDate.of(2016, 3, 1), SenStatus.NONE, false, false, cp),
                        OTHER_SOCIAL_WORKER, LEAD_CHILD_PROTECTION_PRACTITIONER,
                        expect(cpRule, MET, cpDesignation, MET, lcppQualified, MET)),
                row("CP plan with nobody named: not a family worker", child(LocalDate.of(2016, 3, 1), SenStatus.NONE, false, false, cp),
                        FAMILY_WORKER, LEAD_CHILD_PROTECTION_PRACTITIONER,
                        expect(cpRule, REFUSED, cpDesignation, MET, lcppQualified, REFUSED)),
                // looked after, adoption, CIN assessment, eligible care leaver, open to social care: the social worker must
                row("looked after, named social worker", child(lac), NAMED_SOCIAL_WORKER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.LOOKED_AFTER, MET)),
                row("looked after, family worker", child(lac), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.LOOKED_AFTER, REFUSED)),
                row("adoption plan, named social worker", child(CircumstanceType.ADOPTION_PLAN), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.ADOPTION_PLAN, MET)),
                row("adoption plan, another social worker", child(CircumstanceType.ADOPTION_PLAN), OTHER_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.ADOPTION_PLAN, REFUSED)),
                row("CIN assessment, named social worker", child(CircumstanceType.CHILD_IN_NEED_ASSESSMENT), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CHILD_IN_NEED_ASSESSMENT, MET)),
                row("CIN assessment, health visitor", child(CircumstanceType.CHILD_IN_NEED_ASSESSMENT), HEALTH_VISITOR,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CHILD_IN_NEED_ASSESSMENT, REFUSED)),
                // child in need after services are decided: anyone, the social worker may remain
                row("CIN, the social worker remains", child(CircumstanceType.CHILD_IN_NEED), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CHILD_IN_NEED, MET)),
                row("CIN, a family worker while social care is involved", child(CircumstanceType.CHILD_IN_NEED), FAMILY_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CHILD_IN_NEED, WARNING)),
                row("CIN, no social worker named any more", child(LocalDate.of(2016, 3, 1), SenStatus.NONE, false, false,
                        CircumstanceType.CHILD_IN_NEED), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.CHILD_IN_NEED, MET)),
                row("eligible care leaver, named social worker", child(CircumstanceType.CARE_LEAVER_ELIGIBLE), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CARE_LEAVER_ELIGIBLE, MET)),
                row("eligible care leaver, personal adviser", child(CircumstanceType.CARE_LEAVER_ELIGIBLE), PERSONAL_ADVISER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CARE_LEAVER_ELIGIBLE, REFUSED)),
                // relevant care leaver: usually the personal adviser
                row("relevant care leaver, named personal adviser", child(CircumstanceType.CARE_LEAVER_RELEVANT),
                        NAMED_PERSONAL_ADVISER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CARE_LEAVER_RELEVANT, MET)),
                row("relevant care leaver, the social worker", child(CircumstanceType.CARE_LEAVER_RELEVANT), OTHER_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.CARE_LEAVER_RELEVANT, MET)),
                row("relevant care leaver, a youth worker", child(CircumstanceType.CARE_LEAVER_RELEVANT),
                        candidate(14, PractitionerRole.YOUTH_WORKER), FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.CARE_LEAVER_RELEVANT, WARNING)),
                // complex needs key worker, CPA care coordinator: expected to lead
                row("key worker leads", child(CircumstanceType.COMPLEX_NEEDS_KEY_WORKER), NAMED_KEY_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.COMPLEX_NEEDS_KEY_WORKER, MET)),
                row("not the key worker", child(CircumstanceType.COMPLEX_NEEDS_KEY_WORKER), HEALTH_VISITOR,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.COMPLEX_NEEDS_KEY_WORKER, WARNING)),
                row("CPA care coordinator leads", child(CircumstanceType.MENTAL_HEALTH_CPA), NAMED_CARE_COORDINATOR,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.MENTAL_HEALTH_CPA, MET)),
                row("CPA, a teacher", child(CircumstanceType.MENTAL_HEALTH_CPA), candidate(15, PractitionerRole.TEACHER),
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.MENTAL_HEALTH_CPA, WARNING)),
                // youth justice: the officer may lead if agreed locally; with CP or looked after the social worker must
                row("youth justice, YJS officer (needs the local agreement)", child(yj), YJS_OFFICER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.YOUTH_JUSTICE_ORDER, WARNING)),
                row("youth justice, family worker", child(yj), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.YOUTH_JUSTICE_ORDER, MET)),
                row("youth justice and looked after, YJS officer", child(yj, lac), YJS_OFFICER, FAMILY_HELP_LEAD_PRACTITIONER,
                        expect(LeadRule.LOOKED_AFTER, REFUSED, LeadRule.YOUTH_JUSTICE_ORDER, WARNING,
                                LeadRule.YOUTH_JUSTICE_WITH_CHILD_PROTECTION_OR_LOOKED_AFTER, REFUSED)),
                row("youth justice and looked after, named social worker", child(yj, lac), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.LOOKED_AFTER, MET, LeadRule.YOUTH_JUSTICE_ORDER, MET,
                                LeadRule.YOUTH_JUSTICE_WITH_CHILD_PROTECTION_OR_LOOKED_AFTER, MET)),
                row("youth justice and CP plan, YJS officer", child(yj, cp), YJS_OFFICER, LEAD_CHILD_PROTECTION_PRACTITIONER,
                        expect(cpRule, REFUSED, LeadRule.YOUTH_JUSTICE_ORDER, WARNING,
                                LeadRule.YOUTH_JUSTICE_WITH_CHILD_PROTECTION_OR_LOOKED_AFTER, REFUSED, cpDesignation, MET,
                                lcppQualified, REFUSED)),
                // special educational needs: the SENCO may lead; from Year 9 with an EHCP a personal adviser
                row("SEN support, SENCO", child(LocalDate.of(2016, 3, 1), SenStatus.SEN_SUPPORT, false, true), SENCO,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.SPECIAL_EDUCATIONAL_NEEDS, MET)),
                row("SEN support, family worker", child(LocalDate.of(2016, 3, 1), SenStatus.SEN_SUPPORT, false, true),
                        FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.SPECIAL_EDUCATIONAL_NEEDS, WARNING)),
                row("EHCP in Year 9, personal adviser", child(LocalDate.of(2012, 10, 1), SenStatus.EHCP, false, true),
                        PERSONAL_ADVISER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.SPECIAL_EDUCATIONAL_NEEDS, MET)),
                row("EHCP in Year 8, personal adviser", child(LocalDate.of(2013, 10, 1), SenStatus.EHCP, false, true),
                        PERSONAL_ADVISER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.SPECIAL_EDUCATIONAL_NEEDS, WARNING)),
                // open to statutory social care, statutory level of need
                row("open to social care, named social worker", child(CircumstanceType.OPEN_TO_SOCIAL_CARE), NAMED_SOCIAL_WORKER,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.OPEN_TO_SOCIAL_CARE, MET)),
                row("open to social care, SENCO", child(CircumstanceType.OPEN_TO_SOCIAL_CARE), SENCO,
                        FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.OPEN_TO_SOCIAL_CARE, REFUSED)),
                row("statutory level, any social worker", child(LocalDate.of(2016, 3, 1), SenStatus.NONE, true, true),
                        OTHER_SOCIAL_WORKER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.STATUTORY_LEVEL_OF_NEED, MET)),
                row("statutory level, family worker", child(LocalDate.of(2016, 3, 1), SenStatus.NONE, true, true),
                        FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER, expect(LeadRule.STATUTORY_LEVEL_OF_NEED, REFUSED)),
                // the Lead Child Protection Practitioner is an experienced social worker
                row("LCPP without a CP plan, experienced social worker", child(), OTHER_SOCIAL_WORKER,
                        LEAD_CHILD_PROTECTION_PRACTITIONER, expect(lcppQualified, MET)),
                row("LCPP, newly qualified social worker", child(),
                        new CandidateFacts(16, "Newly Qualified", PractitionerRole.SOCIAL_WORKER, true),
                        LEAD_CHILD_PROTECTION_PRACTITIONER, expect(lcppQualified, REFUSED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachRowOfTheTable(String description, ChildFacts child, CandidateFacts candidate, Designation designation,
            Map<LeadRule, Verdict> expected) {
        RuleCheck check = LeadRule.evaluate(List.of(child), candidate, designation);

        Map<LeadRule, Verdict> actual = new LinkedHashMap<>();
        check.findings().forEach(f -> actual.put(f.rule(), f.verdict()));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual), description);
        assertEquals(!expected.containsValue(REFUSED), check.allowed(), "allowed only when no must rule refuses");
        assertEquals(expected.containsValue(WARNING), check.needsJustification(), "a justification only for warnings");
        check.findings().forEach(f -> assertFalse(f.explanation().isBlank(), f.rule() + " explains itself"));
    }

    @Test
    void everyRuleIsCoveredByTheTable() {
        Set<LeadRule> seen = EnumSet.noneOf(LeadRule.class);
        table().forEach(a -> {
            @SuppressWarnings("unchecked")
            Map<LeadRule, Verdict> expected = (Map<LeadRule, Verdict>) a.get()[4];
            seen.addAll(expected.keySet());
        });
        assertEquals(EnumSet.allOf(LeadRule.class), seen);
    }

    @Test
    void everyRuleHasATitleAStrengthAndItsSource() {
        for (LeadRule rule : LeadRule.values()) {
            assertFalse(rule.title().isBlank());
            assertTrue(rule.source().length() > 40, rule + " says where it comes from");
            assertTrue(rule.code().matches("[a-z-]+"), rule.code());
        }
        assertEquals(RuleStrength.MUST, LeadRule.CHILD_PROTECTION_PLAN.strength());
        assertEquals(RuleStrength.USUALLY, LeadRule.CARE_LEAVER_RELEVANT.strength());
        assertEquals(RuleStrength.MAY, LeadRule.SPECIAL_EDUCATIONAL_NEEDS.strength());
    }

    @Test
    void refusalsExplainWhoMustLeadByName() {
        RuleCheck check = LeadRule.evaluate(List.of(child(CircumstanceType.CHILD_PROTECTION_PLAN)), FAMILY_WORKER,
                LEAD_CHILD_PROTECTION_PRACTITIONER);
        String why = check.explain(REFUSED);
        assertTrue(why.contains("Named Person"), why);
        assertTrue(why.contains("Amy Jones is subject to a child protection plan (since 1 June 2026)"), why);
        assertEquals(REFUSED, check.findings().get(0).verdict(), "refusals come first");
    }

    @Test
    void eachChildIsJudgedOnItsOwnCircumstances() {
        ChildFacts onPlan = new ChildFacts(1L, "Amy Jones", LocalDate.of(2016, 3, 1), SenStatus.NONE,
                List.of(new CircumstanceFacts(CircumstanceType.CHILD_PROTECTION_PLAN, SINCE, NAMED, "Named Person")), false,
                "Level 2", ON);
        ChildFacts sibling = new ChildFacts(2L, "Ben Jones", LocalDate.of(2019, 3, 1), SenStatus.NONE, List.of(), false,
                "Level 2", ON);
        RuleCheck check = LeadRule.evaluate(List.of(sibling, onPlan), FAMILY_WORKER, FAMILY_HELP_LEAD_PRACTITIONER);
        assertFalse(check.allowed());
        assertTrue(check.refusals().stream().allMatch(f -> f.childId() == 1L), "only Amy's plan refuses");
    }

    @Test
    void schoolYearsFollowTheEnglishSeptemberStart() {
        ChildFacts born = new ChildFacts(1L, "A", LocalDate.of(2012, 9, 1), SenStatus.NONE, List.of(), false, "L", ON);
        assertEquals(9, born.schoolYear());
        assertEquals(10, new ChildFacts(1L, "A", LocalDate.of(2012, 8, 31), SenStatus.NONE, List.of(), false, "L", ON).schoolYear());
        assertEquals(8, new ChildFacts(1L, "A", LocalDate.of(2012, 9, 1), SenStatus.NONE, List.of(), false, "L",
                LocalDate.of(2026, 8, 31)).schoolYear(), "Year 8 until the end of August");
    }
}
