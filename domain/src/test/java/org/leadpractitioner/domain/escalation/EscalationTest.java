package org.leadpractitioner.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.escalation.EscalationWorld.NOW;
import static org.leadpractitioner.domain.escalation.EscalationWorld.WORKING_DAYS;
import static org.leadpractitioner.domain.escalation.EscalationWorld.assertViolation;
import static org.leadpractitioner.domain.escalation.EscalationWorld.d;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

/** Raising, responding, outcomes, withdrawal and reopening. */
class EscalationTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    private final EscalationWorld w = new EscalationWorld();

    @Test
    void raisingStartsStageOneWithThePractitionerItIsRaisedWith() {
        Escalation e = w.raised(NOW);
        assertEquals(EscalationStatus.OPEN, e.getStatus());
        assertEquals(1, e.getCurrentStage());
        assertEquals(w.sam, e.getRaisedBy());
        assertEquals(w.school, e.getRaisedByAgency());
        assertEquals(w.fay, e.getRaisedWith());
        assertEquals(w.council, e.getRaisedWithAgency());
        assertEquals(NOW, e.getRaisedAt());
        assertNull(e.getClosedAt());
        EscalationStage s = e.getCurrentStageRecord();
        assertEquals(List.of(s), e.getStages());
        assertEquals(1, s.getRecordNo());
        assertEquals(1, s.getStageNumber());
        assertEquals("Practitioner to practitioner", s.getStageName());
        assertEquals(w.fay, s.getResponder());
        assertEquals(NOW, s.getStartedAt());
        assertTrue(s.isCurrent());
        assertTrue(e.awaitsResponseFrom(w.fay));
        assertFalse(e.awaitsResponseFrom(w.sam));
    }

    @Test
    void theAgenciesAreThoseAtTheTimeOfRaising() {
        Escalation e = w.raised(NOW);
        w.sam.moveToAgency(w.council);
        assertEquals(w.school, e.getRaisedByAgency(), "Sam was at the school when raising it");
    }

    @Test
    void raisingWithOneselfOrWithoutAConcernIsRefused() {
        assertViolation("escalation.raised-with-self", "raisedWithId", () -> Escalation.raise(w.theCase, w.fay,
                w.raising(EscalationCategory.THRESHOLD, Urgency.STANDARD), w.ladder, NOW, WORKING_DAYS));
        assertViolation("escalation.concern-required", "concern", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(EscalationCategory.THRESHOLD, w.fay, "  ", "A review", Urgency.STANDARD), w.ladder,
                NOW, WORKING_DAYS));
        assertViolation("escalation.concern-too-long", "concern", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(EscalationCategory.THRESHOLD, w.fay, "x".repeat(Escalation.CONCERN_MAX + 1),
                        "A review", Urgency.STANDARD), w.ladder, NOW, WORKING_DAYS));
        assertViolation("escalation.desired-outcome-required", "desiredOutcome", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(EscalationCategory.THRESHOLD, w.fay, "Concern", null, Urgency.STANDARD), w.ladder,
                NOW, WORKING_DAYS));
        assertViolation("escalation.category-required", "category", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(null, w.fay, "Concern", "A review", Urgency.STANDARD), w.ladder, NOW, WORKING_DAYS));
        assertViolation("escalation.urgency-required", "urgency", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(EscalationCategory.THRESHOLD, w.fay, "Concern", "A review", null), w.ladder, NOW,
                WORKING_DAYS));
        assertViolation("escalation.raised-with-required", "raisedWithId", () -> Escalation.raise(w.theCase, w.sam,
                new Escalation.Raising(EscalationCategory.THRESHOLD, null, "Concern", "A review", Urgency.STANDARD),
                w.ladder, NOW, WORKING_DAYS));
    }

    @Test
    void itIsRaisedWithAnActivePractitionerOnAnOpenCase() {
        Practitioner gone = EscalationWorld.id(new Practitioner("Gil", "Gone", "gil@nb.example",
                PractitionerRole.FAMILY_WORKER, w.council));
        gone.deactivate();
        RuleViolation v = assertViolation("escalation.raised-with-inactive", "raisedWithId", () -> Escalation.raise(
                w.theCase, w.sam, new Escalation.Raising(EscalationCategory.OTHER, gone, "Concern", "Outcome",
                        Urgency.STANDARD), w.ladder, NOW, WORKING_DAYS));
        assertTrue(v.getMessage().contains("Gil Gone"), v.getMessage());
        w.theCase.stepUp(d(2026, 11, 10), "Section 47 enquiry");
        v = assertViolation("escalation.case-not-open.conflict", null, () -> w.raised(NOW));
        assertTrue(v.getMessage().contains("safeguarding referral"), v.getMessage());
    }

    @Test
    void theResponderRespondsUntilTheOutcomeIsRecorded() {
        Escalation e = w.raised(NOW);
        assertViolation("escalation.response-required", "response", () -> e.respond(" ", null, LATER));
        e.respond("We will hold a review next week", "Fay Worker, Sam Senco", LATER);
        EscalationStage s = e.getCurrentStageRecord();
        assertEquals("We will hold a review next week", s.getResponse());
        assertEquals("Fay Worker, Sam Senco", s.getParticipants());
        assertEquals(LATER, s.getRespondedAt());
        e.respond("Review booked for 19 November", null, LATER.plusSeconds(60));
        assertEquals("Review booked for 19 November", s.getResponse(), "a response can be corrected until the outcome");
        assertNull(s.getParticipants());
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "The school still wants a review sooner", null, w.ladder, LATER);
        assertViolation("escalation.stage-decided.conflict", null, () -> e.respond("Another", null, LATER));
    }

    @Test
    void resolvingClosesTheEscalationWithItsOutcome() {
        Escalation e = w.raised(NOW);
        assertViolation("escalation.outcome-note-required", "note", () -> e.recordOutcome(StageOutcome.RESOLVED, "",
                null, w.ladder, LATER));
        assertViolation("escalation.outcome-required", "outcome", () -> e.recordOutcome(null, "Agreed", null, w.ladder,
                LATER));
        e.recordOutcome(StageOutcome.AGREED_PLAN, "Review on 19 November; the school owns the attendance action", null,
                w.ladder, LATER);
        assertEquals(EscalationStatus.RESOLVED, e.getStatus());
        assertEquals(LATER, e.getClosedAt());
        assertEquals("Review on 19 November; the school owns the attendance action", e.getOutcomeSummary());
        EscalationStage s = e.getCurrentStageRecord();
        assertEquals(StageOutcome.AGREED_PLAN, s.getOutcome());
        assertEquals(LATER, s.getOutcomeAt());
        assertEquals(StageEnd.CLOSED, s.getEndKind());
        assertEquals(LATER, s.getEndedAt());
        assertFalse(e.isOpen());
    }

    @Test
    void notResolvedBeforeTheLastStageLeavesItOpenAwaitingMoveUp() {
        Escalation e = w.raised(NOW);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "We do not agree on the timing", null, w.ladder, LATER);
        assertEquals(EscalationStatus.OPEN, e.getStatus());
        assertNull(e.getOutcomeSummary());
        assertTrue(e.getCurrentStageRecord().isCurrent());
        assertEquals("We do not agree on the timing", e.getCurrentStageRecord().getOutcomeNote());
        assertTrue(e.mayMoveUpWithoutReason(LATER));
        assertViolation("escalation.stage-decided.conflict", null, () -> e.recordOutcome(StageOutcome.RESOLVED, "Agreed",
                null, w.ladder, LATER));
    }

    @Test
    void notResolvedAtTheLastStageClosesItUnresolved() {
        Escalation e = w.atStage(4);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "The chair found no agreement possible; referred to the partnership board",
                null, w.ladder, LATER);
        assertEquals(EscalationStatus.NOT_RESOLVED, e.getStatus());
        assertEquals(LATER, e.getClosedAt());
        assertEquals("The chair found no agreement possible; referred to the partnership board", e.getOutcomeSummary());
        assertEquals(StageEnd.CLOSED, e.getCurrentStageRecord().getEndKind());
        RuleViolation v = assertViolation("escalation.closed.conflict", null, () -> e.respond("Late reply", null, LATER));
        assertTrue(v.getMessage().contains("closed unresolved at the last stage on 12 November 2026"), v.getMessage());
    }

    @Test
    void aResolutionNamesALeadOnlyWhenTheDisagreementIsAboutWhoShouldLead() {
        Escalation plan = w.raised(NOW);
        assertViolation("escalation.resolved-lead-not-applicable", "resolvedLeadId", () -> plan.recordOutcome(
                StageOutcome.RESOLVED, "Agreed", w.fay, w.ladder, LATER));
        assertEquals(EscalationStatus.OPEN, plan.getStatus(), "nothing recorded");
        assertNull(plan.getCurrentStageRecord().getOutcome());

        Escalation lead = w.raised(EscalationCategory.WHO_SHOULD_LEAD, Urgency.STANDARD, NOW);
        assertViolation("escalation.resolved-lead-not-applicable", "resolvedLeadId", () -> lead.recordOutcome(
                StageOutcome.NOT_RESOLVED, "No agreement", w.sam, w.ladder, LATER));
        Practitioner gone = EscalationWorld.id(new Practitioner("Gil", "Gone", "gil@nb.example",
                PractitionerRole.FAMILY_WORKER, w.council));
        gone.deactivate();
        assertViolation("escalation.resolved-lead-inactive", "resolvedLeadId", () -> lead.recordOutcome(
                StageOutcome.RESOLVED, "Gil leads", gone, w.ladder, LATER));
        lead.recordOutcome(StageOutcome.RESOLVED, "Sam will lead: Amy's needs are mainly at school", w.sam, w.ladder,
                LATER);
        assertEquals(w.sam, lead.getResolvedLead());
        assertEquals(w.sam, lead.getCurrentStageRecord().getResolvedLead());

        Escalation noLeadNamed = w.raised(EscalationCategory.WHO_SHOULD_LEAD, Urgency.STANDARD, NOW);
        noLeadNamed.recordOutcome(StageOutcome.RESOLVED, "Fay stays the lead", null, w.ladder, LATER);
        assertNull(noLeadNamed.getResolvedLead(), "naming the lead is optional");
    }

    @Test
    void withdrawingNeedsAReasonAndAnOpenEscalation() {
        Escalation e = w.raised(NOW);
        assertViolation("escalation.withdrawal-reason-required", "reason", () -> e.withdraw(null, LATER));
        e.withdraw("Spoke again and agreed; no longer needed", LATER);
        assertEquals(EscalationStatus.WITHDRAWN, e.getStatus());
        assertEquals(LATER, e.getClosedAt());
        assertEquals("Spoke again and agreed; no longer needed", e.getWithdrawalReason());
        assertEquals(StageEnd.WITHDRAWN, e.getCurrentStageRecord().getEndKind());
        assertEquals("Spoke again and agreed; no longer needed", e.getCurrentStageRecord().getEndReason());
        RuleViolation v = assertViolation("escalation.closed.conflict", null, () -> e.withdraw("again", LATER));
        assertTrue(v.getMessage().contains("withdrawn on 12 November 2026"), v.getMessage());
        assertViolation("escalation.closed.conflict", null, () -> e.recordOutcome(StageOutcome.RESOLVED, "x", null,
                w.ladder, LATER));
        assertViolation("escalation.closed.conflict", null, () -> e.moveUp(2, w.mo, "x", w.ladder, LATER, WORKING_DAYS));
        assertFalse(e.markOverdue(NOW.plusSeconds(30L * 86400)), "a withdrawn escalation is never overdue");
    }

    @Test
    void reopeningAWithdrawnEscalationStartsAFreshRecordAtTheSameStage() {
        Escalation e = w.atStage(2);
        EscalationStage before = e.getCurrentStageRecord();
        e.withdraw("Mo and Hana will talk first", LATER);
        Instant reopenedAt = Instant.parse("2026-11-20T09:00:00Z"); // a Friday
        assertViolation("escalation.reopen-reason-required", "reason", () -> e.reopen(" ", w.ladder, reopenedAt,
                WORKING_DAYS));
        EscalationStage fresh = e.reopen("The talk did not happen", w.ladder, reopenedAt, WORKING_DAYS);
        assertEquals(EscalationStatus.OPEN, e.getStatus());
        assertNull(e.getClosedAt());
        assertNull(e.getWithdrawalReason());
        assertEquals(2, e.getCurrentStage());
        assertSame(fresh, e.getCurrentStageRecord());
        assertEquals(3, fresh.getRecordNo());
        assertEquals(2, fresh.getStageNumber());
        assertEquals(w.mo, fresh.getResponder(), "the same responder as before");
        assertEquals("The talk did not happen", fresh.getReopenReason());
        assertEquals(reopenedAt, fresh.getStartedAt());
        assertEquals(d(2026, 11, 27), fresh.getDueOn(), "5 working days after Friday 20 November");
        assertEquals("Mo and Hana will talk first", before.getEndReason(), "the withdrawal stays in the history");
        assertEquals(StageEnd.WITHDRAWN, before.getEndKind());
        assertViolation("escalation.already-open.conflict", null, () -> e.reopen("again", w.ladder, reopenedAt,
                WORKING_DAYS));
    }

    @Test
    void reopeningAResolvedEscalationClearsItsOutcomeButKeepsTheHistory() {
        Escalation e = w.raised(EscalationCategory.WHO_SHOULD_LEAD, Urgency.URGENT, NOW);
        e.recordOutcome(StageOutcome.RESOLVED, "Sam leads", w.sam, w.ladder, LATER);
        EscalationStage fresh = e.reopen("Sam has left the school", w.ladder, LATER.plusSeconds(3600), WORKING_DAYS);
        assertNull(e.getOutcomeSummary());
        assertNull(e.getResolvedLead());
        assertEquals(w.sam, e.getStages().get(0).getResolvedLead());
        assertEquals("Sam leads", e.getStages().get(0).getOutcomeNote());
        assertEquals(LATER.plusSeconds(3600 + 24 * 3600), fresh.getDeadlineAt(), "the urgent route: 24 hours from now");
        assertNull(fresh.getOutcome());
    }

    @Test
    void reopeningAtAStageThePolicyNoLongerHasUsesItsLastStage() {
        Escalation e = w.atStage(4);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "No agreement", null, w.ladder, LATER);
        StageLadder threeStages = StageLadder.of(w.ladder.stages().subList(0, 3));
        EscalationStage fresh = e.reopen("New information from health", threeStages, LATER, WORKING_DAYS);
        assertEquals(3, fresh.getStageNumber());
        assertEquals(3, e.getCurrentStage());
        assertEquals("Senior managers / heads of service", fresh.getStageName());
    }
}
