package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.training.TrainingGaps.Gap;
import org.leadpractitioner.domain.training.TrainingGaps.Kind;

class TrainingGapsTest {

    static final LocalDate ON = LocalDate.of(2026, 3, 16);

    final TrainingFixtures f = new TrainingFixtures();
    /** The whole catalogue: two mandatory courses and an optional one. */
    final List<Course> catalogue = List.of(f.safeguarding, f.leadRole, f.genograms);

    TrainingRecord done(Course course, LocalDate on) {
        return TrainingRecord.recordCompletion(f.worker, course, on, null, null, on);
    }

    TrainingGaps gaps(List<TrainingRecord> records) {
        return TrainingGaps.compute(catalogue, records, List.of(), ON);
    }

    @Test
    void withNothingDoneEveryMandatoryCourseIsAGapInTitleOrder() {
        TrainingGaps g = gaps(List.of());
        assertEquals(List.of(Kind.NEVER_COMPLETED, Kind.NEVER_COMPLETED), g.all().stream().map(Gap::kind).toList());
        assertSame(f.safeguarding, g.all().get(0).course());
        assertSame(f.leadRole, g.all().get(1).course(), "the optional course is not a gap");
        assertNull(g.all().get(0).date());
        assertFalse(g.trainedForLeadRole());
        assertEquals(2, g.blocking().size());
        assertEquals("'Safeguarding children: level 3' has not been completed, and every lead practitioner needs it."
                + " Book a place.", g.all().get(0).message());
        assertEquals(ON, g.on());
    }

    @Test
    void withEveryMandatoryCourseCurrentThereIsNoGap() {
        TrainingGaps g = gaps(List.of(done(f.safeguarding, ON.minusYears(1)), done(f.leadRole, ON.minusYears(5))));
        assertTrue(g.isEmpty(), () -> g.all().toString());
        assertTrue(g.trainedForLeadRole());
    }

    @Test
    void aBookingIsNotDoneButIsShownOnTheGap() {
        TrainingRecord booking = TrainingRecord.book(f.worker, f.leadRole, ON.plusDays(14), ON);
        TrainingRecord later = TrainingRecord.book(f.worker, f.leadRole, ON.plusDays(40), ON);
        TrainingGaps g = gaps(List.of(done(f.safeguarding, ON), later, booking));
        assertEquals(1, g.all().size());
        Gap gap = g.all().get(0);
        assertEquals(Kind.NEVER_COMPLETED, gap.kind());
        assertEquals(ON.plusDays(14), gap.bookedFor(), "the earliest booking");
        assertTrue(gap.message().endsWith("Booked for 30 March 2026."), gap.message());
        assertFalse(g.trainedForLeadRole());
    }

    @Test
    void aCancelledBookingOrABookingInThePastDoesNotCountAndIsNotShown() {
        TrainingRecord cancelled = TrainingRecord.book(f.worker, f.leadRole, ON.plusDays(14), ON);
        cancelled.cancel(ON);
        TrainingRecord stale = TrainingRecord.book(f.worker, f.leadRole, ON.minusDays(7), ON.minusDays(30));
        Gap gap = gaps(List.of(done(f.safeguarding, ON), cancelled, stale)).all().get(0);
        assertEquals(Kind.NEVER_COMPLETED, gap.kind());
        assertNull(gap.bookedFor());
    }

    @Test
    void aCompletionAfterTheDayDoesNotCountOnThatDay() {
        TrainingRecord lead = done(f.leadRole, ON.plusDays(1));
        TrainingGaps g = TrainingGaps.compute(catalogue, List.of(done(f.safeguarding, ON), lead), List.of(), ON);
        assertEquals(Kind.NEVER_COMPLETED, g.all().get(0).kind());
        assertTrue(TrainingGaps.compute(catalogue, List.of(done(f.safeguarding, ON), lead), List.of(), ON.plusDays(1))
                .trainedForLeadRole());
    }

    @Test
    void onItsExpiryDayACompletionHasExpired() {
        // 36 months' refresh: completed 16 March 2023, expires 16 March 2026
        List<TrainingRecord> records = List.of(done(f.safeguarding, LocalDate.of(2023, 3, 16)),
                done(f.leadRole, ON.minusMonths(1)));
        TrainingGaps dayBefore = TrainingGaps.compute(catalogue, records, List.of(), ON.minusDays(1));
        assertEquals(Kind.EXPIRING_SOON, dayBefore.all().get(0).kind());
        assertTrue(dayBefore.trainedForLeadRole(), "a warning does not stand in the way");

        TrainingGaps onTheDay = TrainingGaps.compute(catalogue, records, List.of(), ON);
        Gap gap = onTheDay.all().get(0);
        assertEquals(Kind.EXPIRED, gap.kind());
        assertEquals(LocalDate.of(2026, 3, 16), gap.date());
        assertFalse(onTheDay.trainedForLeadRole());
        assertEquals("'Safeguarding children: level 3' expired on 16 March 2026 (last completed 16 March 2023; it is"
                + " refreshed every 36 months). Book a refresher.", gap.message());
    }

