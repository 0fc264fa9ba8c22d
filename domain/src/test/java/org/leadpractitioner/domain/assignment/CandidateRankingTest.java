package org.leadpractitioner.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.assignment.CandidateRanking.Candidate;
import org.leadpractitioner.domain.assignment.CandidateRanking.Criterion;
import org.leadpractitioner.domain.assignment.CandidateRanking.Effect;
import org.leadpractitioner.domain.assignment.CandidateRanking.Ranked;
import org.leadpractitioner.domain.assignment.CandidateRanking.Reason;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;

class CandidateRankingTest {

    private static final Designation LEAD = Designation.FAMILY_HELP_LEAD_PRACTITIONER;

    private static Candidate candidate(CandidateFacts facts, ChildFacts child, boolean wish, LocalDate since, long leads,
            int capacity, String manager, boolean trained) {
        return candidate(facts, child, LEAD, wish, since, leads, capacity, manager, trained);
    }

    private static Candidate candidate(CandidateFacts facts, ChildFacts child, Designation designation, boolean wish,
            LocalDate since, long leads, int capacity, String manager, boolean trained) {
        return new Candidate(facts, "Agency", LeadRule.evaluate(List.of(child), facts, designation), wish, since, leads,
                capacity, manager, trained);
    }

    private static Reason reason(Ranked r, Criterion criterion) {
        return r.reasons().stream().filter(x -> x.criterion() == criterion).findFirst().orElseThrow();
    }

    @Test
    void theStatutoryFitComesFirstAndARefusedCandidateIsLastWithTheRuleAsItsReason() {
        ChildFacts onPlan = LeadRuleTest.child(CircumstanceType.CHILD_PROTECTION_PLAN);
        Designation cp = Designation.LEAD_CHILD_PROTECTION_PRACTITIONER;
        Candidate familyWorker = candidate(LeadRuleTest.FAMILY_WORKER, onPlan, cp, true, LocalDate.of(2026, 1, 1), 0, 5, "Mo",
                true);
        Candidate named = candidate(LeadRuleTest.NAMED_SOCIAL_WORKER, onPlan, cp, false, null, 4, 5, "Di", false);
        List<Ranked> ranked = CandidateRanking.rank(List.of(familyWorker, named), List.of(onPlan));

        assertEquals(LeadRuleTest.NAMED_SOCIAL_WORKER, ranked.get(0).candidate().facts(),
                "the social worker a must rule names comes before the family's wish");
        assertEquals(Effect.FOR, reason(ranked.get(0), Criterion.STATUTORY_FIT).effect());
        Ranked refused = ranked.get(1);
        assertEquals(2, refused.rank());
        assertFalse(refused.allowed());
        assertEquals(Effect.BARS, reason(refused, Criterion.STATUTORY_FIT).effect());
        assertTrue(reason(refused, Criterion.STATUTORY_FIT).text().contains("Named Person"),
                reason(refused, Criterion.STATUTORY_FIT).text());
        assertEquals(Effect.FOR, reason(refused, Criterion.FAMILY_WISH).effect(), "every criterion is still shown");
        assertEquals(Criterion.values().length, refused.reasons().size());
    }

    @Test
    void withoutAStatutoryRuleTheFamilysWishThenTheNeedsThenCapacityDecide() {
        ChildFacts toddler = new ChildFacts(1L, "Ava", LocalDate.of(2024, 2, 1), SenStatus.NONE, List.of(), false, "Level 2",
                LeadRuleTest.ON);
        Candidate healthVisitor = candidate(LeadRuleTest.HEALTH_VISITOR, toddler, false, null, 1, 5, "Mo", true);
        Candidate senco = candidate(LeadRuleTest.SENCO, toddler, false, null, 0, 5, "Mo", true);
        Candidate asked = candidate(LeadRuleTest.candidate(20, PractitionerRole.TEACHER), toddler, true, null, 0, 5, "Mo", true);
        List<Ranked> ranked = CandidateRanking.rank(List.of(senco, healthVisitor, asked), List.of(toddler));

        assertEquals(List.of(20L, LeadRuleTest.HEALTH_VISITOR.practitionerId(), LeadRuleTest.SENCO.practitionerId()),
                ranked.stream().map(r -> r.candidate().facts().practitionerId()).toList());
        assertEquals(Effect.FOR, reason(ranked.get(1), Criterion.NEEDS_MATCH).effect());
        assertTrue(reason(ranked.get(1), Criterion.NEEDS_MATCH).text().contains("Ava is under school age"),
                reason(ranked.get(1), Criterion.NEEDS_MATCH).text());
        assertEquals(Effect.NEUTRAL, reason(ranked.get(2), Criterion.NEEDS_MATCH).effect(), "no SEN: not the SENCO's field");
    }

    @Test
    void aCandidateAtCapacityComesAfterOneWithRoomAndTheReasonsSaySo() {
        ChildFacts child = LeadRuleTest.child();
        Candidate full = candidate(LeadRuleTest.candidate(30, PractitionerRole.FAMILY_WORKER), child, false,
                LocalDate.of(2025, 1, 1), 5, 5, null, true);
        Candidate room = candidate(LeadRuleTest.candidate(31, PractitionerRole.FAMILY_WORKER), child, false, null, 2, 5, "Mo",
                false);
        List<Ranked> ranked = CandidateRanking.rank(List.of(full, room), List.of(child));

        assertEquals(31L, ranked.get(0).candidate().facts().practitionerId());
        Ranked atCapacity = ranked.get(1);
        assertEquals(Effect.AGAINST, reason(atCapacity, Criterion.CAPACITY).effect());
        assertEquals("Leads 5 open cases of the 5 they can take: no room without their manager agreeing to more.",
                reason(atCapacity, Criterion.CAPACITY).text());
        assertEquals(Effect.AGAINST, reason(atCapacity, Criterion.LINE_MANAGER).effect());
        assertEquals(Effect.FOR, reason(atCapacity, Criterion.RELATIONSHIP).effect());
        assertEquals(Effect.AGAINST, reason(ranked.get(0), Criterion.TRAINING).effect());
    }

    @Test
    void theNamedStatutoryRolesMatchTheirCircumstances() {
        ChildFacts teen = LeadRuleTest.child(LocalDate.of(2010, 5, 1), SenStatus.EHCP, false, true,
                CircumstanceType.YOUTH_JUSTICE_ORDER, CircumstanceType.MENTAL_HEALTH_CPA);
        assertEquals(List.of("Amy Jones: youth justice order"),
                CandidateRanking.needsMet(PractitionerRole.YJS_SUPERVISING_OFFICER, List.of(teen)));
        assertEquals(List.of("Amy Jones: mental health care programme approach"),
                CandidateRanking.needsMet(PractitionerRole.CAMHS_CARE_COORDINATOR, List.of(teen)));
        assertEquals(List.of("Amy Jones has special educational needs (education, health and care plan)"),
                CandidateRanking.needsMet(PractitionerRole.SENCO, List.of(teen)));
        assertTrue(CandidateRanking.needsMet(PractitionerRole.HEALTH_VISITOR, List.of(teen)).isEmpty());
    }
}
