package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AgencyType;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

class SupervisionPolicyTest {

    final TrainingFixtures f = new TrainingFixtures();
    final Agency health = new Agency("East London NHS Trust", AgencyType.HEALTH);

    static SupervisionFrequency every(int amount, FrequencyUnit unit) {
        return new SupervisionFrequency(amount, unit);
    }

    // --- the frequency ------------------------------------------------------------------------------------

    @Test
    void aFrequencyIsOneToTwentySixWeeksOrOneToTwelveMonths() {
        assertViolation("supervision-policy.frequency-unit-required", "frequencyUnit", () -> every(1, null));
        assertViolation("supervision-policy.frequency-out-of-range", "frequencyAmount", () -> every(0, FrequencyUnit.MONTHS));
        RuleViolation v = assertViolation("supervision-policy.frequency-out-of-range", "frequencyAmount",
                () -> every(13, FrequencyUnit.MONTHS));
        assertEquals("Supervision can be due every 1 to 12 months (you entered 13). Enter a number in that range.",
                v.getMessage());
        assertViolation("supervision-policy.frequency-out-of-range", "frequencyAmount", () -> every(27, FrequencyUnit.WEEKS));
        assertEquals(12, every(12, FrequencyUnit.MONTHS).amount());
        assertEquals(26, every(26, FrequencyUnit.WEEKS).amount());
    }

    @Test
    void aFrequencyReadsAsPeopleSayIt() {
        assertEquals("monthly", SupervisionFrequency.MONTHLY.label());
        assertEquals("fortnightly", SupervisionFrequency.FORTNIGHTLY.label());
        assertEquals("weekly", every(1, FrequencyUnit.WEEKS).label());
        assertEquals("every 6 weeks", every(6, FrequencyUnit.WEEKS).label());
        assertEquals("every 2 months", every(2, FrequencyUnit.MONTHS).label());
    }

    @Test
    void monthlyMeansCalendarMonthsAcrossMonthEnds() {
        SupervisionFrequency monthly = SupervisionFrequency.MONTHLY;
        assertEquals(LocalDate.of(2026, 2, 28), monthly.after(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), monthly.after(LocalDate.of(2028, 1, 31)), "leap year");
        assertEquals(LocalDate.of(2026, 4, 30), monthly.after(LocalDate.of(2026, 3, 31)));
        assertEquals(LocalDate.of(2027, 1, 15), monthly.after(LocalDate.of(2026, 12, 15)), "over the year end");
        assertEquals(LocalDate.of(2026, 3, 16), SupervisionFrequency.FORTNIGHTLY.after(LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 3, 13), SupervisionFrequency.FORTNIGHTLY.after(LocalDate.of(2026, 2, 27)),
                "fortnightly is 14 days, whatever the month");
    }

    // --- the policy -----------------------------------------------------------------------------------------

