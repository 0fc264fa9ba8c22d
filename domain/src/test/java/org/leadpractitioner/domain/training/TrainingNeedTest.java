package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.TODAY;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class TrainingNeedTest {

    static final LocalDate RAISED = TODAY.minusDays(20);

    final TrainingFixtures f = new TrainingFixtures();
    final TrainingNeed need = TrainingNeed.raise(f.worker, " Confidence chairing TAFs ", f.leadRole, RAISED, TODAY);

    @Test
    void aNeedIsRaisedOpenWithItsCourse() {
        assertEquals(TrainingNeedStatus.OPEN, need.getStatus());
        assertEquals(TrainingNeedSource.OTHER, need.getSource());
        assertEquals("Confidence chairing TAFs", need.getDescription());
        assertSame(f.leadRole, need.getCourse());
        assertEquals(RAISED, need.getRaisedOn());
        assertNull(need.getClosedOn());
        assertViolation("training-need.description-required", "description",
                () -> TrainingNeed.raise(f.worker, " ", null, TODAY, TODAY));
        assertViolation("training-need.raised-in-future", "raisedOn",
                () -> TrainingNeed.raise(f.worker, "Genograms", null, TODAY.plusDays(1), TODAY));
        assertViolation("training-need.raised-on-required", "raisedOn",
                () -> TrainingNeed.raise(f.worker, "Genograms", null, null, TODAY));
        assertViolation("training-need.practitioner-required", "practitioner",
                () -> TrainingNeed.raise(null, "Genograms", null, TODAY, TODAY));
    }

    @Test
    void aCompletionOfTheNamedCourseByThePractitionerMeetsIt() {
        TrainingRecord booked = TrainingRecord.book(f.worker, f.leadRole, TODAY, TODAY);
        assertFalse(need.isMetBy(booked));
        RuleViolation v = assertViolation("training-need.record-not-completed", "trainingRecord", () -> need.meetBy(booked));
        assertTrue(v.getMessage().contains("is booked, not completed"), v.getMessage());

        TrainingRecord someoneElses = TrainingRecord.recordCompletion(f.socialWorker, f.leadRole, TODAY, null, null, TODAY);
        assertFalse(need.isMetBy(someoneElses));
        assertViolation("training-need.other-practitioner", "trainingRecord", () -> need.meetBy(someoneElses));

        TrainingRecord otherCourse = TrainingRecord.recordCompletion(f.worker, f.genograms, TODAY, null, null, TODAY);
        assertFalse(need.isMetBy(otherCourse));
        assertViolation("training-need.other-course", "trainingRecord", () -> need.meetBy(otherCourse));
        assertTrue(need.isOpen(), "refusals change nothing");

        booked.complete(TODAY.minusDays(1), null, null, TODAY);
        assertTrue(need.isMetBy(booked));
        need.meetBy(booked);
        assertEquals(TrainingNeedStatus.MET, need.getStatus());
        assertSame(booked, need.getMetBy());
        assertEquals(TODAY.minusDays(1), need.getClosedOn(), "closed on the completion date");
        assertFalse(need.isMetBy(booked), "only open needs are met");
        assertViolation("training-need.not-open", null, () -> need.meetBy(booked));
    }

    @Test
    void aNeedWithoutACourseIsMetByAnyCompletionChosenForIt() {
        TrainingNeed open = TrainingNeed.raise(f.worker, "Working with fathers", null, RAISED, TODAY);
        TrainingRecord done = TrainingRecord.recordCompletion(f.worker, f.genograms, TODAY, null, null, TODAY);
        assertFalse(open.isMetBy(done), "not met automatically: someone chooses");
        open.meetBy(done);
        assertEquals(TrainingNeedStatus.MET, open.getStatus());
    }

    @Test
    void metOtherwiseOrWithdrawnWithAWrittenNoteOnAPlausibleDate() {
        assertViolation("training-need.met-note-required", "closingNote", () -> need.markMet(TODAY, "", TODAY));
        assertViolation("training-need.closed-in-future", "closedOn", () -> need.markMet(TODAY.plusDays(1), "x", TODAY));
        assertViolation("training-need.closed-before-raised", "closedOn",
                () -> need.withdraw(RAISED.minusDays(1), "x", TODAY));
        assertViolation("training-need.withdraw-reason-required", "closingNote", () -> need.withdraw(TODAY, null, TODAY));
        assertTrue(need.isOpen());

        need.markMet(RAISED, "Shadowed Mo chairing two TAFs", TODAY);
        assertEquals(TrainingNeedStatus.MET, need.getStatus());
        assertEquals(RAISED, need.getClosedOn());
        assertEquals("Shadowed Mo chairing two TAFs", need.getClosingNote());
        assertNull(need.getMetBy());
        assertViolation("training-need.not-open", null, () -> need.withdraw(TODAY, "x", TODAY));
    }

    @Test
    void onlyAnOpenNeedCanBeChanged() {
        need.update("Chairing difficult TAFs", null);
        assertEquals("Chairing difficult TAFs", need.getDescription());
        assertNull(need.getCourse());
        need.withdraw(TODAY, "Moved to a non-lead role", TODAY);
        assertEquals(TrainingNeedStatus.WITHDRAWN, need.getStatus());
        assertViolation("training-need.not-open", null, () -> need.update("x", null));
    }
}
