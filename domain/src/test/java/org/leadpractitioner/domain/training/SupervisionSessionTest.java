package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.TODAY;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

class SupervisionSessionTest {

    static final Instant NOW = Instant.parse("2026-03-16T14:00:00Z");
    static final LocalDate HELD = TODAY.minusDays(1);

    final TrainingFixtures f = new TrainingFixtures();
    final EarlyHelpCase jones = f.openCase("EH-000101", "Jones");
    final EarlyHelpCase patel = f.openCase("EH-000102", "Patel");

    static SupervisionSession.Content content(LocalDate heldOn, Integer minutes, String workload) {
        return new SupervisionSession.Content(SupervisionType.ONE_TO_ONE, heldOn, minutes, null, workload,
                "School not attending TAFs for the Jones family", "Feeling stretched; agreed a day off in lieu");
    }

    static CaseDiscussion.Content discussion(String text, String decision) {
        return new CaseDiscussion.Content(text, "Fay reflected on her own anxiety about the father", "Neglect risk low",
                decision, "Fay to arrange a TAF");
    }

    /** A draft recorded yesterday for Fay by Mo, with a 90-minute body. */
    SupervisionSession draft() {
        SupervisionSession s = SupervisionSession.record(f.manager, f.worker, SupervisionType.ONE_TO_ONE, HELD, TODAY, NOW);
        s.saveDraft(f.manager, content(HELD, 90, "Leads 4 cases; at capacity"), TODAY, NOW);
        return s;
    }

    SupervisionSession signed() {
        SupervisionSession s = draft();
        s.sign(f.manager, TODAY, NOW);
        return s;
    }

    // --- who supervises whom ------------------------------------------------------------------------------------

    @Test
    void onlyTheLineManagerRecordsSupervision() {
        SupervisionSession.ensureSupervisorIsLineManager(f.manager, f.worker);
        RuleViolation v = assertViolation("supervision.not-line-manager", "supervisee",
                () -> SupervisionSession.ensureSupervisorIsLineManager(f.head, f.worker));
        assertEquals("Hana Ali is not Fay Worker's line manager, and supervision is recorded by the line manager. Ask Mo"
                + " Manager to record it, or change Fay Worker's line manager first.", v.getMessage());
        v = assertViolation("supervision.not-line-manager", "supervisee",
                () -> SupervisionSession.ensureSupervisorIsLineManager(f.manager, f.teacher));
        assertTrue(v.getMessage().endsWith("Record Tess Okafor's line manager first."), v.getMessage());
        assertViolation("supervision.same-person", "supervisee",
                () -> SupervisionSession.ensureSupervisorIsLineManager(f.worker, f.worker));
        assertViolation("supervision.supervisee-required", "supervisee",
                () -> SupervisionSession.ensureSupervisorIsLineManager(f.manager, null));
        assertViolation("supervision.not-line-manager", "supervisee", () -> SupervisionSession.schedule(f.socialWorker,
                f.worker, SupervisionType.ONE_TO_ONE, TODAY, null, TODAY));
        assertViolation("supervision.not-line-manager", "supervisee",
                () -> SupervisionSession.record(f.head, f.worker, SupervisionType.ONE_TO_ONE, TODAY, TODAY, NOW));
    }

    @Test
    void someoneWhoLeftIsNotSupervised() {
        f.worker.deactivate();
        assertViolation("supervision.supervisee-inactive", "supervisee",
                () -> SupervisionSession.schedule(f.manager, f.worker, SupervisionType.ONE_TO_ONE, TODAY, null, TODAY));
    }

    @Test
    void onlyTheSupervisorWritesTheRecord() {
        SupervisionSession s = draft();
        RuleViolation v = assertViolation("supervision.not-supervisor", null,
                () -> s.saveDraft(f.worker, content(HELD, 60, "x"), TODAY, NOW));
        assertEquals("Only Mo Manager, who supervises Fay Worker in this session, can record it.", v.getMessage());
        assertViolation("supervision.not-supervisor", null, () -> s.sign(f.head, TODAY, NOW));
        assertViolation("supervision.not-supervisor", null, () -> s.addAction(null, "x", f.worker, TODAY, NOW));
    }

    // --- scheduling and recording -------------------------------------------------------------------------------

