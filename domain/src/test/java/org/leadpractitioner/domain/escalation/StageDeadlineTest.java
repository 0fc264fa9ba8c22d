package org.leadpractitioner.domain.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.escalation.EscalationWorld.NOW;
import static org.leadpractitioner.domain.escalation.EscalationWorld.WORKING_DAYS;
import static org.leadpractitioner.domain.escalation.EscalationWorld.d;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.core.WorkingDays;

/** Stage deadlines: working days counted from the stage's day in UK time, ending at midnight UK time; urgent hours. */
class StageDeadlineTest {

    private final EscalationWorld w = new EscalationWorld();

    @Test
    void stageOneRaisedOnThursdayIsDueOnMondayAfterTheWeekend() {
        EscalationStage s = w.raised(NOW).getCurrentStageRecord();
        assertEquals(d(2026, 11, 16), s.getDueOn(), "2 working days after Thursday 12 November: Friday, then Monday");
        assertEquals(Instant.parse("2026-11-17T00:00:00Z"), s.getDeadlineAt(), "the end of Monday, GMT");
        assertEquals("the end of Monday 16 November 2026", s.deadline().describe());
    }

    @Test
    void aStageStartedAtTheWeekendCountsFromTheMonday() {
        EscalationStage s = w.raised(Instant.parse("2026-11-14T11:00:00Z")).getCurrentStageRecord(); // a Saturday
        assertEquals(d(2026, 11, 17), s.getDueOn(), "Monday and Tuesday");
    }

    @Test
    void christmasAndTheBoxingDaySubstitute2026DoNotCount() {
        // Thursday 24 December 2026: Friday 25 (Christmas Day), the weekend (Boxing Day is a Saturday) and Monday 28
        // (its substitute day) are not working days
        Instant christmasEve = Instant.parse("2026-12-24T09:30:00Z");
        EscalationStage s = w.raised(christmasEve).getCurrentStageRecord();
        assertEquals(d(2026, 12, 30), s.getDueOn(), "Tuesday 29 and Wednesday 30 December");
        assertEquals(Instant.parse("2026-12-31T00:00:00Z"), s.getDeadlineAt());
        EscalationStagePolicy stage2 = w.ladder.stage(2, "toStage");
        assertEquals(d(2027, 1, 5), stage2.deadlineFrom(christmasEve, Urgency.STANDARD, WORKING_DAYS).dueOn(),
                "5 working days: 29, 30, 31 December, then (New Year's Day and the weekend) 4 and 5 January 2027");
    }

    @Test
    void theDueDayEndsAtMidnightUkTimeInSummerTime() {
        // Wednesday 14 October 2026 is in British Summer Time (UTC+1)
        EscalationStage s = w.raised(Instant.parse("2026-10-14T10:00:00Z")).getCurrentStageRecord();
        assertEquals(d(2026, 10, 16), s.getDueOn());
        assertEquals(Instant.parse("2026-10-16T23:00:00Z"), s.getDeadlineAt(), "midnight BST is 23:00 UTC");
        assertFalse(s.isPastDeadline(Instant.parse("2026-10-16T22:59:59Z")), "still Friday in the UK");
        assertTrue(s.isPastDeadline(Instant.parse("2026-10-16T23:00:00Z")));
    }

    @Test
    void theStartDayIsTheDayInTheUkNotInUtc() {
        // 23:30 UTC on Wednesday 14 October is 00:30 on Thursday 15 October in the UK
        EscalationStage s = w.raised(Instant.parse("2026-10-14T23:30:00Z")).getCurrentStageRecord();
        assertEquals(d(2026, 10, 19), s.getDueOn(), "counted from Thursday: Friday 16 and Monday 19");
        assertEquals(Instant.parse("2026-10-19T23:00:00Z"), s.getDeadlineAt());
    }

    @Test
    void aDueDayAfterTheClocksGoBackEndsAtMidnightGmt() {
        // Thursday 22 October 2026 (BST); the clocks go back on Sunday 25 October
        EscalationStage s = w.raised(Instant.parse("2026-10-22T09:00:00Z")).getCurrentStageRecord();
        assertEquals(d(2026, 10, 26), s.getDueOn());
        assertEquals(Instant.parse("2026-10-27T00:00:00Z"), s.getDeadlineAt());
    }

    @Test
    void theUrgentRouteCountsElapsedHoursAcrossTheClockChange() {
        // Saturday 24 October 2026, 12:00 BST; the clocks go back from 02:00 BST to 01:00 GMT on Sunday 25 October
        Instant start = Instant.parse("2026-10-24T11:00:00Z");
        EscalationStage s = w.raised(EscalationCategory.THRESHOLD, Urgency.URGENT, start).getCurrentStageRecord();
        assertNull(s.getDueOn(), "the urgent route has no due day");
        assertEquals(Instant.parse("2026-10-25T11:00:00Z"), s.getDeadlineAt(), "24 hours later");
        assertEquals("Sunday 25 October 2026 at 11:00 (UK time)", s.deadline().describe(),
                "the wall clock shows 11:00: an hour of the night was repeated");
        assertEquals(Instant.parse("2026-10-26T11:00:00Z"), w.ladder.stage(4, "toStage").deadlineFrom(start, Urgency.URGENT,
                null).at(), "the partnership has 48 hours; no working days are needed on the urgent route");
    }

    @Test
    void aDeadlineBeyondTheKnownHolidaysIsNotGuessed() {
        WorkingDays onlyNovember = WorkingDays.of(List.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        EscalationStagePolicy stage1 = w.ladder.first();
        assertThrows(IllegalArgumentException.class, () -> stage1.deadlineFrom(Instant.parse("2026-11-27T10:00:00Z"),
                Urgency.STANDARD, onlyNovember));
    }
}
