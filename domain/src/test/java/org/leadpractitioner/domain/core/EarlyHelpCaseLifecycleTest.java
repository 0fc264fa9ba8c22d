package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyHelpCaseLifecycleTest {

    private final Fixtures f = new Fixtures();
    private final EarlyHelpCase c = f.openCase();
    private static final LocalDate LATER = Fixtures.OPENED_ON.plusMonths(4);

    // withdrawing consent

    @Test
    void withdrawingConsentRecordsItAndClosesTheCase() {
        ConsentRecord withdrawal = c.withdrawConsent(f.dan, LATER, "Family want no further involvement", f.teacher);

        assertEquals(ConsentDecision.WITHDRAWN, withdrawal.getDecision());
        assertEquals(f.dan, withdrawal.getGivenBy());
        assertEquals(LATER, withdrawal.getDecidedOn());
        assertSame(c, withdrawal.getEarlyHelpCase());
        assertTrue(c.getConsents().contains(withdrawal));
        assertFalse(c.isConsentInForce());

        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertEquals(ClosureReason.CONSENT_WITHDRAWN, c.getClosureReason());
        assertEquals(LATER, c.getClosedOn());
        assertEquals(LATER.plusYears(EarlyHelpCase.DEFAULT_RETENTION_YEARS), c.getRetentionReviewOn());
        assertFalse(c.isOpen());
    }

    @Test
    void onlyAHolderOfParentalResponsibilityCanWithdraw() {
        assertViolation("consent.giver-without-parental-responsibility", "consentGivenBy",
                () -> c.withdrawConsent(f.gwen, LATER, null, f.teacher));
        assertTrue(c.isOpen());
        assertEquals(1, c.getConsents().size());
    }

    @Test
    void withdrawalNeedsAnOpenCaseAndADateAfterOpening() {
        assertViolation("case.ended-before-opening", "consentDecidedOn",
                () -> c.withdrawConsent(f.sarah, Fixtures.OPENED_ON.minusDays(1), null, null));
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> c.withdrawConsent(f.sarah, LATER, null, null));
    }

    // closing

    @Test
    void otherNeedsANote() {
        assertViolation("case.closure-note-required", "closureNote", () -> c.close(ClosureReason.OTHER, LATER, " "));
        assertTrue(c.isOpen());
        c.close(ClosureReason.OTHER, LATER, "Family moved in with grandparents; school monitoring");
        assertEquals(ClosureReason.OTHER, c.getClosureReason());
        assertEquals("Family moved in with grandparents; school monitoring", c.getClosureNote());
    }

    @Test
    void aSustainabilityPlanMustBeDescribed() {
        assertViolation("case.sustainability-plan-required", "closureNote",
                () -> c.close(ClosureReason.SUSTAINABILITY_PLAN_AGREED, LATER, null));
        assertTrue(c.isOpen());
        c.close(ClosureReason.SUSTAINABILITY_PLAN_AGREED, LATER, "If sleep worries return, Sarah calls the school nurse");
        assertEquals(CaseStatus.CLOSED, c.getStatus());
    }

    @Test
    void otherReasonsMayCloseWithoutANote() {
        c.close(ClosureReason.NEEDS_MET_BY_SINGLE_AGENCY, LATER, null);
        assertEquals(CaseStatus.CLOSED, c.getStatus());
        assertNull(c.getClosureNote());
    }

    @Test
    void closureDateNotBeforeOpening() {
        assertViolation("case.ended-before-opening", "closedOn",
                () -> c.close(ClosureReason.MOVED_OUT_OF_AREA, Fixtures.OPENED_ON.minusDays(1), null));
        c.close(ClosureReason.MOVED_OUT_OF_AREA, Fixtures.OPENED_ON, null);
        assertEquals(Fixtures.OPENED_ON, c.getClosedOn());
    }

    @Test
    void retentionReviewFollowsThePolicy() {
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LocalDate.of(2025, 8, 31), null, 7);
        assertEquals(LocalDate.of(2032, 8, 31), c.getRetentionReviewOn());
    }

    @Test
    void retentionPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null, 0));
        assertTrue(c.isOpen());
    }

    @Test
    void onlyAnOpenCaseCloses() {
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> c.close(ClosureReason.OTHER, LATER, "again"));
        assertEquals(ClosureReason.MOVED_OUT_OF_AREA, c.getClosureReason());
    }

    @Test
    void consentWithdrawnGoesThroughWithdrawConsent() {
        assertViolation("case.use-withdraw-consent", "closureReason",
                () -> c.close(ClosureReason.CONSENT_WITHDRAWN, LATER, "withdrew"));
        assertTrue(c.isOpen());
    }

    @Test
    void closingAsSteppedUpIsAStepUp() {
        c.close(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, LATER, "Disclosure at school; referred to MASH");
        assertEquals(CaseStatus.STEPPED_UP, c.getStatus());
        assertEquals("Disclosure at school; referred to MASH", c.getStepUpReason());
    }

    // stepping up

    @Test
    void stepUpEndsTheEpisode() {
        c.stepUp(LATER, "Worries escalated: referral to MASH with the latest mapping");
        assertEquals(CaseStatus.STEPPED_UP, c.getStatus());
        assertEquals(LATER, c.getSteppedUpOn());
        assertEquals(LATER, c.getClosedOn());
        assertEquals(ClosureReason.STEPPED_UP_TO_SOCIAL_CARE, c.getClosureReason());
        assertEquals(LATER.plusYears(6), c.getRetentionReviewOn());
        assertFalse(c.isOpen());
    }

    @Test
    void stepUpOnlyWhenOpen() {
        c.stepUp(LATER, "Referral to MASH");
        assertViolation("case.not-open", null, () -> c.stepUp(LATER, "again"));

        EarlyHelpCase closed = new Fixtures().openCase();
        closed.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> closed.stepUp(LATER, "Referral"));
        assertEquals(CaseStatus.CLOSED, closed.getStatus());
    }

    @Test
    void stepUpNeedsAReasonAndADateAfterOpening() {
        assertViolation("case.step-up-reason-required", "stepUpReason", () -> c.stepUp(LATER, ""));
        assertViolation("case.ended-before-opening", "steppedUpOn",
                () -> c.stepUp(Fixtures.OPENED_ON.minusDays(1), "Referral"));
        assertTrue(c.isOpen());
    }

    // level of need

    @Test
    void theLevelCanMoveButNotToUniversal() {
        assertViolation("case.need-level-universal", "needLevel", () -> c.changeNeedLevel(f.universal));
        c.changeNeedLevel(f.level2);
        assertEquals(f.level2, c.getNeedLevel());
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> c.changeNeedLevel(f.level1));
    }

    // members

    @Test
    void noDuplicateActiveMembershipOfTheSameKind() {
        assertViolation("case.member-duplicate", "practitioner",
                () -> c.addMember(f.teacher, MembershipKind.INITIATOR, LATER));
        CaseMembership involved = c.addMember(f.teacher, MembershipKind.INVOLVED, LATER);
        assertEquals(2, c.getMemberships().size());

        involved.end(LATER.plusDays(10));
        c.addMember(f.teacher, MembershipKind.INVOLVED, LATER.plusDays(10));
        assertEquals(3, c.getMemberships().size());
    }

    @Test
    void leadMembershipsFollowHandoversAndAFamilyMayExceptionallyHaveSeveral() {
        CaseMembership lead = c.addMember(f.teacher, MembershipKind.LEAD, LATER);
        assertViolation("case.member-duplicate", "practitioner", () -> c.addMember(f.teacher, MembershipKind.LEAD, LATER));

        LocalDate handover = LATER.plusMonths(1);
        lead.end(handover);
        c.addMember(f.nurse, MembershipKind.LEAD, handover);
        assertEquals(List.of(f.teacher), c.leadsOn(handover.minusDays(1)));
        assertEquals(List.of(f.nurse), c.leadsOn(handover));
        assertEquals(2, c.activeMembershipsOn(handover).size());

        c.addMember(f.teacher, MembershipKind.LEAD, handover.plusDays(1));
        assertEquals(List.of(f.nurse, f.teacher), c.leadsOn(handover.plusDays(1)), "one lead per group of children");
    }

    @Test
    void membersMustBeActiveJoinAfterOpeningAndOnlyWhileOpen() {
        f.nurse.deactivate();
        assertViolation("case.member-inactive", "practitioner", () -> c.addMember(f.nurse, MembershipKind.INVOLVED, LATER));
        f.nurse.reactivate();
        assertViolation("case.member-before-opening", "since",
                () -> c.addMember(f.nurse, MembershipKind.INVOLVED, Fixtures.OPENED_ON.minusDays(1)));
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> c.addMember(f.nurse, MembershipKind.INVOLVED, LATER));
    }
}