    @Test
    void scheduledThenRecordedThenSignedThenConfirmed() {
        SupervisionSession s = SupervisionSession.schedule(f.manager, f.worker, SupervisionType.CASE_SUPERVISION,
                TODAY.plusDays(7), LocalTime.of(10, 30), TODAY);
        assertEquals(SupervisionStatus.SCHEDULED, s.getStatus());
        assertEquals(TODAY.plusDays(7), s.getScheduledFor());
        assertEquals(LocalTime.of(10, 30), s.getScheduledTime());
        assertNull(s.getHeldOn());
        assertViolation("supervision.not-started", null, () -> s.saveDraft(f.manager, content(TODAY, 60, "x"), TODAY, NOW));

        LocalDate later = TODAY.plusDays(8);
        s.startRecording(f.manager, later, later, NOW);
        assertEquals(SupervisionStatus.DRAFT, s.getStatus());
        assertTrue(s.isDraft());
        assertEquals(later, s.getHeldOn());
        assertEquals(TODAY.plusDays(7), s.getScheduledFor(), "the plan is kept");
        assertEquals(NOW, s.getLastSavedAt());

        s.saveDraft(f.manager, content(later, 75, "Capacity fine"), later, NOW.plusSeconds(30));
        assertEquals(SupervisionType.ONE_TO_ONE, s.getSessionType());
        assertEquals(75, s.getDurationMinutes());
        assertEquals("Capacity fine", s.getWorkload());
        assertEquals(NOW.plusSeconds(30), s.getLastSavedAt());

        s.sign(f.manager, later, NOW.plusSeconds(60));
        assertEquals(SupervisionStatus.SIGNED_BY_SUPERVISOR, s.getStatus());
        assertEquals(NOW.plusSeconds(60), s.getSupervisorSignedAt());
        assertTrue(s.isSigned());

        s.confirm(f.worker, "  ", NOW.plusSeconds(90));
        assertEquals(SupervisionStatus.CONFIRMED, s.getStatus());
        assertEquals(NOW.plusSeconds(90), s.getSuperviseeRespondedAt());
        assertNull(s.getSuperviseeComment());
        assertTrue(s.isSigned());
    }

    @Test
    void aSessionIsScheduledForTodayOrLaterAndRescheduledOnlyWhileScheduled() {
        assertViolation("supervision.scheduled-in-past", "scheduledFor", () -> SupervisionSession.schedule(f.manager,
                f.worker, SupervisionType.ONE_TO_ONE, TODAY.minusDays(1), null, TODAY));
        assertViolation("supervision.type-required", "type",
                () -> SupervisionSession.schedule(f.manager, f.worker, null, TODAY, null, TODAY));
        SupervisionSession s = SupervisionSession.schedule(f.manager, f.worker, SupervisionType.GROUP, TODAY, null, TODAY);
        s.reschedule(f.manager, TODAY.plusDays(2), LocalTime.NOON, TODAY);
        assertEquals(TODAY.plusDays(2), s.getScheduledFor());
        assertEquals(LocalTime.NOON, s.getScheduledTime());
        assertViolation("supervision.scheduled-in-past", "scheduledFor",
                () -> s.reschedule(f.manager, TODAY.minusDays(2), null, TODAY));
        assertViolation("supervision.wrong-status", null, () -> draft().reschedule(f.manager, TODAY, null, TODAY));
    }

    @Test
    void aSessionRecordedAsHeldCannotBeHeldInTheFuture() {
        RuleViolation v = assertViolation("supervision.held-in-future", "heldOn", () -> SupervisionSession.record(
                f.manager, f.worker, SupervisionType.ONE_TO_ONE, TODAY.plusDays(1), TODAY, NOW));
        assertEquals("The session cannot have been held on 17 March 2026, which is in the future. Enter the date it"
                + " took place (today or earlier), or schedule it for that date instead.", v.getMessage());

        SupervisionSession scheduled = SupervisionSession.schedule(f.manager, f.worker, SupervisionType.ONE_TO_ONE,
                TODAY.plusDays(3), null, TODAY);
        assertViolation("supervision.held-in-future", "heldOn",
                () -> scheduled.startRecording(f.manager, TODAY.plusDays(3), TODAY, NOW));
        assertEquals(SupervisionStatus.SCHEDULED, scheduled.getStatus());

        SupervisionSession s = draft();
        assertViolation("supervision.held-in-future", "heldOn",
                () -> s.saveDraft(f.manager, content(TODAY.plusDays(1), 60, "changed"), TODAY, NOW.plusSeconds(5)));
        assertEquals(HELD, s.getHeldOn(), "nothing saved");
        assertEquals("Leads 4 cases; at capacity", s.getWorkload());
        assertEquals(NOW, s.getLastSavedAt());
        assertViolation("supervision.held-on-required", "heldOn",
                () -> s.saveDraft(f.manager, content(null, 60, "changed"), TODAY, NOW));

        SupervisionSession today = SupervisionSession.record(f.manager, f.worker, SupervisionType.ONE_TO_ONE, TODAY,
                TODAY, NOW);
        today.saveDraft(f.manager, content(TODAY, 60, "x"), TODAY, NOW);
        assertViolation("supervision.held-in-future", "heldOn", () -> today.sign(f.manager, TODAY.minusDays(1), NOW));
        assertEquals(SupervisionStatus.DRAFT, today.getStatus());
    }