    @Test
    void theWarningCoversTheLastDayOfThePeriodAndNoMore() {
        // expiry = completion + 36 months
        LocalDate expiry = ON.plusDays(60);
        List<TrainingRecord> records = List.of(done(f.safeguarding, expiry.minusMonths(36)), done(f.leadRole, ON));
        Gap warning = TrainingGaps.compute(catalogue, records, List.of(), ON, 60).all().get(0);
        assertEquals(Kind.EXPIRING_SOON, warning.kind());
        assertEquals(expiry, warning.date());
        assertTrue(warning.message().endsWith("Book a refresher before then."), warning.message());

        assertTrue(TrainingGaps.compute(catalogue, records, List.of(), ON, 59).isEmpty(), "61 days ahead: no warning");
        assertTrue(TrainingGaps.compute(catalogue, records, List.of(), expiry.minusDays(1), 0).isEmpty(),
                "no warning period at all");
        assertEquals(Kind.EXPIRING_SOON, TrainingGaps.compute(catalogue, records, List.of(), ON).all().get(0).kind(),
                "the default warning is 60 days");
        assertThrows(IllegalArgumentException.class, () -> TrainingGaps.compute(catalogue, records, List.of(), ON, -1));
    }

    @Test
    void withoutARefreshPeriodACompletionNeverExpires() {
        List<TrainingRecord> records = List.of(done(f.safeguarding, ON), done(f.leadRole, LocalDate.of(2000, 1, 1)));
        assertTrue(TrainingGaps.compute(catalogue, records, List.of(), ON.plusYears(2)).trainedForLeadRole());
        assertTrue(TrainingGaps.compute(List.of(f.leadRole), records, List.of(), LocalDate.of(2090, 1, 1)).isEmpty());
    }

    @Test
    void theLatestCompletionCounts() {
        List<TrainingRecord> records = List.of(done(f.safeguarding, LocalDate.of(2025, 6, 1)),
                done(f.safeguarding, LocalDate.of(2020, 1, 1)), done(f.leadRole, ON));
        assertTrue(gaps(records).isEmpty());
    }

    @Test
    void onlyActiveMandatoryCoursesAreExpected() {
        f.safeguarding.deactivate();
        TrainingGaps g = TrainingGaps.compute(List.of(f.safeguarding, f.genograms), List.of(), List.of(), ON);
        assertTrue(g.isEmpty());
        assertTrue(g.trainedForLeadRole());
        assertTrue(TrainingGaps.compute(null, null, null, ON).trainedForLeadRole());
    }

    @Test
    void openNeedsAreListedButDoNotStandInTheWay() {
        TrainingNeed older = TrainingNeed.raise(f.worker, "Chairing difficult TAFs", f.genograms, ON.minusDays(30), ON);
        TrainingNeed newer = TrainingNeed.raise(f.worker, "Working with fathers", null, ON.minusDays(2), ON);
        TrainingNeed withdrawn = TrainingNeed.raise(f.worker, "Old need", null, ON.minusDays(90), ON);
        withdrawn.withdraw(ON, "No longer relevant", ON);
        List<TrainingRecord> records = List.of(done(f.safeguarding, ON), done(f.leadRole, ON));

        TrainingGaps g = TrainingGaps.compute(catalogue, records, List.of(newer, withdrawn, older), ON);
        assertEquals(List.of(older, newer), g.ofKind(Kind.OPEN_NEED).stream().map(Gap::need).toList());
        assertTrue(g.trainedForLeadRole());
        assertTrue(g.blocking().isEmpty());
        Gap first = g.all().get(0);
        assertSame(f.genograms, first.course());
        assertEquals(ON.minusDays(30), first.date());
        assertEquals("Training need identified on 14 February 2026: Chairing difficult TAFs (course: 'Using genograms')",
                first.message());
    }

    @Test
    void mandatoryGapsComeBeforeNeeds() {
        TrainingNeed need = TrainingNeed.raise(f.worker, "Genograms", null, ON.minusYears(1), ON);
        TrainingGaps g = TrainingGaps.compute(catalogue, List.of(done(f.safeguarding, ON)), List.of(need), ON);
        assertEquals(List.of(Kind.NEVER_COMPLETED, Kind.OPEN_NEED), g.all().stream().map(Gap::kind).toList());
        assertFalse(g.trainedForLeadRole());
    }
}
