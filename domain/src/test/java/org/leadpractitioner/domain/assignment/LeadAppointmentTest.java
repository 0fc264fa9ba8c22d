package org.leadpractitioner.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AgencyType;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.ConsentRecord;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Family;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;

class LeadAppointmentTest {

    static final LocalDate OPENED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final Agency council = new Agency("Northbridge Family Help", AgencyType.EARLY_HELP);
    final Practitioner manager = new Practitioner("Mo", "Manager", "mo@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner worker = new Practitioner("Fay", "Worker", "fay@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner senco = new Practitioner("Sam", "Senco", "sam@nb.example", PractitionerRole.SENCO, council);
    final Family family = new Family("Jones family", Instant.parse("2026-09-01T09:00:00Z"));
    final FamilyMember mum = family.addMember("Sarah", "Jones", Relationship.MOTHER, true);
    final Child amy = family.addChild("Amy", "Jones", LocalDate.of(2016, 5, 20), SenStatus.NONE);
    final Child ben = family.addChild("Ben", "Jones", LocalDate.of(2019, 5, 20), SenStatus.NONE);
    final EarlyHelpCase theCase;

    LeadAppointmentTest() {
        worker.assignLineManager(manager);
        NeedLevel level = new NeedLevel("LEVEL_2", "Level 2", 30, true, false);
        ConsentRecord consent = ConsentRecord.give(family, mum, OPENED, Set.of(council), null, worker);
        theCase = EarlyHelpCase.open("EH-TEST0001", family, Set.of(amy, ben), level, CaseOrigin.EARLY_HELP_ASSESSMENT,
                consent, worker, OPENED, "Worries about school attendance");
    }

    RuleCheck clean(Practitioner p) {
        return new RuleCheck(new CandidateFacts(1, p.displayName(), p.getRole(), false),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, List.of());
    }

    RuleCheck withWarning(Practitioner p) {
        CandidateFacts c = new CandidateFacts(1, p.displayName(), p.getRole(), false);
        return new RuleCheck(c, Designation.FAMILY_HELP_LEAD_PRACTITIONER, List.of(new RuleFinding(
                LeadRule.SPECIAL_EDUCATIONAL_NEEDS, 1L, "Amy Jones", Verdict.WARNING, "The SENCO may lead.")));
    }

    LeadAppointment.Proposal proposal(Practitioner lead, String justification, String severalLeadsReason) {
        return new LeadAppointment.Proposal(theCase, lead, List.of(amy), Designation.FAMILY_HELP_LEAD_PRACTITIONER, null,
                TODAY, true, TODAY, justification, severalLeadsReason);
    }

    static void assertViolation(String code, String field, org.junit.jupiter.api.function.Executable action) {
        RuleViolation v = assertThrows(RuleViolation.class, action);
        assertEquals(code, v.getCode(), v.getMessage());
        assertEquals(field, v.getField(), v.getMessage());
    }

    @Test
    void proposedThenAcceptedThenAgreedThenTheFamilysWishThenConfirmed() {
        LeadAppointment a = LeadAppointment.propose(proposal(worker, null, null), clean(worker), null, false, senco, NOW);
        assertEquals(AppointmentStatus.PROPOSED, a.getStatus());
        assertEquals("Waiting for Fay Worker to accept.", a.nextStep(TODAY));

        assertViolation("assignment.not-accepted-yet", null, () -> a.agree(manager, false, NOW));
        assertViolation("assignment.accept-not-yours", null, () -> a.accept(senco, NOW));
        a.accept(worker, NOW);
        assertEquals("Waiting for Mo Manager, the line manager, to agree.", a.nextStep(TODAY));

        assertViolation("assignment.agree-not-yours", null, () -> a.agree(senco, true, NOW));
        a.agree(manager, false, NOW);
        assertFalse(a.isReadyToConfirm(), "the family has not been asked yet");

        a.recordFamilyWish(FamilyWish.ASKED_FOR_PRACTITIONER, worker, null, null, NOW);
        assertTrue(a.isReadyToConfirm());
        assertTrue(a.isFamilyWishMet());

        LocalDate from = a.confirm(TODAY.plusDays(3), NOW);
        assertEquals(TODAY.plusDays(3), from, "never in force before it was confirmed");
        assertEquals(AppointmentStatus.CONFIRMED, a.getStatus());
        assertTrue(a.getCoverages().get(0).isInForceOn(from));
        assertFalse(a.getCoverages().get(0).isInForceOn(from.minusDays(1)));
    }

    @Test
    void aFamilysWishNotMetNeedsAWrittenReason() {
        LeadAppointment a = LeadAppointment.propose(proposal(worker, null, null), clean(worker), null, false, senco, NOW);
        assertViolation("assignment.family-wish-reason-required", "familyWishNotMetReason",
                () -> a.recordFamilyWish(FamilyWish.ASKED_FOR_PRACTITIONER, senco, null, " ", NOW));
        assertViolation("assignment.family-asked-for-name-required", "familyAskedForName",
                () -> a.recordFamilyWish(FamilyWish.ASKED_FOR_SOMEONE_ELSE, null, null, "reason", NOW));
        assertNull(a.getFamilyWish(), "nothing recorded half-way");

        a.recordFamilyWish(FamilyWish.ASKED_FOR_PRACTITIONER, senco, null, "Ms Senco has no capacity this term", NOW);
        assertFalse(a.isFamilyWishMet());
        assertEquals("Ms Senco has no capacity this term", a.getFamilyWishNotMetReason());
    }

    @Test
    void aWarningNeedsAJustificationAndSeveralLeadsNeedAReason() {
        assertViolation("assignment.justification-required", "justification",
                () -> LeadAppointment.propose(proposal(worker, "", null), withWarning(worker), null, false, senco, NOW));
        LeadAppointment a = LeadAppointment.propose(proposal(worker, "Amy's needs are at home, not in school", null),
                withWarning(worker), null, false, senco, NOW);
        assertEquals("Amy's needs are at home, not in school", a.getJustification());
        assertTrue(a.getRuleSummary().contains("WARNING special-educational-needs (Amy Jones)"), a.getRuleSummary());

        assertViolation("assignment.several-leads-reason-required", "severalLeadsReason",
                () -> LeadAppointment.propose(proposal(worker, null, null), clean(worker), null, true, senco, NOW));
    }

    @Test
    void aBrokenMustRuleRefusesNamingTheRule() {
        RuleCheck refused = LeadRule.evaluate(List.of(new ChildFacts(1L, "Amy Jones", amy.getDateOfBirth(), SenStatus.NONE,
                        List.of(new CircumstanceFacts(CircumstanceType.LOOKED_AFTER, OPENED, 99L, "Sue Social")), false, "Level 2",
                        TODAY)), new CandidateFacts(1, "Fay Worker", PractitionerRole.FAMILY_WORKER, false),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER);
        LeadRuleRefusal r = assertThrows(LeadRuleRefusal.class,
                () -> LeadAppointment.propose(proposal(worker, null, null), refused, null, false, senco, NOW));
        assertEquals("assignment.statutory-rule", r.getCode());
        assertEquals(LeadRule.LOOKED_AFTER, r.getFindings().get(0).rule());
        assertTrue(r.getMessage().contains("Sue Social, must be the lead practitioner"), r.getMessage());
    }

    @Test
    void badInputIsRefusedWithTheFieldToFix() {
        Child stranger = new Family("Other family", NOW).addChild("Zed", "Other", LocalDate.of(2015, 1, 1), SenStatus.NONE);
        assertViolation("assignment.child-not-on-case", "children", () -> LeadAppointment.propose(
                new LeadAppointment.Proposal(theCase, worker, List.of(stranger), Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, TODAY, false, null, null, null), clean(worker), null, false, senco, NOW));
        assertViolation("assignment.effective-before-opening", "effectiveFrom", () -> LeadAppointment.propose(
                new LeadAppointment.Proposal(theCase, worker, List.of(amy), Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, OPENED.minusDays(1), false, null, null, null), clean(worker), null, false, senco, NOW));
        assertViolation("assignment.contingency-is-lead", "contingency", () -> LeadAppointment.propose(
                new LeadAppointment.Proposal(theCase, worker, List.of(amy), Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        worker, TODAY, false, null, null, null), clean(worker), clean(worker), false, senco, NOW));
        assertViolation("assignment.taf-date-required", "tafDate", () -> LeadAppointment.propose(
                new LeadAppointment.Proposal(theCase, worker, List.of(amy), Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, TODAY, true, null, null, null), clean(worker), null, false, senco, NOW));
    }

    @Test
    void declinedOrWithdrawnProposalsAreClosedWithTheirReason() {
        LeadAppointment a = LeadAppointment.propose(proposal(worker, null, null), clean(worker), null, false, senco, NOW);
        assertViolation("assignment.decline-not-yours", null, () -> a.decline(senco, "no", NOW));
        assertViolation("assignment.decline-reason-required", "reason", () -> a.decline(manager, "", NOW));
        a.decline(manager, "Fay is on leave until March", NOW);
        assertEquals(AppointmentStatus.DECLINED, a.getStatus());
        assertViolation("assignment.not-open", null, () -> a.accept(worker, NOW));

        LeadAppointment b = LeadAppointment.propose(proposal(worker, null, null), clean(worker), null, false, senco, NOW);
        b.withdraw(senco, "Proposed by mistake", NOW);
        assertEquals("Withdrawn: Proposed by mistake", b.nextStep(TODAY));
    }

    @Test
    void withoutALineManagerTheCoordinatorAgrees() {
        LeadAppointment a = LeadAppointment.propose(proposal(senco, null, null), clean(senco), null, false, worker, NOW);
        a.accept(senco, NOW);
        assertViolation("assignment.agree-not-yours", null, () -> a.agree(manager, false, NOW));
        a.agree(manager, true, NOW);
        assertTrue(a.getManagerAgreedAt() != null);
    }

    @Test
    void coverageEndsChildByChild() {
        LeadAppointment a = LeadAppointment.propose(new LeadAppointment.Proposal(theCase, worker, List.of(amy, ben),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, TODAY, false, null, null, null), clean(worker), null, false,
                senco, NOW);
        a.accept(worker, NOW);
        a.agree(manager, false, NOW);
        a.recordFamilyWish(FamilyWish.NO_PREFERENCE, null, null, null, NOW);
        a.confirm(TODAY, NOW);
        a.stopCovering(amy, TODAY.plusDays(10));
        assertEquals(AppointmentStatus.CONFIRMED, a.getStatus(), "still leads for Ben");
        a.stopCovering(ben, TODAY.plusDays(12));
        assertEquals(AppointmentStatus.ENDED, a.getStatus());
        assertTrue(a.getCoverages().get(0).overlaps(TODAY, TODAY.plusDays(1)));
        assertFalse(a.getCoverages().get(0).overlaps(TODAY.plusDays(12), null));
    }
}