    @Test
    void aDraftSavesWhateverIsWrittenWithinTheLimits() {
        SupervisionSession s = SupervisionSession.record(f.manager, f.worker, SupervisionType.ONE_TO_ONE, HELD, TODAY, NOW);
        s.saveDraft(f.manager, new SupervisionSession.Content(SupervisionType.GROUP, HELD, null, " Sol Shah ", "w".repeat(
                SupervisionSession.SECTION_MAX), " ", null), TODAY, NOW);
        assertEquals(SupervisionType.GROUP, s.getSessionType());
        assertNull(s.getDurationMinutes(), "the duration may wait until signing");
        assertEquals("Sol Shah", s.getAttendees());
        assertEquals(SupervisionSession.SECTION_MAX, s.getWorkload().length());
        assertNull(s.getInterAgency());

        assertViolation("supervision.workload-too-long", "workload", () -> s.saveDraft(f.manager,
                content(HELD, 60, "w".repeat(SupervisionSession.SECTION_MAX + 1)), TODAY, NOW));
        assertViolation("supervision.duration-out-of-range", "durationMinutes",
                () -> s.saveDraft(f.manager, content(HELD, 0, "x"), TODAY, NOW));
        assertViolation("supervision.duration-out-of-range", "durationMinutes",
                () -> s.saveDraft(f.manager, content(HELD, 481, "x"), TODAY, NOW));
        assertEquals(SupervisionType.GROUP, s.getSessionType(), "refusals change nothing");
    }

    // --- signing ------------------------------------------------------------------------------------------------

    @Test
    void signingNeedsARecordWorthSigning() {
        SupervisionSession scheduled = SupervisionSession.schedule(f.manager, f.worker, SupervisionType.ONE_TO_ONE,
                TODAY, null, TODAY);
        assertViolation("supervision.not-recorded", null, () -> scheduled.sign(f.manager, TODAY, NOW));

        SupervisionSession empty = SupervisionSession.record(f.manager, f.worker, SupervisionType.ONE_TO_ONE, HELD, TODAY,
                NOW);
        assertViolation("supervision.duration-required", "durationMinutes", () -> empty.sign(f.manager, TODAY, NOW));
        empty.saveDraft(f.manager, new SupervisionSession.Content(SupervisionType.ONE_TO_ONE, HELD, 60, null, null, null,
                null), TODAY, NOW);
        assertViolation("supervision.nothing-recorded", null, () -> empty.sign(f.manager, TODAY, NOW));

        SupervisionSession s = draft();
        s.addCaseDiscussion(f.manager, jones, true, discussion(" ", "Step down to universal"), NOW);
        RuleViolation v = assertViolation("supervision.discussion-required", "discussion",
                () -> s.sign(f.manager, TODAY, NOW));
        assertTrue(v.getMessage().startsWith("Nothing is written about case EH-000101."), v.getMessage());
        assertEquals(SupervisionStatus.DRAFT, s.getStatus());
    }

    @Test
    void anActionDueBeforeTheSessionIsRefusedAlsoWhenTheDateHeldChangesLater() {
        SupervisionSession s = draft();
        assertViolation("supervision.action-due-before-session", "dueOn",
                () -> s.addAction(f.manager, "Book the TAF", f.worker, HELD.minusDays(1), NOW));
        s.addAction(f.manager, "Book the TAF", f.worker, HELD, NOW);
        s.saveDraft(f.manager, content(TODAY, 60, "moved"), TODAY, NOW);
        RuleViolation v = assertViolation("supervision.action-due-before-session", "dueOn",
                () -> s.sign(f.manager, TODAY, NOW));
        assertTrue(v.getMessage().startsWith("The action 'Book the TAF' is due on 15 March 2026"), v.getMessage());
    }

