package org.leadpractitioner.domain.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.meetings.MeetingWorld.assertViolation;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanActionTest {

    private final MeetingWorld w = new MeetingWorld();
    private final Instant now = Instant.parse("2026-11-26T11:30:00Z");

    private PlanAction.Terms terms(LocalDate due) {
        return new PlanAction.Terms("Sam sets up a morning check-in for Amy", "Amy is in class by 8:50 on 9 days in 10",
                w.sam, null, due);
    }

    @Test
    void anActionIsSmartWithOneOwnerOnTheCase() {
        TafMeeting m = w.held(LocalDate.of(2026, 12, 3));
        PlanAction a = PlanAction.agree(m, terms(LocalDate.of(2026, 12, 18)), true, now);
        assertEquals(ActionStatus.NOT_STARTED, a.getStatus());
        assertEquals("Sam Senco", a.ownerName());
        assertViolation("action.success-measure-required", "successMeasure", () -> PlanAction.agree(m, new PlanAction.Terms(
                "Do it", " ", w.sam, null, LocalDate.of(2026, 12, 18)), true, now));
        assertViolation("action.owner-required", "owner", () -> PlanAction.agree(m, new PlanAction.Terms("Do it", "Done",
                w.sam, w.mum, LocalDate.of(2026, 12, 18)), true, now));
        assertViolation("action.owner-required", "owner", () -> PlanAction.agree(m, new PlanAction.Terms("Do it", "Done",
                null, null, LocalDate.of(2026, 12, 18)), true, now));
        assertViolation("action.owner-not-on-case", "owner", () -> PlanAction.agree(m, terms(LocalDate.of(2026, 12, 18)),
                false, now));
        assertViolation("action.owner-not-on-case", "owner", () -> PlanAction.agree(m, new PlanAction.Terms("Do it", "Done",
                null, w.kate, LocalDate.of(2026, 12, 18)), true, now));
        PlanAction mums = PlanAction.agree(m, new PlanAction.Terms("Bedtime routine", "Amy asleep by 8:30", null, w.mum,
                LocalDate.of(2026, 12, 18)), false, now);
        assertEquals("Sarah Jones", mums.ownerName());
    }

    @Test
    void theDueDateIsFromTheMeetingAndWithinAYear() {
        TafMeeting m = w.held(LocalDate.of(2026, 12, 3));
        assertViolation("action.due-required", "dueOn", () -> PlanAction.agree(m, terms(null), true, now));
        assertViolation("action.due-in-past", "dueOn", () -> PlanAction.agree(m, terms(LocalDate.of(2026, 11, 25)), true, now));
        assertViolation("action.due-too-far", "dueOn", () -> PlanAction.agree(m, terms(LocalDate.of(2027, 11, 27)), true, now));
        PlanAction.agree(m, terms(LocalDate.of(2026, 11, 26)), true, now);
    }

    @Test
    void progressMovesTheStatusAndOverdueIsOpenAndPastDue() {
        TafMeeting m = w.held(LocalDate.of(2026, 12, 3));
        PlanAction a = PlanAction.agree(m, terms(LocalDate.of(2026, 12, 18)), true, now);
        assertFalse(a.isOverdue(LocalDate.of(2026, 12, 18)));
        assertTrue(a.isOverdue(LocalDate.of(2026, 12, 19)));
        assertViolation("action.progress-required", "note", () -> a.recordProgress(" ", null, w.sam,
                LocalDate.of(2026, 12, 1), now));
        a.recordProgress("Check-in started Monday", ActionStatus.IN_PROGRESS, w.sam, LocalDate.of(2026, 12, 1), now);
        a.recordProgress(null, ActionStatus.DONE, w.sam, LocalDate.of(2026, 12, 10), now);
        assertEquals(LocalDate.of(2026, 12, 10), a.getCompletedOn());
        assertFalse(a.isOverdue(LocalDate.of(2027, 1, 10)), "a done action is never overdue");
        assertEquals(2, a.getProgress().size());
        assertEquals(ActionStatus.IN_PROGRESS, a.getProgress().get(1).getStatusBefore());
        assertViolation("action.reopen-reason", "note", () -> a.recordProgress(null, ActionStatus.IN_PROGRESS, w.sam,
                LocalDate.of(2026, 12, 11), now));
        a.recordProgress("Amy late again since the clocks", ActionStatus.IN_PROGRESS, w.sam, LocalDate.of(2026, 12, 11), now);
        assertNull(a.getCompletedOn());
    }

    @Test
    void thePlanFollowsHeldMeetings() {
        TafMeeting first = w.held(LocalDate.of(2026, 12, 3));
        TafPlan plan = TafPlan.startedBy(first);
        assertEquals(LocalDate.of(2027, 1, 7), plan.getNextReviewOn());
        assertEquals(ReviewCadence.SIX_WEEKLY, plan.getCadence());
        assertFalse(plan.isReviewOverdue(LocalDate.of(2027, 1, 7)));
        assertTrue(plan.isReviewOverdue(LocalDate.of(2027, 1, 8)));
    }
}