    @Test
    void theExpectedDurationIsOneMinuteToAWorkingDay() {
        assertViolation("supervision-policy.duration-out-of-range", "expectedDurationMinutes",
                () -> new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 0));
        assertViolation("supervision-policy.duration-out-of-range", "expectedDurationMinutes",
                () -> new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 481));
        assertViolation("supervision-policy.frequency-required", "frequencyAmount",
                () -> new SupervisionPolicy(null, null, false, null, 60));
        SupervisionPolicy p = new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 480);
        p.change(every(6, FrequencyUnit.WEEKS), 60);
        assertEquals(6, p.getFrequencyAmount());
        assertEquals(FrequencyUnit.WEEKS, p.getFrequencyUnit());
        assertEquals(60, p.getExpectedDurationMinutes());
        assertEquals(LocalDate.of(2026, 4, 27), p.nextDueOn(LocalDate.of(2026, 3, 16)));
    }

    @Test
    void aPolicyAppliesWithinItsScope() {
        SupervisionPolicy nqsw = new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, true,
                SupervisionFrequency.FORTNIGHTLY, 90);
        assertTrue(nqsw.appliesTo(f.socialWorker));
        f.socialWorker.setNewlyQualified(false);
        assertFalse(nqsw.appliesTo(f.socialWorker), "no longer newly qualified");
        assertFalse(nqsw.appliesTo(f.worker), "another role");
        Practitioner elsewhere = new Practitioner("Ed", "Else", "ed@nhs.example", PractitionerRole.SOCIAL_WORKER, health);
        elsewhere.setNewlyQualified(true);
        assertFalse(nqsw.appliesTo(elsewhere), "another agency");
        assertTrue(new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 90).appliesTo(elsewhere));
        assertTrue(new SupervisionPolicy(null, null, true, SupervisionFrequency.MONTHLY, 90).appliesTo(elsewhere));
        assertFalse(new SupervisionPolicy(null, null, true, SupervisionFrequency.MONTHLY, 90).appliesTo(f.worker));
    }

    @Test
    void aScopeReadsAsASentence() {
        assertEquals("everyone (the authority's default)",
                new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 90).describeScope());
        assertEquals("newly qualified social workers in Northbridge Family Help", new SupervisionPolicy(f.council,
                PractitionerRole.SOCIAL_WORKER, true, SupervisionFrequency.FORTNIGHTLY, 90).describeScope());
        assertEquals("everyone in Northbridge Family Help",
                new SupervisionPolicy(f.council, null, false, SupervisionFrequency.MONTHLY, 90).describeScope());
        assertEquals("YJS supervising officers", new SupervisionPolicy(null, PractitionerRole.YJS_SUPERVISING_OFFICER,
                false, SupervisionFrequency.MONTHLY, 90).describeScope());
        assertEquals("newly qualified practitioners",
                new SupervisionPolicy(null, null, true, SupervisionFrequency.MONTHLY, 90).describeScope());
    }

    @Test
    void onePolicyPerScope() {
        SupervisionPolicy existing = new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, false,
                SupervisionFrequency.MONTHLY, 90);
        SupervisionPolicy authorityWide = new SupervisionPolicy(null, null, false, SupervisionFrequency.MONTHLY, 90);
        List<SupervisionPolicy> saved = List.of(existing, authorityWide);
        SupervisionPolicy.ensureScopeFree(existing, saved);
        SupervisionPolicy.ensureScopeFree(new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, true,
                SupervisionFrequency.FORTNIGHTLY, 90), saved);
        RuleViolation v = assertViolation("supervision-policy.duplicate", null, () -> SupervisionPolicy.ensureScopeFree(
                new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, false, every(3, FrequencyUnit.WEEKS), 60),
                saved));
        assertEquals("There is already a policy for social workers in Northbridge Family Help (monthly). Change that"
                + " policy instead of adding another.", v.getMessage());
        assertViolation("supervision-policy.duplicate", null, () -> SupervisionPolicy.ensureScopeFree(
                new SupervisionPolicy(null, null, false, every(6, FrequencyUnit.WEEKS), 60), saved));
    }

    // --- resolving ----------------------------------------------------------------------------------------------

    @Test
    void withNothingConfiguredMonthlyAndFortnightlyForNewlyQualifiedSocialWorkers() {
        SupervisionRequirement worker = SupervisionPolicies.resolve(List.of(), f.worker);
        assertEquals(SupervisionFrequency.MONTHLY, worker.frequency());
        assertEquals(90, worker.expectedDurationMinutes());
        assertTrue(worker.isBuiltIn());
        assertNull(worker.policy());

        SupervisionRequirement nqsw = SupervisionPolicies.resolve(null, f.socialWorker);
        assertEquals(SupervisionFrequency.FORTNIGHTLY, nqsw.frequency());
        assertEquals("No policy is configured; newly qualified social workers are supervised fortnightly.", nqsw.basis());

        f.socialWorker.setNewlyQualified(false);
        assertEquals(SupervisionFrequency.MONTHLY, SupervisionPolicies.resolve(List.of(), f.socialWorker).frequency());
        f.worker.setNewlyQualified(true);
        assertEquals(SupervisionFrequency.MONTHLY, SupervisionPolicies.resolve(List.of(), f.worker).frequency(),
                "fortnightly is for newly qualified social workers only");
    }

    @Test
    void theMostSpecificPolicyWins() {
        SupervisionPolicy everyone = new SupervisionPolicy(null, null, false, every(6, FrequencyUnit.WEEKS), 60);
        SupervisionPolicy socialWorkers = new SupervisionPolicy(null, PractitionerRole.SOCIAL_WORKER, false,
                every(2, FrequencyUnit.MONTHS), 60);
        SupervisionPolicy council = new SupervisionPolicy(f.council, null, false, SupervisionFrequency.MONTHLY, 75);
        SupervisionPolicy councilSocialWorkers = new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, false,
                every(3, FrequencyUnit.WEEKS), 90);
        SupervisionPolicy councilNqsw = new SupervisionPolicy(f.council, PractitionerRole.SOCIAL_WORKER, true,
                every(1, FrequencyUnit.WEEKS), 60);
        SupervisionPolicy school = new SupervisionPolicy(f.school, null, false, SupervisionFrequency.FORTNIGHTLY, 45);
        List<SupervisionPolicy> policies = new ArrayList<>(
                List.of(everyone, socialWorkers, council, councilSocialWorkers, councilNqsw, school));
        Practitioner hospitalSocialWorker =
                new Practitioner("Ed", "Else", "ed@nhs.example", PractitionerRole.SOCIAL_WORKER, health);
        Practitioner gp = new Practitioner("Gus", "Pratt", "gus@nhs.example", PractitionerRole.GP, health);

        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(policies, new Random(seed));
            assertSame(councilNqsw, SupervisionPolicies.resolve(policies, f.socialWorker).policy(), "agency+role+NQ");
            assertSame(council, SupervisionPolicies.resolve(policies, f.worker).policy(), "agency");
            assertSame(school, SupervisionPolicies.resolve(policies, f.teacher).policy(), "another agency's own");
            assertSame(socialWorkers, SupervisionPolicies.resolve(policies, hospitalSocialWorker).policy(), "role only");
            assertSame(everyone, SupervisionPolicies.resolve(policies, gp).policy(), "the authority's default");
        }
        f.socialWorker.setNewlyQualified(false);
        SupervisionRequirement r = SupervisionPolicies.resolve(policies, f.socialWorker);
        assertSame(councilSocialWorkers, r.policy(), "agency+role");
        assertEquals(every(3, FrequencyUnit.WEEKS), r.frequency());
        assertEquals(90, r.expectedDurationMinutes());
        assertFalse(r.isBuiltIn());
        assertEquals("The policy for social workers in Northbridge Family Help: every 3 weeks.", r.basis());
    }

    @Test
    void aConfiguredPolicyBeatsTheBuiltInDefault() {
        SupervisionPolicy everyone = new SupervisionPolicy(null, null, false, every(6, FrequencyUnit.WEEKS), 60);
        SupervisionRequirement r = SupervisionPolicies.resolve(List.of(everyone), f.socialWorker);
        assertEquals(every(6, FrequencyUnit.WEEKS), r.frequency(), "configured policies replace the built-in ones");
        assertSame(everyone, r.policy());
        assertThrows(NullPointerException.class, () -> SupervisionPolicies.resolve(List.of(), null));
    }

    // --- when supervision is due ------------------------------------------------------------------------------

    @Test
    void monthlySupervisionIsDueAMonthAfterTheLastAndOverdueTheDayAfter() {
        SupervisionRequirement monthly = SupervisionPolicies.resolve(List.of(), f.worker);
        SupervisionDue due = monthly.dueFor(LocalDate.of(2026, 1, 31), LocalDate.of(2025, 6, 1));
        assertEquals(LocalDate.of(2026, 2, 28), due.dueOn());
        assertEquals(LocalDate.of(2026, 2, 28), monthly.nextDueOn(LocalDate.of(2026, 1, 31)));
        assertFalse(due.neverSupervised());
        assertFalse(due.isOverdueOn(LocalDate.of(2026, 2, 27)));
        assertFalse(due.isOverdueOn(LocalDate.of(2026, 2, 28)), "due on the day, not overdue");
        assertTrue(due.isOverdueOn(LocalDate.of(2026, 3, 1)));
        assertEquals(0, due.daysOverdueOn(LocalDate.of(2026, 2, 28)));
        assertEquals(3, due.daysOverdueOn(LocalDate.of(2026, 3, 3)));
        assertEquals("Last supervision 31 January 2026. Due today.", due.describeOn(LocalDate.of(2026, 2, 28)));
        assertEquals("Last supervision 31 January 2026. Overdue: it was due on 28 February 2026 (1 day ago).",
                due.describeOn(LocalDate.of(2026, 3, 1)));
        assertEquals("Last supervision 31 January 2026. Next due on 28 February 2026.",
                due.describeOn(LocalDate.of(2026, 2, 10)));
    }

    @Test
    void fortnightlyForANewlyQualifiedSocialWorker() {
        SupervisionDue due = SupervisionPolicies.resolve(List.of(), f.socialWorker).dueFor(LocalDate.of(2026, 3, 2), null);
        assertEquals(LocalDate.of(2026, 3, 16), due.dueOn());
        assertFalse(due.isOverdueOn(LocalDate.of(2026, 3, 16)));
        assertTrue(due.isOverdueOn(LocalDate.of(2026, 3, 17)));
    }

    @Test
    void someoneNeverSupervisedIsDueOnePeriodAfterJoiningTheirSupervisor() {
        SupervisionRequirement monthly = SupervisionPolicies.resolve(List.of(), f.worker);
        SupervisionDue due = monthly.dueFor(null, LocalDate.of(2026, 2, 10));
        assertTrue(due.neverSupervised());
        assertEquals(LocalDate.of(2026, 3, 10), due.dueOn());
        assertFalse(due.isOverdueOn(LocalDate.of(2026, 3, 10)));
        assertTrue(due.isOverdueOn(LocalDate.of(2026, 3, 11)));
        assertEquals("No supervision recorded yet. Overdue: it was due on 10 March 2026 (6 days ago).",
                due.describeOn(LocalDate.of(2026, 3, 16)));
        assertThrows(IllegalArgumentException.class, () -> monthly.dueFor(null, null));
    }

    @Test
    void aSuperviseeNewToTheirSupervisorIsDueOnePeriodAfterJoining() {
        SupervisionRequirement monthly = SupervisionPolicies.resolve(List.of(), f.worker);
        SupervisionDue due = monthly.dueFor(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1));
        assertEquals(LocalDate.of(2026, 4, 1), due.dueOn());
        assertFalse(due.neverSupervised());
        assertEquals(LocalDate.of(2026, 4, 5), monthly.dueFor(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1)).dueOn(),
                "a session since joining counts");
    }
}