    @Test
    void signingLocksTheRecord() {
        SupervisionSession s = draft();
        CaseDiscussion d = s.addCaseDiscussion(f.manager, jones, true, discussion("Attendance up", null), NOW);
        SupervisionAction a = s.addAction(f.manager, "Book the TAF", f.worker, TODAY.plusDays(7), NOW);
        IdentifiedTrainingNeed n = s.identifyTrainingNeed(f.manager, "Genograms", f.genograms, NOW);
        s.sign(f.manager, TODAY, NOW.plusSeconds(60));

        List<Executable> edits = List.of(
                () -> s.saveDraft(f.manager, content(HELD, 60, "changed"), TODAY, NOW),
                () -> s.addCaseDiscussion(f.manager, patel, true, discussion("x", null), NOW),
                () -> s.updateCaseDiscussion(f.manager, d, discussion("rewritten", "new decision"), NOW),
                () -> s.removeCaseDiscussion(f.manager, d, NOW),
                () -> s.addAction(f.manager, "x", f.worker, TODAY, NOW),
                () -> s.updateAction(f.manager, a, "x", f.worker, TODAY, NOW),
                () -> s.removeAction(f.manager, a, NOW),
                () -> s.identifyTrainingNeed(f.manager, "x", null, NOW),
                () -> s.removeTrainingNeed(f.manager, n, NOW),
                () -> s.sign(f.manager, TODAY, NOW),
                () -> s.cancel(f.manager, "x", NOW),
                () -> s.reschedule(f.manager, TODAY, null, TODAY),
                () -> s.startRecording(f.manager, TODAY, TODAY, NOW));
        for (Executable edit : edits) {
            RuleViolation v = assertViolation("supervision.signed", null, edit);
            assertEquals("This record was signed by Mo Manager on 16 March 2026 and can no longer be changed. Record"
                    + " anything new or corrected at the next session, or Fay Worker can add a comment when responding.",
                    v.getMessage());
        }
        assertEquals("Attendance up", d.getDiscussion());
        assertEquals(1, s.getDiscussions().size());
        assertEquals(1, s.getActions().size());
        assertEquals(1, s.getIdentifiedNeeds().size());
        assertEquals("Leads 4 cases; at capacity", s.getWorkload());

        s.dispute(f.worker, "The workload section understates my caseload", NOW);
        assertViolation("supervision.signed", null, () -> s.saveDraft(f.manager, content(HELD, 60, "x"), TODAY, NOW));
    }

    @Test
    void signingTurnsTrainingNeedsIntoTheTrainingRecordAndDecisionsIntoCaseNotes() {
        SupervisionSession s = draft();
        s.identifyTrainingNeed(f.manager, " Chairing TAFs with conflict ", f.leadRole, NOW);
        s.identifyTrainingNeed(f.manager, "Working with fathers", null, NOW);
        s.addCaseDiscussion(f.manager, jones, true, discussion("Attendance is up to 92%",
                " Step down to universal services after the next TAF "), NOW);
        s.addCaseDiscussion(f.manager, patel, true, discussion("Housing still unresolved", null), NOW);

        SupervisionSession.SignOff signOff = s.sign(f.manager, TODAY, NOW.plusSeconds(60));

        assertEquals(2, signOff.trainingNeeds().size());
        TrainingNeed first = signOff.trainingNeeds().get(0);
        assertSame(f.worker, first.getPractitioner(), "the supervisee's need");
        assertEquals("Chairing TAFs with conflict", first.getDescription());
        assertSame(f.leadRole, first.getCourse());
        assertEquals(TrainingNeedSource.SUPERVISION, first.getSource());
        assertEquals(TrainingNeedStatus.OPEN, first.getStatus());
        assertEquals(HELD, first.getRaisedOn(), "raised on the day of the session");
        assertSame(s, first.getSession());
        assertNull(signOff.trainingNeeds().get(1).getCourse());

        assertEquals(1, signOff.caseNotes().size(), "only the case with a decision");
        SupervisionCaseNote note = signOff.caseNotes().get(0);
        assertSame(jones, note.getEarlyHelpCase());
        assertEquals("Step down to universal services after the next TAF", note.getDecision());
        assertSame(f.manager, note.getApprovedBy());
        assertEquals(NOW.plusSeconds(60), note.getApprovedAt());
        assertEquals(HELD, note.getDecidedOn());
        assertNull(note.getSessionId(), "not persisted in this test");
    }

