package org.leadpractitioner.domain.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.meetings.MeetingWorld.ENDS;
import static org.leadpractitioner.domain.meetings.MeetingWorld.NOW;
import static org.leadpractitioner.domain.meetings.MeetingWorld.STARTS;
import static org.leadpractitioner.domain.meetings.MeetingWorld.assertViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class TafMeetingTest {

    private final MeetingWorld w = new MeetingWorld();

    @Test
    void scheduledMeetingInvitesPractitionersAndFamilyInUkTime() {
        TafMeeting m = w.scheduled();
        assertEquals(MeetingStatus.SCHEDULED, m.getStatus());
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), m.getStartsAt(), "November is GMT");
        assertEquals(3, m.getInvitees().size());
        assertTrue(m.getInvitees().stream().anyMatch(i -> i.is(w.mum) && i.isFamily()));
        assertEquals(0, m.getSequence());
        assertEquals(LocalDate.of(2026, 11, 26), m.heldOn());
        assertEquals("Thursday 26 November 2026 at 10:00", m.when());
    }

    @Test
    void summerTimeIsAnHourAheadOfUtc() {
        assertEquals(Instant.parse("2026-10-22T09:00:00Z"), TafMeeting.toInstant(LocalDateTime.of(2026, 10, 22, 10, 0), "starts"));
        assertEquals(Instant.parse("2026-10-29T10:00:00Z"), TafMeeting.toInstant(LocalDateTime.of(2026, 10, 29, 10, 0), "starts"));
    }

    @Test
    void theHourTheClocksGoForwardDoesNotExist() {
        RuleViolation v = assertViolation("meeting.time-does-not-exist", "starts",
                () -> TafMeeting.toInstant(LocalDateTime.of(2027, 3, 28, 1, 30), "starts"));
        assertTrue(v.getMessage().contains("28 March 2027"), v.getMessage());
    }

    @Test
    void endMustFollowStart() {
        assertViolation("meeting.ends-before-start", "ends", () -> TafMeeting.schedule(w.theCase,
                w.details(STARTS, STARTS.minusMinutes(30)), w.fay, NOW));
        assertViolation("meeting.ends-before-start", "ends", () -> TafMeeting.schedule(w.theCase,
                w.details(STARTS, STARTS), w.fay, NOW));
        assertViolation("meeting.too-long", "ends", () -> TafMeeting.schedule(w.theCase,
                w.details(STARTS, STARTS.plusHours(9)), w.fay, NOW));
    }

    @Test
    void aNewInvitationIsForTheFuture() {
        RuleViolation v = assertViolation("meeting.in-the-past", "starts", () -> TafMeeting.schedule(w.theCase,
                w.details(LocalDateTime.of(2026, 11, 23, 9, 0), LocalDateTime.of(2026, 11, 23, 10, 0)), w.fay, NOW));
        assertTrue(v.getMessage().contains("Monday 23 November 2026 at 09:00"), v.getMessage());
    }

    @Test
    void aPlaceTheChairAndTheFamilyAreRequired() {
        assertViolation("meeting.place-required", "venue", () -> TafMeeting.schedule(w.theCase, new TafMeeting.Details(
                MeetingType.INITIAL, STARTS, ENDS, " ", null, w.fay, null, List.of(w.fay), List.of(w.mum)), w.fay, NOW));
        assertViolation("meeting.online-link-invalid", "onlineLink", () -> TafMeeting.schedule(w.theCase,
                new TafMeeting.Details(MeetingType.INITIAL, STARTS, ENDS, null, "javascript:alert(1)", w.fay, null,
                        List.of(w.fay), List.of(w.mum)), w.fay, NOW));
        assertViolation("meeting.chair-not-invited", "chairId", () -> TafMeeting.schedule(w.theCase, new TafMeeting.Details(
                MeetingType.INITIAL, STARTS, ENDS, "Hub", null, w.nia, null, List.of(w.fay), List.of(w.mum)), w.fay, NOW));
        assertViolation("meeting.minute-taker-not-invited", "minuteTakerId", () -> TafMeeting.schedule(w.theCase,
                new TafMeeting.Details(MeetingType.INITIAL, STARTS, ENDS, "Hub", null, w.fay, w.nia, List.of(w.fay),
                        List.of(w.mum)), w.fay, NOW));
        assertViolation("meeting.family-required", "familyMemberIds", () -> TafMeeting.schedule(w.theCase,
                new TafMeeting.Details(MeetingType.INITIAL, STARTS, ENDS, "Hub", null, w.fay, null, List.of(w.fay),
                        List.of()), w.fay, NOW));
        assertViolation("meeting.invitee-not-in-family", "familyMemberIds", () -> TafMeeting.schedule(w.theCase,
                new TafMeeting.Details(MeetingType.INITIAL, STARTS, ENDS, "Hub", null, w.fay, null, List.of(w.fay),
                        List.of(w.mum, w.kate)), w.fay, NOW));
        TafMeeting online = TafMeeting.schedule(w.theCase, new TafMeeting.Details(MeetingType.INITIAL, STARTS, ENDS, null,
                "https://teams.example/meet/123", w.fay, null, List.of(w.fay), List.of(w.mum)), w.fay, NOW);
        assertEquals("https://teams.example/meet/123", online.getOnlineLink());
    }

    @Test
    void reschedulingRaisesTheSequenceAndKeepsUnchangedInvitees() {
        TafMeeting m = w.scheduled();
        MeetingInvitee samInvite = m.inviteeFor(w.sam).orElseThrow();
        boolean moved = m.reschedule(new TafMeeting.Details(MeetingType.REVIEW, STARTS.plusDays(1), ENDS.plusDays(1),
                "Hub", null, w.fay, null, List.of(w.fay, w.sam, w.nia), List.of(w.mum)), NOW);
        assertTrue(moved);
        assertEquals(1, m.getSequence());
        assertEquals(MeetingType.INITIAL, m.getType(), "the type of a meeting does not change");
        assertEquals(4, m.getInvitees().size());
        assertTrue(m.getInvitees().contains(samInvite), "an invitee kept is the same row (their invitation history stays)");
        m.reschedule(new TafMeeting.Details(null, STARTS.plusDays(1), ENDS.plusDays(1), "Hub", null, w.fay, null,
                List.of(w.fay), List.of(w.mum)), NOW);
        assertEquals(2, m.getSequence());
        assertEquals(2, m.getInvitees().size(), "uninvited people are removed");
    }

    @Test
    void aPastMeetingKeepsItsTimeWhenOnlyThePlaceChanges() {
        TafMeeting m = w.scheduled();
        Instant later = Instant.parse("2026-11-26T10:15:00Z");
        assertFalse(m.reschedule(new TafMeeting.Details(null, STARTS, ENDS, "Room 3", null, w.fay, w.sam,
                List.of(w.fay, w.sam), List.of(w.mum)), later));
        assertViolation("meeting.in-the-past", "starts", () -> m.reschedule(new TafMeeting.Details(null,
                STARTS.minusHours(1), ENDS, "Room 3", null, w.fay, w.sam, List.of(w.fay, w.sam), List.of(w.mum)), later));
    }

    @Test
    void cancellingNeedsAReasonAndEndsChanges() {
        TafMeeting m = w.scheduled();
        assertViolation("meeting.cancel-reason-required", "reason", () -> m.cancel(" ", NOW));
        m.cancel("Family unwell", NOW);
        assertEquals(MeetingStatus.CANCELLED, m.getStatus());
        assertEquals(1, m.getSequence());
        assertViolation("meeting.not-scheduled.conflict", null, () -> m.cancel("again", NOW));
        assertViolation("meeting.not-scheduled.conflict", null, () -> m.reschedule(w.details(STARTS, ENDS), NOW));
    }

    @Test
    void theRecordWaitsForTheMeetingAndChecksScaling() {
        TafMeeting m = w.scheduled();
        TafMeeting.Outcome empty = new TafMeeting.Outcome(null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertViolation("meeting.not-started", null, () -> m.saveOutcome(empty, NOW));
        Instant during = Instant.parse("2026-11-26T10:30:00Z");
        assertViolation("meeting.scaling-out-of-range", "scaling", () -> m.saveOutcome(new TafMeeting.Outcome(null, null,
                null, null, 11, null, null, null, null, null, null, null), during));
        long samId = m.inviteeFor(w.sam).orElseThrow().getId();
        RuleViolation v = assertViolation("meeting.scaling-out-of-range", "scaling", () -> m.saveOutcome(
                new TafMeeting.Outcome(null, null, null, null, 5, null, null, null, null, null, null,
                        List.of(new TafMeeting.AttendanceEntry(samId, Attendance.ATTENDED, null, -1))), during));
        assertTrue(v.getMessage().contains("Sam Senco"), v.getMessage());
        assertViolation("meeting.invitee-unknown", "attendance", () -> m.saveOutcome(new TafMeeting.Outcome(null, null,
                null, null, 5, null, null, null, null, null, null,
                List.of(new TafMeeting.AttendanceEntry(-5, Attendance.ATTENDED, null, null))), during));
    }

    @Test
    void anIncompleteRecordSaysWhatIsMissing() {
        TafMeeting m = w.scheduled();
        Instant after = Instant.parse("2026-11-26T11:30:00Z");
        long samId = m.inviteeFor(w.sam).orElseThrow().getId();
        m.saveOutcome(new TafMeeting.Outcome("Minutes so far", "Attendance", null, null, null, null, null, null, null,
                null, null, List.of(new TafMeeting.AttendanceEntry(samId, Attendance.APOLOGIES, "School report: Amy is"
                        + " settled in class", 6))), after);
        RuleViolation v = assertViolation("meeting.record-incomplete", "attendance",
                () -> m.recordHeld(w.fay, LocalDate.of(2026, 12, 3), after));
        assertTrue(v.getMessage().contains("the attendance of Fay Worker; the attendance of Sarah Jones; what is working"
                + " well; what needs to happen; the scaling judgement (0-10); how often the plan will be reviewed"),
                v.getMessage());
        assertEquals(MeetingStatus.SCHEDULED, m.getStatus(), "nothing is lost: the record so far stays");
        assertEquals("Minutes so far", m.getMinutes());
        assertEquals("School report: Amy is settled in class", m.inviteeFor(w.sam).orElseThrow().getWrittenReport());
        assertEquals(6, m.inviteeFor(w.sam).orElseThrow().getScaling());
    }

    @Test
    void aHeldMeetingStartsTheCirculationAndReviewClocks() {
        TafMeeting m = w.held(LocalDate.of(2026, 12, 3));
        assertEquals(MeetingStatus.HELD, m.getStatus());
        assertEquals(ReviewDecision.CONTINUE, m.getDecision(), "an initial meeting starts the plan");
        assertEquals(LocalDate.of(2027, 1, 7), m.getNextReviewOn(), "six weeks after 26 November");
        assertEquals(LocalDate.of(2026, 12, 3), m.getCirculationDueOn());
        assertFalse(m.isCirculationOverdue(LocalDate.of(2026, 12, 3)));
        assertTrue(m.isCirculationOverdue(LocalDate.of(2026, 12, 4)));
        assertViolation("meeting.already-recorded.conflict", null, () -> m.saveOutcome(new TafMeeting.Outcome("x", null,
                null, null, null, null, null, null, null, null, null, null), NOW.plusSeconds(864000)));
    }

    @Test
    void aReviewNeedsADecisionAndClosingNeedsASustainabilityPlan() {
        TafMeeting m = TafMeeting.schedule(w.theCase, new TafMeeting.Details(MeetingType.REVIEW, STARTS, ENDS, "Hub", null,
                w.fay, null, List.of(w.fay), List.of(w.mum)), w.fay, NOW);
        m.getInvitees().forEach(MeetingWorld::id);
        MeetingWorld.id(m);
        Instant after = TafMeeting.toInstant(ENDS, "ends");
        List<TafMeeting.AttendanceEntry> all = m.getInvitees().stream().map(i -> new TafMeeting.AttendanceEntry(i.getId(),
                Attendance.ATTENDED, null, null)).toList();
        m.saveOutcome(new TafMeeting.Outcome(null, "w", "ww", "n", 8, null, null, null, null, null, null, all), after);
        assertViolation("meeting.record-incomplete", "decision", () -> m.recordHeld(w.fay, LocalDate.of(2026, 12, 3), after));
        m.saveOutcome(new TafMeeting.Outcome(null, "w", "ww", "n", 8, null, null, ReviewDecision.CLOSE, null, null,
                ReviewCadence.TERMLY, all), after);
        assertViolation("meeting.record-incomplete", "sustainabilityPlan",
                () -> m.recordHeld(w.fay, LocalDate.of(2026, 12, 3), after));
        m.saveOutcome(new TafMeeting.Outcome(null, "w", "ww", "n", 8, null, null, ReviewDecision.CLOSE, null,
                "Mum will call the school nurse if sleep slips", ReviewCadence.TERMLY, all), after);
        m.recordHeld(w.fay, LocalDate.of(2026, 12, 3), after);
        assertNull(m.getNextReviewOn(), "a closed plan has no next review");
        assertNull(m.getCadence());
    }

    @Test
    void circulationIsCompleteWhenEveryInviteeHasTheRecord() {
        TafMeeting m = w.held(LocalDate.of(2026, 12, 3));
        List<MeetingInvitee> invitees = m.getInvitees();
        LocalDate today = LocalDate.of(2026, 12, 4);
        Instant now = Instant.parse("2026-12-04T09:00:00Z");
        assertViolation("meeting.circulated-before-meeting", "circulatedOn", () -> m.recordCirculation(invitees.get(0)
                .getId(), LocalDate.of(2026, 11, 25), CirculationMethod.EMAIL, w.fay, today, now));
        assertViolation("meeting.circulated-in-future", "circulatedOn", () -> m.recordCirculation(invitees.get(0).getId(),
                LocalDate.of(2026, 12, 5), CirculationMethod.EMAIL, w.fay, today, now));
        m.recordCirculation(invitees.get(0).getId(), LocalDate.of(2026, 11, 27), CirculationMethod.SECURE_EMAIL, w.fay, today, now);
        m.recordCirculation(invitees.get(1).getId(), LocalDate.of(2026, 11, 27), CirculationMethod.SECURE_EMAIL, w.fay, today, now);
        assertNull(m.getCirculatedOn(), "the family has not had it yet");
        assertTrue(m.isCirculationOverdue(today));
        m.recordCirculation(invitees.get(2).getId(), LocalDate.of(2026, 12, 4), CirculationMethod.POST, w.fay, today, now);
        assertEquals(LocalDate.of(2026, 12, 4), m.getCirculatedOn());
        assertFalse(m.isCirculationOverdue(today));
        assertTrue(m.wasCirculatedLate());
    }

    @Test
    void circulationWaitsForTheRecord() {
        TafMeeting m = w.scheduled();
        assertViolation("meeting.not-recorded.conflict", null, () -> m.recordCirculation(m.getInvitees().get(0).getId(),
                LocalDate.of(2026, 11, 27), CirculationMethod.EMAIL, w.fay, LocalDate.of(2026, 11, 27), NOW));
    }
}
