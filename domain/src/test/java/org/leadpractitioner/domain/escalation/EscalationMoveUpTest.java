package org.leadpractitioner.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.escalation.EscalationWorld.NOW;
import static org.leadpractitioner.domain.escalation.EscalationWorld.WORKING_DAYS;
import static org.leadpractitioner.domain.escalation.EscalationWorld.assertViolation;
import static org.leadpractitioner.domain.escalation.EscalationWorld.d;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

/** Moving up (with and without a reason, skipping, the last stage), the overdue mark and the automatic move-up. */
class EscalationMoveUpTest {

    /** Stage 1 of an escalation raised at {@link EscalationWorld#NOW} is late from midnight after Monday 16 November. */
    private static final Instant STAGE1_DEADLINE = Instant.parse("2026-11-17T00:00:00Z");
    private static final Instant BEFORE_DEADLINE = Instant.parse("2026-11-16T15:00:00Z");

    private final EscalationWorld w = new EscalationWorld();

    @Test
    void notResolvedMovesUpToTheNextStageWithoutAReason() {
        Escalation e = w.raised(NOW);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "We still disagree", null, w.ladder, BEFORE_DEADLINE);
        EscalationStage first = e.getCurrentStageRecord();
        EscalationStage second = e.moveUp(2, w.mo, " ", w.ladder, BEFORE_DEADLINE, WORKING_DAYS);
        assertEquals(2, e.getCurrentStage());
        assertEquals(EscalationStatus.OPEN, e.getStatus());
        assertEquals(StageEnd.MOVED_UP, first.getEndKind());
        assertEquals(BEFORE_DEADLINE, first.getEndedAt());
        assertNull(first.getEndReason(), "a blank reason is no reason");
        assertFalse(first.isCurrent());
        assertEquals(2, second.getRecordNo());
        assertEquals(2, second.getStageNumber());
        assertEquals("Line managers / designated safeguarding leads", second.getStageName());
        assertEquals(w.mo, second.getResponder());
        assertEquals(d(2026, 11, 23), second.getDueOn(), "5 working days after Monday 16 November");
        assertTrue(e.awaitsResponseFrom(w.mo));
        assertFalse(e.awaitsResponseFrom(w.fay));
    }

    @Test
    void anOverdueStageMovesUpWithoutAReason() {
        Escalation e = w.raised(NOW);
        assertFalse(e.mayMoveUpWithoutReason(BEFORE_DEADLINE));
        assertTrue(e.mayMoveUpWithoutReason(STAGE1_DEADLINE), "past the deadline, even before the sweep marks it");
        e.moveUp(2, w.mo, null, w.ladder, STAGE1_DEADLINE, WORKING_DAYS);
        assertEquals(2, e.getCurrentStage());
    }

    @Test
    void movingUpEarlyNeedsAReason() {
        Escalation e = w.raised(NOW);
        RuleViolation v = assertViolation("escalation.moved-up-early-without-reason", "reason",
                () -> e.moveUp(2, w.mo, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS));
        assertTrue(v.getMessage().contains("Stage 1 (Practitioner to practitioner) has not been recorded as not resolved,"
                + " and its deadline (the end of Monday 16 November 2026) has not passed"), v.getMessage());
        assertEquals(1, e.getCurrentStage(), "nothing changed");
        assertEquals(1, e.getStages().size());
        e.moveUp(2, w.mo, "Fay is on leave until December", w.ladder, BEFORE_DEADLINE, WORKING_DAYS);
        assertEquals("Fay is on leave until December", e.getStages().get(0).getEndReason());
    }

    @Test
    void skippingAStageNeedsAReasonEvenWhenNotResolved() {
        Escalation e = w.raised(NOW);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "We still disagree", null, w.ladder, BEFORE_DEADLINE);
        RuleViolation v = assertViolation("escalation.stage-skipped-without-reason", "reason",
                () -> e.moveUp(3, w.mo, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS));
        assertTrue(v.getMessage().contains("Moving from stage 1 straight to stage 3 skips stage 2 (Line managers /"
                + " designated safeguarding leads). Say why the stage is skipped, or move up to stage 2."), v.getMessage());
        v = assertViolation("escalation.stage-skipped-without-reason", "reason",
                () -> e.moveUp(4, w.mo, null, w.ladder, STAGE1_DEADLINE, WORKING_DAYS));
        assertTrue(v.getMessage().contains("and the stages after it"), v.getMessage());
        EscalationStage third = e.moveUp(3, w.mo, "Fay's manager is the designated lead and already involved", w.ladder,
                BEFORE_DEADLINE, WORKING_DAYS);
        assertEquals(3, third.getStageNumber());
        assertEquals(2, third.getRecordNo(), "one record per stage reached");
        assertEquals("Fay's manager is the designated lead and already involved", e.getStages().get(0).getEndReason());
        assertTrue(w.ladder.notifiesBusinessManagerReaching(1, 3), "reaching stage 3 notifies the business manager");
    }

    @Test
    void anEscalationOnlyMovesUpToAStageThePolicyHas() {
        Escalation e = w.atStage(2);
        assertViolation("escalation.not-upwards", "toStage", () -> e.moveUp(2, w.hana, "x", w.ladder, NOW, WORKING_DAYS));
        assertViolation("escalation.not-upwards", "toStage", () -> e.moveUp(1, w.hana, "x", w.ladder, NOW, WORKING_DAYS));
        RuleViolation v = assertViolation("escalation.stage-unknown", "toStage",
                () -> e.moveUp(5, w.hana, "x", w.ladder, NOW, WORKING_DAYS));
        assertTrue(v.getMessage().contains("stages 1 to 4"), v.getMessage());
    }

    @Test
    void thereIsNoStageAboveTheLast() {
        Escalation e = w.atStage(4);
        assertTrue(e.getStages().get(3).isCurrent());
        RuleViolation v = assertViolation("escalation.at-last-stage.conflict", "toStage",
                () -> e.moveUp(5, w.hana, "The chair is unavailable", w.ladder, NOW, WORKING_DAYS));
        assertTrue(v.getMessage().contains("stage 4 (Safeguarding partnership (independent chair)), the last stage"),
                v.getMessage());
        assertTrue(e.stageAbove(w.ladder).isEmpty());
        assertEquals(3, w.atStage(2).stageAbove(w.ladder).orElseThrow().getStageNumber());
    }

    @Test
    void theNextResponderIsAnActivePractitionerOtherThanTheRaiser() {
        Escalation e = w.raised(NOW);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "We still disagree", null, w.ladder, BEFORE_DEADLINE);
        assertViolation("escalation.responder-required", "responderId",
                () -> e.moveUp(2, null, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS));
        assertViolation("escalation.responder-is-raiser", "responderId",
                () -> e.moveUp(2, w.sam, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS));
        Practitioner gone = EscalationWorld.id(new Practitioner("Gil", "Gone", "gil@nb.example",
                PractitionerRole.FAMILY_WORKER, w.council));
        gone.deactivate();
        assertViolation("escalation.responder-inactive", "responderId",
                () -> e.moveUp(2, gone, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS));
        assertEquals(1, e.getStages().size(), "nothing changed");
        assertTrue(e.getStages().get(0).isCurrent());
    }

    @Test
    void aStageIsMarkedOverdueOnceWhenItsDeadlinePasses() {
        Escalation e = w.raised(NOW);
        assertFalse(e.markOverdue(STAGE1_DEADLINE.minusMillis(1)));
        assertNull(e.getCurrentStageRecord().getOverdueAt());
        assertTrue(e.markOverdue(STAGE1_DEADLINE), "late from the deadline itself");
        assertFalse(e.markOverdue(STAGE1_DEADLINE.plusSeconds(3600)), "only once");
        assertEquals(STAGE1_DEADLINE, e.getCurrentStageRecord().getOverdueAt());
        assertTrue(e.getCurrentStageRecord().isOverdue());
    }

    @Test
    void aStageNotResolvedButNotMovedUpStillBecomesOverdue() {
        Escalation e = w.raised(NOW);
        e.recordOutcome(StageOutcome.NOT_RESOLVED, "We still disagree", null, w.ladder, BEFORE_DEADLINE);
        assertTrue(e.markOverdue(STAGE1_DEADLINE), "the raiser has not moved it up: it is stuck");
    }

    @Test
    void closedEscalationsAndEndedStagesAreNeverMarkedOverdue() {
        Escalation resolved = w.raised(NOW);
        resolved.recordOutcome(StageOutcome.RESOLVED, "Agreed", null, w.ladder, BEFORE_DEADLINE);
        assertFalse(resolved.markOverdue(STAGE1_DEADLINE));

        Escalation moved = w.raised(NOW);
        moved.recordOutcome(StageOutcome.NOT_RESOLVED, "We still disagree", null, w.ladder, BEFORE_DEADLINE);
        EscalationStage first = moved.getCurrentStageRecord();
        moved.moveUp(2, w.mo, null, w.ladder, BEFORE_DEADLINE, WORKING_DAYS);
        assertFalse(first.markOverdue(STAGE1_DEADLINE), "stage 1 ended when it moved up");
        assertFalse(moved.markOverdue(STAGE1_DEADLINE), "stage 2 runs until the end of 23 November");
        assertTrue(moved.markOverdue(Instant.parse("2026-11-24T00:00:00Z")));
    }

    @Test
    void theDefaultPolicyPromptsTheRaiserRatherThanMovingUp() {
        Escalation e = w.raised(NOW);
        e.markOverdue(STAGE1_DEADLINE);
        assertFalse(e.movesUpAutomatically(w.ladder));
    }

    @Test
    void aStageSetToMoveUpAutomaticallyDoesSoOnceOverdue() {
        StageLadder automatic = StageLadder.of(EscalationWorld.defaults(OverdueAction.MOVE_UP_AUTOMATICALLY));
        Escalation e = w.raised(NOW);
        assertFalse(e.movesUpAutomatically(automatic), "not overdue yet");
        assertTrue(e.markOverdue(STAGE1_DEADLINE));
        assertTrue(e.movesUpAutomatically(automatic));
        EscalationStagePolicy next = e.stageAbove(automatic).orElseThrow();
        e.moveUp(next.getStageNumber(), w.mo, null, automatic, STAGE1_DEADLINE, WORKING_DAYS);
        assertEquals(2, e.getCurrentStage());
        assertFalse(e.movesUpAutomatically(automatic), "stage 2 prompts the raiser, and is not overdue");
    }

    @Test
    void theLastStageNeverMovesUpAutomatically() {
        java.util.List<EscalationStagePolicy> stages = EscalationWorld.defaults(OverdueAction.PROMPT_RAISER);
        EscalationStagePolicy last = stages.get(3);
        last.change(new EscalationStagePolicy.Terms(last.getName(), last.getDescription(), last.getResponseWorkingDays(),
                last.getUrgentResponseHours(), false, OverdueAction.MOVE_UP_AUTOMATICALLY));
        StageLadder ladder = StageLadder.of(stages);
        Escalation e = w.atStage(4);
        assertTrue(e.markOverdue(Instant.parse("2027-01-01T00:00:00Z")));
        assertFalse(e.movesUpAutomatically(ladder), "there is no stage above the last");
    }
}