    @Test
    void aRecordWithoutNeedsOrDecisionsProducesNothing() {
        SupervisionSession.SignOff signOff = draft().sign(f.manager, TODAY, NOW);
        assertTrue(signOff.trainingNeeds().isEmpty());
        assertTrue(signOff.caseNotes().isEmpty());
    }

    // --- the supervisee's response -------------------------------------------------------------------------------

    @Test
    void disputingNeedsACommentAndTheResponseIsWrittenOnce() {
        SupervisionSession s = signed();
        RuleViolation v = assertViolation("supervision.comment-required", "superviseeComment",
                () -> s.dispute(f.worker, "  ", NOW));
        assertEquals("Enter what you disagree with in this record, and why.", v.getMessage());
        assertEquals(SupervisionStatus.SIGNED_BY_SUPERVISOR, s.getStatus());

        s.dispute(f.worker, " I did not agree to take a fifth case ", NOW.plusSeconds(10));
        assertEquals(SupervisionStatus.DISPUTED, s.getStatus());
        assertEquals("I did not agree to take a fifth case", s.getSuperviseeComment());
        assertEquals(NOW.plusSeconds(10), s.getSuperviseeRespondedAt());

        v = assertViolation("supervision.already-responded", null, () -> s.confirm(f.worker, "on reflection, fine", NOW));
        assertTrue(v.getMessage().startsWith("You already disputed this record on 16 March 2026"), v.getMessage());
        assertViolation("supervision.already-responded", null, () -> s.dispute(f.worker, "another comment", NOW));
        assertEquals("I did not agree to take a fifth case", s.getSuperviseeComment(), "never overwritten");
        assertEquals(SupervisionStatus.DISPUTED, s.getStatus());
        assertTrue(s.isSigned());
    }

    @Test
    void onlyTheSuperviseeRespondsAndOnlyToASignedRecord() {
        SupervisionSession s = draft();
        RuleViolation v = assertViolation("supervision.not-signed", null, () -> s.confirm(f.worker, null, NOW));
        assertEquals("This record is being recorded. You can confirm or comment once Mo Manager has signed it.",
                v.getMessage());
        s.sign(f.manager, TODAY, NOW);
        assertViolation("supervision.not-supervisee", null, () -> s.confirm(f.manager, null, NOW));
        assertViolation("supervision.not-supervisee", null, () -> s.dispute(f.head, "x", NOW));
        s.confirm(f.worker, "Thanks, a useful session", NOW);
        assertEquals("Thanks, a useful session", s.getSuperviseeComment());
        assertViolation("supervision.already-responded", null, () -> s.dispute(f.worker, "x", NOW));
    }

    // --- cases discussed ----------------------------------------------------------------------------------------

    @Test
    void onlyCasesTheSuperviseeIsOnAreDiscussedEachOnce() {
        SupervisionSession s = draft();
        RuleViolation v = assertViolation("supervision.case-not-supervisees", "caseId",
                () -> s.addCaseDiscussion(f.manager, patel, false, discussion("x", null), NOW));
        assertEquals("Fay Worker is not a member of case EH-000102, so it is not discussed in their supervision. Choose"
                + " one of the cases Fay Worker works on.", v.getMessage());
        assertTrue(s.getDiscussions().isEmpty());

        CaseDiscussion d = s.addCaseDiscussion(f.manager, jones, true, null, NOW.plusSeconds(5));
        assertNull(d.getDiscussion(), "a case can be added before anything is written about it");
        assertEquals(NOW.plusSeconds(5), s.getLastSavedAt());
        assertViolation("supervision.case-already-discussed", "caseId",
                () -> s.addCaseDiscussion(f.manager, jones, true, discussion("again", null), NOW));

        s.updateCaseDiscussion(f.manager, d, discussion("Attendance up", "Close after the review"), NOW);
        assertEquals("Attendance up", d.getDiscussion());
        assertTrue(d.hasDecision());
        assertSame(s, d.getSession());
        assertViolation("supervision.decision-too-long", "decision", () -> s.updateCaseDiscussion(f.manager, d,
                discussion("x", "d".repeat(CaseDiscussion.DECISION_MAX + 1)), NOW));
        assertEquals("Attendance up", d.getDiscussion(), "a refused update changes nothing");

        SupervisionSession other = SupervisionSession.record(f.manager, f.socialWorker, SupervisionType.ONE_TO_ONE, HELD,
                TODAY, NOW);
        assertViolation("supervision.not-in-session", null, () -> other.removeCaseDiscussion(f.manager, d, NOW));
        s.removeCaseDiscussion(f.manager, d, NOW);
        assertTrue(s.getDiscussions().isEmpty());
    }

