package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.TODAY;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class TrainingRecordTest {

    final TrainingFixtures f = new TrainingFixtures();

    @Test
    void aBookingIsForTodayOrLaterAndNamesTheCoursesProvider() {
        TrainingRecord r = TrainingRecord.book(f.worker, f.safeguarding, TODAY, TODAY);
        assertEquals(TrainingStatus.BOOKED, r.getStatus());
        assertEquals(TODAY, r.getBookedFor());
        assertEquals("Northbridge Academy", r.getProvider());
        assertNull(r.getCompletedOn());
        assertFalse(r.isCurrentOn(TODAY.plusDays(1)), "a booking is not training done");
        assertNull(r.expiresOn());

        RuleViolation v = assertViolation("training.booked-for-past", "bookedFor",
                () -> TrainingRecord.book(f.worker, f.safeguarding, TODAY.minusDays(1), TODAY));
        assertTrue(v.getMessage().contains("record it as completed"), v.getMessage());
        assertViolation("training.booked-for-required", "bookedFor", () -> TrainingRecord.book(f.worker, f.safeguarding, null, TODAY));
        assertViolation("training.practitioner-required", "practitioner", () -> TrainingRecord.book(null, f.safeguarding, TODAY, TODAY));
        assertViolation("training.course-required", "course", () -> TrainingRecord.book(f.worker, null, TODAY, TODAY));
    }

    @Test
    void noBookingOnAWithdrawnCourseOrForSomeoneWhoLeft() {
        f.genograms.deactivate();
        assertViolation("training.course-inactive", "course", () -> TrainingRecord.book(f.worker, f.genograms, TODAY, TODAY));
        f.teacher.deactivate();
        assertViolation("training.practitioner-inactive", "practitioner",
                () -> TrainingRecord.book(f.teacher, f.safeguarding, TODAY, TODAY));
    }

    @Test
    void oneOpenBookingPerCourse() {
        TrainingRecord.ensureNotAlreadyBooked(f.worker, f.safeguarding, 0);
        RuleViolation v = assertViolation("training.already-booked", "course",
                () -> TrainingRecord.ensureNotAlreadyBooked(f.worker, f.safeguarding, 1));
        assertTrue(v.getMessage().startsWith("Fay Worker is already booked on 'Safeguarding children: level 3'"),
                v.getMessage());
    }

    @Test
    void aBookingIsCompletedNotInTheFuture() {
        TrainingRecord r = TrainingRecord.book(f.worker, f.safeguarding, TODAY.plusDays(10), TODAY);
        LocalDate courseDay = TODAY.plusDays(10);
        assertViolation("training.completed-in-future", "completedOn",
                () -> r.complete(courseDay, null, null, courseDay.minusDays(1)));
        assertEquals(TrainingStatus.BOOKED, r.getStatus(), "unchanged after a refusal");
        assertNull(r.getCompletedOn());

        r.complete(courseDay, "  ", " Good session ", courseDay);
        assertEquals(TrainingStatus.COMPLETED, r.getStatus());
        assertEquals(courseDay, r.getCompletedOn());
        assertEquals(courseDay, r.getBookedFor(), "the booking date is kept");
        assertEquals("Northbridge Academy", r.getProvider(), "blank keeps the course's provider");
        assertEquals("Good session", r.getNotes());
        assertViolation("training.not-booked", null, () -> r.complete(courseDay, null, null, courseDay));
        assertViolation("training.not-booked", null, () -> r.cancel(courseDay));
    }

    @Test
    void aCompletionCanBeRecordedWithoutABookingEvenForAWithdrawnCourse() {
        f.genograms.deactivate();
        TrainingRecord r = TrainingRecord.recordCompletion(f.worker, f.genograms, TODAY.minusYears(1),
                "Tavistock Centre", null, TODAY);
        assertEquals(TrainingStatus.COMPLETED, r.getStatus());
        assertNull(r.getBookedFor());
        assertEquals("Tavistock Centre", r.getProvider());
        assertViolation("training.completed-in-future", "completedOn",
                () -> TrainingRecord.recordCompletion(f.worker, f.genograms, TODAY.plusDays(1), null, null, TODAY));
        assertViolation("training.completed-on-required", "completedOn",
                () -> TrainingRecord.recordCompletion(f.worker, f.genograms, null, null, null, TODAY));
        assertViolation("training.provider-too-long", "provider", () -> TrainingRecord.recordCompletion(f.worker,
                f.genograms, TODAY, "p".repeat(Course.PROVIDER_MAX + 1), null, TODAY));
    }

    @Test
    void aCancelledBookingStaysOnTheRecordAndNeverCounts() {
        TrainingRecord r = TrainingRecord.book(f.worker, f.leadRole, TODAY.plusDays(3), TODAY);
        r.cancel(TODAY);
        assertEquals(TrainingStatus.CANCELLED, r.getStatus());
        assertEquals(TODAY, r.getCancelledOn());
        assertFalse(r.isCurrentOn(TODAY.plusYears(1)));
        RuleViolation v = assertViolation("training.not-booked", null, () -> r.complete(TODAY, null, null, TODAY));
        assertEquals("This training is cancelled, not booked, so it cannot be completed.", v.getMessage());
    }

    @Test
    void aCompletionExpiresTheRefreshPeriodLaterAndNoLongerCountsOnTheExpiryDay() {
        LocalDate done = LocalDate.of(2023, 3, 16);
        TrainingRecord r = TrainingRecord.recordCompletion(f.worker, f.safeguarding, done, null, null, TODAY);
        LocalDate expiry = LocalDate.of(2026, 3, 16);
        assertEquals(expiry, r.expiresOn());
        assertFalse(r.isCurrentOn(done.minusDays(1)), "not before it was done");
        assertTrue(r.isCurrentOn(done));
        assertTrue(r.isCurrentOn(expiry.minusDays(1)));
        assertFalse(r.isExpiredOn(expiry.minusDays(1)));
        assertFalse(r.isCurrentOn(expiry));
        assertTrue(r.isExpiredOn(expiry));
        assertTrue(r.isExpiredOn(expiry.plusYears(1)));
    }

    @Test
    void withoutARefreshPeriodACompletionNeverExpires() {
        TrainingRecord r = TrainingRecord.recordCompletion(f.worker, f.leadRole, LocalDate.of(2010, 1, 4), null, null, TODAY);
        assertNull(r.expiresOn());
        assertTrue(r.isCurrentOn(LocalDate.of(2099, 12, 31)));
        assertFalse(r.isExpiredOn(LocalDate.of(2099, 12, 31)));
    }

    @Test
    void theExpiryFollowsTheCoursesCurrentRefreshPeriod() {
        TrainingRecord r = TrainingRecord.recordCompletion(f.worker, f.leadRole, LocalDate.of(2025, 1, 31), null, null, TODAY);
        f.leadRole.update(new Course.Details(f.leadRole.getTitle(), f.leadRole.getProvider(), 180,
                f.leadRole.getAreas(), true, 13, null));
        assertEquals(LocalDate.of(2026, 2, 28), r.expiresOn(), "31 January plus 13 months, at the month's end");
        assertTrue(r.isExpiredOn(TODAY));
    }

    @Test
    void anEvidenceNoteIsForACompletion() {
        TrainingRecord booked = TrainingRecord.book(f.worker, f.leadRole, TODAY, TODAY);
        assertViolation("training.evidence-not-completed", "evidenceNote", () -> booked.recordEvidenceNote("certificate"));
        TrainingRecord done = TrainingRecord.recordCompletion(f.worker, f.leadRole, TODAY, null, null, TODAY);
        done.recordEvidenceNote(" Certificate seen by Mo Manager ");
        assertEquals("Certificate seen by Mo Manager", done.getEvidenceNote());
        done.recordEvidenceNote(" ");
        assertNull(done.getEvidenceNote());
    }
}