    // --- actions ------------------------------------------------------------------------------------------------

    @Test
    void actionsAreOwnedByTheSupervisorOrTheSupervisee() {
        SupervisionSession s = draft();
        RuleViolation v = assertViolation("supervision.action-owner-not-participant", "owner",
                () -> s.addAction(f.manager, "Call the school", f.teacher, TODAY, NOW));
        assertTrue(v.getMessage().contains("not Tess Okafor"), v.getMessage());
        assertViolation("supervision.action-owner-required", "owner", () -> s.addAction(f.manager, "x", null, TODAY, NOW));
        assertViolation("supervision.action-due-on-required", "dueOn", () -> s.addAction(f.manager, "x", f.worker, null, NOW));
        assertViolation("supervision.action-description-required", "description",
                () -> s.addAction(f.manager, " ", f.worker, TODAY, NOW));

        SupervisionAction mine = s.addAction(f.manager, "Ask the DSL about attendance", f.manager, TODAY.plusDays(3), NOW);
        SupervisionAction hers = s.addAction(f.manager, "Book genograms course", f.worker, TODAY.plusDays(30), NOW);
        s.updateAction(f.manager, hers, "Book the genograms course", f.worker, TODAY.plusDays(20), NOW);
        assertEquals("Book the genograms course", hers.getDescription());
        assertEquals(TODAY.plusDays(20), hers.getDueOn());
        s.removeAction(f.manager, mine, NOW);
        assertEquals(List.of(hers), s.getActions());
        assertEquals(SupervisionActionStatus.OPEN, hers.getStatus());
    }

    @Test
    void anAgreedActionIsOverdueAfterItsDueDateUntilDone() {
        SupervisionSession s = draft();
        SupervisionAction a = s.addAction(f.manager, "Book the TAF", f.worker, TODAY.plusDays(7), NOW);
        assertViolation("supervision-action.not-agreed", null, () -> a.markDone(f.worker, TODAY, TODAY));
        s.sign(f.manager, TODAY, NOW);

        assertFalse(a.isOverdueOn(TODAY.plusDays(7)), "due on the day, not overdue");
        assertTrue(a.isOverdueOn(TODAY.plusDays(8)));
        assertViolation("supervision-action.not-yours", null, () -> a.markDone(f.teacher, TODAY, TODAY));
        assertViolation("supervision-action.done-in-future", "doneOn", () -> a.markDone(f.worker, TODAY.plusDays(1), TODAY));
        assertViolation("supervision-action.done-before-session", "doneOn",
                () -> a.markDone(f.worker, HELD.minusDays(1), TODAY));
        assertViolation("supervision-action.done-on-required", "doneOn", () -> a.markDone(f.worker, null, TODAY));

        a.markDone(f.manager, TODAY.plusDays(9), TODAY.plusDays(9));
        assertEquals(SupervisionActionStatus.DONE, a.getStatus());
        assertEquals(TODAY.plusDays(9), a.getDoneOn());
        assertFalse(a.isOverdueOn(TODAY.plusDays(30)), "done is never overdue");
        assertViolation("supervision-action.already-done", null, () -> a.markDone(f.worker, TODAY, TODAY));
    }

    // --- training needs written into the record ------------------------------------------------------------------

    @Test
    void trainingNeedsAreWrittenAndRemovedWhileADraft() {
        SupervisionSession s = draft();
        assertViolation("training-need.description-required", "description",
                () -> s.identifyTrainingNeed(f.manager, "", null, NOW));
        IdentifiedTrainingNeed n = s.identifyTrainingNeed(f.manager, " Genograms ", f.genograms, NOW);
        assertEquals("Genograms", n.getDescription());
        assertSame(f.genograms, n.getCourse());
        assertSame(s, n.getSession());
        s.removeTrainingNeed(f.manager, n, NOW);
        assertTrue(s.getIdentifiedNeeds().isEmpty());
        assertViolation("supervision.not-in-session", null, () -> s.removeTrainingNeed(f.manager, n, NOW));
    }

    // --- cancelling ---------------------------------------------------------------------------------------------

    @Test
    void aSessionThatDidNotTakePlaceIsCancelledWithAReason() {
        SupervisionSession s = SupervisionSession.schedule(f.manager, f.worker, SupervisionType.ONE_TO_ONE,
                TODAY.plusDays(1), null, TODAY);
        assertViolation("supervision.cancellation-reason-required", "cancellationReason",
                () -> s.cancel(f.manager, "", NOW));
        assertViolation("supervision.not-supervisor", null, () -> s.cancel(f.worker, "Off sick", NOW));
        s.cancel(f.manager, "Fay off sick", NOW);
        assertEquals(SupervisionStatus.CANCELLED, s.getStatus());
        assertEquals("Fay off sick", s.getCancellationReason());
        assertEquals(NOW, s.getCancelledAt());
        assertFalse(s.isSigned());
        RuleViolation v = assertViolation("supervision.cancelled", null,
                () -> s.startRecording(f.manager, TODAY, TODAY, NOW));
        assertEquals("This session was cancelled (Fay off sick). Schedule or record a new one.", v.getMessage());
        assertViolation("supervision.cancelled", null, () -> s.cancel(f.manager, "again", NOW));

        SupervisionSession started = draft();
        started.cancel(f.manager, "Recorded against the wrong person", NOW);
        assertEquals(SupervisionStatus.CANCELLED, started.getStatus());
    }

    // --- who may read it ----------------------------------------------------------------------------------------

    @Test
    void theRecordIsVisibleToThePeopleInItAndTheSuperviseesManagementLine() {
        SupervisionSession s = draft();
        assertTrue(s.isVisibleTo(f.manager), "supervisor");
        assertTrue(s.isVisibleTo(f.worker), "supervisee");
        assertTrue(s.isVisibleTo(f.head), "the supervisor's own manager, up the supervisee's line");
        assertFalse(s.isVisibleTo(f.socialWorker), "a colleague in the same team");
        assertFalse(s.isVisibleTo(f.teacher));
        assertFalse(s.isVisibleTo(null));

        Practitioner newManager = new Practitioner("Nell", "New", "nell@nb.example", PractitionerRole.FAMILY_WORKER,
                f.council);
        f.worker.assignLineManager(newManager);
        assertTrue(s.isVisibleTo(newManager), "the supervisee's management line now");
        assertTrue(s.isVisibleTo(f.manager), "the supervisor who wrote it still sees it");
        assertFalse(s.isVisibleTo(f.head), "no longer in the supervisee's line");
    }

    @Test
    void theManagementLineIsFollowedTenLevelsUp() {
        List<Practitioner> line = new ArrayList<>();
        Practitioner below = f.head;
        for (int i = 1; i <= 10; i++) {
            Practitioner above = new Practitioner("Level", "Above" + i, "above" + i + "@nb.example",
                    PractitionerRole.SENIOR_MANAGER, f.council);
            below.assignLineManager(above);
            line.add(above);
            below = above;
        }
        // the supervisee's line: manager (1), head (2), Above1 (3) ... Above8 (10), Above9 (11)
        SupervisionSession s = draft();
        assertTrue(s.isVisibleTo(line.get(7)), "ten levels above the supervisee");
        assertFalse(s.isVisibleTo(line.get(8)), "eleven levels above");
    }

    @Test
    void aLoopInTheManagementDataEndsTheSearch() throws ReflectiveOperationException {
        SupervisionSession s = draft();
        // assignLineManager refuses loops; data loaded from elsewhere might still hold one
        Field lineManager = Practitioner.class.getDeclaredField("lineManager");
        lineManager.setAccessible(true);
        lineManager.set(f.head, f.manager);
        assertFalse(s.isVisibleTo(f.teacher));
        assertTrue(s.isVisibleTo(f.head));
    }
}
