package org.leadpractitioner.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.NOW;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.OPENED;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.TODAY;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.agreeByAll;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.assertViolation;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.clean;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * A change of lead practitioner: planning and its refusals, the timeline around the effective date (one lead on every
 * day, never two, never none), the outgoing lead telling the family and the network, withdrawal, falling through,
 * and handing over some of the children only.
 */
class LeadHandoverTest {

    static final LocalDate FAY_FROM = LocalDate.of(2026, 10, 5);
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 12, 7);
    static final LocalDate MEETING = LocalDate.of(2026, 11, 20);

    final AssignmentWorld w = new AssignmentWorld();
    /** Fay leads Amy and Ben since 5 October; Cal has no lead. */
    final LeadAppointment fays = w.confirmed(w.fay, FAY_FROM, w.amy, w.ben);

    LeadHandover.Plan plan(Practitioner incoming, LocalDate effective, Child... children) {
        return new LeadHandover.Plan(fays, List.of(children), incoming, Designation.FAMILY_HELP_LEAD_PRACTITIONER, null,
                effective, HandoverReason.WORKER_LEFT_ROLE, null, HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null,
                null, null);
    }

    LeadHandover planned(LeadHandover.Plan p) {
        return LeadHandover.plan(p, clean(p.practitioner()), null, false, w.fay, TODAY, NOW);
    }

    /** Fay hands Amy and Ben over to Tom from 7 December, agreed at a TAF on 20 November. */
    LeadHandover toTom() {
        return planned(plan(w.tom, EFFECTIVE, w.amy, w.ben));
    }

    @Test
    void planningProposesTheIncomingLeadFromTheEffectiveDateAndChangesNothingYet() {
        LeadHandover h = toTom();
        assertNull(h.getIncoming().getSeveralLeadsReason(), "handing over every child of Fay's leaves one lead");
        assertEquals(HandoverStatus.PLANNED, h.getStatus());
        LeadAppointment toms = h.getIncoming();
        assertEquals(AppointmentStatus.PROPOSED, toms.getStatus());
        assertEquals(w.tom, toms.getPractitioner());
        assertEquals(EFFECTIVE, toms.getEffectiveFrom());
        assertEquals(List.of(w.amy, w.ben), h.getChildren());
        assertEquals(w.fay, toms.getProposedBy());
        assertTrue(toms.isAtTaf());
        assertEquals(MEETING, toms.getTafDate());
        assertEquals(w.theCase, h.getEarlyHelpCase());
        assertEquals("Handover to Tom Taylor planned for 7 December 2026: Waiting for Tom Taylor to accept."
                + " Fay Worker has still to record telling the family and the network.", h.nextStep(TODAY));

        assertNull(cover(fays, w.amy).getUntilDate(), "until it is agreed, nothing changes for Fay");
        assertTrue(cover(fays, w.amy).isInForceOn(EFFECTIVE.plusDays(30)));
        assertFalse(h.isInEffectOn(EFFECTIVE));
    }

    @Test
    void planningRefusesBadDatesNamingTheField() {
        RuleViolation past = assertViolation("assignment.handover-effective-date-past", "effectiveDate",
                () -> planned(plan(w.tom, TODAY.minusDays(1), w.amy)));
        assertEquals("A handover cannot take effect in the past (22 November 2026). Enter today or a later date:"
                + " until then Fay Worker remains the lead.", past.getMessage());
        assertViolation("assignment.handover-effective-date-required", "effectiveDate",
                () -> planned(plan(w.tom, null, w.amy)));

        LeadAppointment sams = w.confirmed(w.senco, TODAY, w.cal);
        RuleViolation early = assertViolation("assignment.handover-effective-before-start", "effectiveDate",
                () -> LeadHandover.plan(new LeadHandover.Plan(sams, List.of(w.cal), w.tom,
                        Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, TODAY, HandoverReason.CASE_MANAGEMENT_DECISION,
                        null, HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null, null, null), clean(w.tom), null,
                        false, w.senco, TODAY, NOW));
        assertEquals("Sam Senco leads from 23 November 2026, so the handover must take effect after that day."
                + " Enter a later date.", early.getMessage());

        RuleViolation future = assertViolation("assignment.handover-meeting-date-future", "meetingDate",
                () -> planned(new LeadHandover.Plan(fays, List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, EFFECTIVE, HandoverReason.WORKER_LEFT_ROLE, null, HandoverMeeting.CHILD_IN_NEED,
                        TODAY.plusDays(1), null, null, null)));
        assertTrue(future.getMessage().startsWith("The meeting date 24 November 2026 is in the future."), future.getMessage());
        assertViolation("assignment.handover-meeting-before-opening", "meetingDate",
                () -> planned(new LeadHandover.Plan(fays, List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, EFFECTIVE, HandoverReason.WORKER_LEFT_ROLE, null, HandoverMeeting.CHILD_IN_NEED,
                        OPENED.minusDays(1), null, null, null)));
    }

    @Test
    void planningRefusesAMissingReasonOrMeetingDetail() {
        assertViolation("assignment.handover-reason-required", "reason", () -> planned(new LeadHandover.Plan(fays,
                List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE, null, null,
                HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null, null, null)));
        RuleViolation other = assertViolation("assignment.handover-reason-detail-required", "reasonDetail",
                () -> planned(new LeadHandover.Plan(fays, List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER,
                        null, EFFECTIVE, HandoverReason.OTHER, "  ", HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null,
                        null, null)));
        assertEquals("Enter why the lead practitioner changes (the reason \"Other\" needs a written explanation).",
                other.getMessage());
        assertViolation("assignment.handover-meeting-required", "meeting", () -> planned(new LeadHandover.Plan(fays,
                List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE,
                HandoverReason.WORKER_LEFT_ROLE, null, null, MEETING, null, null, null)));
        assertViolation("assignment.handover-meeting-note-required", "meetingNote", () -> planned(new LeadHandover.Plan(
                fays, List.of(w.amy), w.tom, Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE,
                HandoverReason.WORKER_LEFT_ROLE, null, HandoverMeeting.OTHER_MEETING, MEETING, "", null, null)));

        LeadHandover h = planned(new LeadHandover.Plan(fays, List.of(w.amy, w.ben), w.tom,
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE, HandoverReason.OTHER, " Fay moves to the adoption team ", HandoverMeeting.OTHER_MEETING,
                MEETING, "Professionals meeting at the school, with mum", null, null));
        assertEquals("Fay moves to the adoption team", h.getReasonDetail());
        assertEquals("Professionals meeting at the school, with mum", h.getMeetingNote());
        assertFalse(h.getIncoming().isAtTaf(), "not agreed at a TAF");
        assertNull(h.getIncoming().getTafDate());
    }

    @Test
    void planningRefusesWhatCannotBeHandedOver() {
        RuleViolation same = assertViolation("assignment.handover-same-practitioner", "practitioner",
                () -> planned(plan(w.fay, EFFECTIVE, w.amy)));
        assertEquals("Fay Worker is already the lead practitioner. Choose the practitioner who takes over from them.",
                same.getMessage());
        assertViolation("assignment.practitioner-required", "practitioner", () -> LeadHandover.plan(
                plan(null, EFFECTIVE, w.amy), clean(w.tom), null, false, w.fay, TODAY, NOW));
        RuleViolation notHers = assertViolation("assignment.handover-child-not-covered", "children",
                () -> planned(plan(w.tom, EFFECTIVE, w.amy, w.cal)));
        assertEquals("Fay Worker is not the lead practitioner for Cal Jones. Choose from the children they lead for:"
                + " Amy Jones, Ben Jones.", notHers.getMessage());
        assertViolation("assignment.children-required", "children", () -> planned(plan(w.tom, EFFECTIVE)));

        LeadAppointment waiting = w.proposed(w.senco, TODAY, w.cal);
        RuleViolation proposal = assertViolation("assignment.handover-outgoing-not-in-force", "outgoing",
                () -> LeadHandover.plan(new LeadHandover.Plan(waiting, List.of(w.cal), w.tom,
                        Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE, HandoverReason.FAMILY_REQUEST, null,
                        HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null, null, null), clean(w.tom), null, false,
                        w.senco, TODAY, NOW));
        assertEquals("Sam Senco's appointment is proposed, so there is no lead to hand over from. To appoint a lead,"
                + " propose one.", proposal.getMessage());

        LeadAppointment later = w.confirmed(w.senco, TODAY.plusDays(3), w.cal);
        RuleViolation notYet = assertViolation("assignment.handover-outgoing-not-in-force", "outgoing",
                () -> LeadHandover.plan(new LeadHandover.Plan(later, List.of(w.cal), w.tom,
                        Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE, HandoverReason.FAMILY_REQUEST, null,
                        HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null, null, null), clean(w.tom), null, false,
                        w.senco, TODAY, NOW));
        assertTrue(notYet.getMessage().contains("only from 26 November 2026, so there is nothing to hand over yet"),
                notYet.getMessage());
    }

    @Test
    void theStatutoryRulesApplyToTheIncomingLead() {
        RuleCheck refused = LeadRule.evaluate(List.of(new ChildFacts(1L, "Amy Jones", w.amy.getDateOfBirth(),
                        SenStatus.NONE, List.of(new CircumstanceFacts(CircumstanceType.CHILD_PROTECTION_PLAN, MEETING, 99L,
                        "Sue Social")), false, "Level 2", TODAY)),
                new CandidateFacts(2, "Tom Taylor", PractitionerRole.FAMILY_WORKER, false),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER);
        LeadRuleRefusal r = assertThrows(LeadRuleRefusal.class,
                () -> LeadHandover.plan(plan(w.tom, EFFECTIVE, w.amy), refused, null, false, w.fay, TODAY, NOW));
        assertEquals("practitioner", r.getField());
        assertTrue(r.getMessage().contains("Sue Social"), r.getMessage());
    }

    @Test
    void theLeadChangesOnTheEffectiveDateWithNeverTwoLeadsAndNeverNone() {
        LeadHandover h = toTom();
        LeadAppointment toms = h.getIncoming();
        agreeByAll(toms);
        assertEquals(EFFECTIVE, h.confirmIncoming(TODAY, NOW));

        assertEquals(HandoverStatus.AGREED, h.getStatus());
        assertEquals(AppointmentStatus.CONFIRMED, toms.getStatus());
        assertEquals(AppointmentStatus.CONFIRMED, fays.getStatus(), "Fay remains the lead until the date");
        assertEquals(EFFECTIVE, h.getLeadChangesOn());
        assertEquals("Agreed: Tom Taylor leads from 7 December 2026; Fay Worker remains the lead until then."
                + " Fay Worker has still to record telling the family and the network.", h.nextStep(TODAY));
        assertOneLeadEveryDay(h);

        assertFalse(h.isDue(EFFECTIVE.minusDays(1)));
        assertThrows(IllegalStateException.class, () -> h.complete(EFFECTIVE.minusDays(1), NOW));
        assertTrue(h.isDue(EFFECTIVE));
        assertTrue(h.complete(EFFECTIVE, Instant.parse("2026-12-07T02:00:00Z")), "Fay handed over every child");
        assertEquals(HandoverStatus.COMPLETED, h.getStatus());
        assertEquals(AppointmentStatus.ENDED, fays.getStatus());
        assertOneLeadEveryDay(h);
        assertTrue(h.nextStep(EFFECTIVE).startsWith("Completed: Tom Taylor leads since 7 December 2026."),
                h.nextStep(EFFECTIVE));
    }

    /** Fay on every day before the date (from when she began), Tom from it; each child, each day, exactly one. */
    void assertOneLeadEveryDay(LeadHandover h) {
        for (Child child : h.getChildren()) {
            LeadCoverage before = cover(h.getOutgoing(), child);
            LeadCoverage after = cover(h.getIncoming(), child);
            for (LocalDate d = FAY_FROM; d.isBefore(EFFECTIVE.plusDays(60)); d = d.plusDays(1)) {
                boolean fayLeads = before.isInForceOn(d);
                boolean tomLeads = after.isInForceOn(d);
                assertTrue(fayLeads != tomLeads, child.displayName() + " on " + d + ": Fay " + fayLeads + ", Tom " + tomLeads);
                assertEquals(d.isBefore(EFFECTIVE), fayLeads, child.displayName() + " on " + d);
                assertEquals(!d.isBefore(EFFECTIVE), h.isInEffectOn(d), d.toString());
            }
        }
    }

    @Test
    void confirmedAfterThePlannedDateTheLeadChangesThatDayAndTheOutgoingLeadLedMeanwhile() {
        LeadHandover h = toTom();
        LocalDate late = EFFECTIVE.plusDays(4);
        assertTrue(h.nextStep(late).endsWith("Fay Worker remains the lead until it is agreed. Fay Worker has still to"
                + " record telling the family and the network."), h.nextStep(late));
        assertTrue(cover(fays, w.amy).isInForceOn(late.minusDays(1)), "no gap: Fay still leads past the planned date");
        agreeByAll(h.getIncoming());
        assertEquals(late, h.confirmIncoming(late, NOW));
        assertEquals(EFFECTIVE, h.getEffectiveDate(), "the date agreed at the meeting is kept");
        assertEquals(late, cover(fays, w.amy).getUntilDate());
        assertEquals(late, cover(h.getIncoming(), w.amy).getFromDate());
        assertTrue(h.isDue(late));
    }

    @Test
    void onlyTheHandedOverChildrenChangeLead() {
        // Fay keeps Ben: the family then has two leads, which needs its reason as for any second lead
        assertViolation("assignment.several-leads-reason-required", "severalLeadsReason",
                () -> LeadHandover.plan(plan(w.tom, EFFECTIVE, w.amy), clean(w.tom), null, false, w.fay, TODAY, NOW));
        LeadHandover amyOnly = LeadHandover.plan(new LeadHandover.Plan(fays, List.of(w.amy), w.tom,
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, EFFECTIVE, HandoverReason.CHANGE_OF_CIRCUMSTANCES, null,
                HandoverMeeting.TEAM_AROUND_THE_FAMILY, MEETING, null, null,
                "Amy's needs are now at secondary school and unrelated to Ben's"), clean(w.tom), null, false, w.fay, TODAY,
                NOW);
        assertEquals("Amy's needs are now at secondary school and unrelated to Ben's",
                amyOnly.getIncoming().getSeveralLeadsReason());
        assertEquals(List.of(w.amy), amyOnly.getChildren());
        agreeByAll(amyOnly.getIncoming());
        amyOnly.confirmIncoming(TODAY, NOW);

        assertEquals(EFFECTIVE, cover(fays, w.amy).getUntilDate());
        assertNull(cover(fays, w.ben).getUntilDate(), "Ben stays with Fay");
        assertFalse(amyOnly.complete(EFFECTIVE, NOW), "Fay's appointment goes on for Ben");
        assertEquals(AppointmentStatus.CONFIRMED, fays.getStatus());
        assertTrue(cover(fays, w.ben).isInForceOn(EFFECTIVE.plusDays(100)));
        assertTrue(cover(amyOnly.getIncoming(), w.amy).isInForceOn(EFFECTIVE));
        assertFalse(cover(fays, w.amy).isInForceOn(EFFECTIVE));

        RuleViolation again = assertViolation("assignment.handover-child-not-covered", "children",
                () -> LeadHandover.plan(plan(w.senco, EFFECTIVE.plusDays(10), w.amy), clean(w.senco), null, true, w.fay,
                        EFFECTIVE, NOW));
        assertTrue(again.getMessage().endsWith("Choose from the children they lead for: Ben Jones."), again.getMessage());
    }

    @Test
    void aCoverAlreadyEndingCannotBeHandedOverAgain() {
        LeadHandover h = toTom();
        agreeByAll(h.getIncoming());
        h.confirmIncoming(TODAY, NOW);
        RuleViolation v = assertViolation("assignment.handover-cover-already-ending", "children",
                () -> planned(plan(w.senco, EFFECTIVE.plusDays(7), w.amy)));
        assertTrue(v.getMessage().startsWith("Fay Worker's cover of Amy Jones already ends on 7 December 2026"),
                v.getMessage());
    }

    @Test
    void aSecondOpenHandoverForAChildIsAConflict() {
        LeadHandover h = toTom();
        LeadHandover.ensureNoOtherOpenHandover(w.amy, List.of());
        RuleViolation v = assertViolation("assignment.handover-already-planned.conflict", "children",
                () -> LeadHandover.ensureNoOtherOpenHandover(w.amy, List.of(h)));
        assertEquals("A handover of Amy Jones to Tom Taylor is already planned for 7 December 2026. A child has one"
                + " handover at a time: wait for it to be agreed, or withdraw it first.", v.getMessage());
    }

    @Test
    void theOutgoingLeadRecordsTellingTheFamilyAndTheNetworkOnce() {
        LeadHandover h = toTom();
        RuleViolation notYours = assertViolation("assignment.handover-notice-not-yours", null,
                () -> h.recordFamilyTold(w.tom, false, TODAY, TODAY, NOW));
        assertEquals("Only Fay Worker, the outgoing lead practitioner, records telling the family (or the early help"
                + " coordinator, for them).", notYours.getMessage());
        assertViolation("assignment.handover-told-on-future", "familyToldOn",
                () -> h.recordFamilyTold(w.fay, false, TODAY.plusDays(1), TODAY, NOW));
        assertViolation("assignment.handover-told-on-required", "familyToldOn",
                () -> h.recordFamilyTold(w.fay, false, null, TODAY, NOW));
        assertViolation("assignment.handover-told-before-opening", "networkToldOn",
                () -> h.recordNetworkTold(w.fay, false, OPENED.minusDays(1), TODAY, NOW));
        assertNull(h.getFamilyToldOn(), "nothing recorded half-way");

        h.recordFamilyTold(w.fay, false, MEETING, TODAY, NOW);
        assertEquals(MEETING, h.getFamilyToldOn());
        assertEquals(w.fay, h.getFamilyToldRecordedBy());
        assertEquals(NOW, h.getFamilyToldRecordedAt());
        assertTrue(h.nextStep(TODAY).endsWith("Fay Worker has still to record telling the network."), h.nextStep(TODAY));
        RuleViolation twice = assertViolation("assignment.handover-already-told", "familyToldOn",
                () -> h.recordFamilyTold(w.fay, false, TODAY, TODAY, NOW));
        assertEquals("Telling the family was recorded for 20 November 2026. Nothing to do.", twice.getMessage());

        h.recordNetworkTold(w.coordinator, true, TODAY, TODAY, NOW);
        assertEquals(w.coordinator, h.getNetworkToldRecordedBy());
        assertEquals("Handover to Tom Taylor planned for 7 December 2026: Waiting for Tom Taylor to accept.",
                h.nextStep(TODAY));
    }

    @Test
    void aPlannedHandoverIsWithdrawnWithItsProposal() {
        LeadHandover h = toTom();
        assertViolation("assignment.handover-withdraw-reason-required", "reason",
                () -> h.withdraw(w.fay, " ", TODAY, NOW));
        h.withdraw(w.fay, "Fay's move to another team is postponed", TODAY, NOW);
        assertEquals(HandoverStatus.WITHDRAWN, h.getStatus());
        assertEquals("Withdrawn: Fay's move to another team is postponed", h.nextStep(TODAY));
        assertEquals(AppointmentStatus.WITHDRAWN, h.getIncoming().getStatus());
        assertEquals("The handover from Fay Worker was withdrawn: Fay's move to another team is postponed",
                h.getIncoming().getClosingReason());
        assertTrue(cover(fays, w.amy).isInForceOn(EFFECTIVE.plusDays(30)), "Fay stays the lead");
        assertViolation("assignment.handover-not-open", null, () -> h.recordFamilyTold(w.fay, false, TODAY, TODAY, NOW));
        assertViolation("assignment.handover-not-open", null, () -> h.withdraw(w.fay, "again", TODAY, NOW));
    }

    @Test
    void anAgreedHandoverCanBeCalledOffUntilItsDayAndFayLeadsOn() {
        LeadHandover h = toTom();
        agreeByAll(h.getIncoming());
        h.confirmIncoming(TODAY, NOW);
        h.withdraw(w.coordinator, "Tom is on long-term sick leave", EFFECTIVE.minusDays(1), NOW);

        assertEquals(HandoverStatus.WITHDRAWN, h.getStatus());
        assertEquals(AppointmentStatus.WITHDRAWN, h.getIncoming().getStatus());
        assertEquals(AppointmentStatus.CONFIRMED, fays.getStatus());
        for (Child child : List.of(w.amy, w.ben)) {
            assertNull(cover(fays, child).getUntilDate(), child.displayName());
            LeadCoverage toms = cover(h.getIncoming(), child);
            assertEquals(toms.getFromDate(), toms.getUntilDate(), "Tom's cover never begins");
            for (LocalDate d = FAY_FROM; d.isBefore(EFFECTIVE.plusDays(60)); d = d.plusDays(1)) {
                assertTrue(cover(fays, child).isInForceOn(d));
                assertFalse(toms.isInForceOn(d));
                assertFalse(h.isInEffectOn(d));
            }
        }
    }

    @Test
    void onceTheLeadHasChangedTheHandoverCannotBeWithdrawn() {
        LeadHandover h = toTom();
        agreeByAll(h.getIncoming());
        h.confirmIncoming(TODAY, NOW);
        RuleViolation v = assertViolation("assignment.handover-not-open", null,
                () -> h.withdraw(w.fay, "Changed our minds", EFFECTIVE, NOW));
        assertEquals("The handover took effect on 7 December 2026: Tom Taylor is the lead now. To change the lead again,"
                + " plan a new handover.", v.getMessage());
        h.complete(EFFECTIVE, NOW);
        assertViolation("assignment.handover-not-open", null, () -> h.withdraw(w.fay, "Changed our minds", EFFECTIVE, NOW));
    }

    @Test
    void itFallsThroughWhenTheIncomingLeadDeclines() {
        LeadHandover h = toTom();
        assertThrows(IllegalStateException.class, () -> h.incomingClosed(NOW), "the proposal is still open");
        h.getIncoming().accept(w.tom, NOW);
        h.getIncoming().decline(w.manager, "Tom's caseload is full until February", NOW);
        h.incomingClosed(NOW);

        assertEquals(HandoverStatus.FELL_THROUGH, h.getStatus());
        assertEquals(w.manager, h.getClosedBy());
        assertEquals("Fell through: Tom Taylor's appointment was declined: Tom's caseload is full until February",
                h.nextStep(TODAY));
        assertTrue(cover(fays, w.amy).isInForceOn(EFFECTIVE.plusDays(30)), "Fay stays the lead");
        assertNull(cover(fays, w.amy).getUntilDate());
    }

    @Test
    void theHandoverCannotTakeEffectWhenTheOutgoingLeadHasChangedMeanwhile() {
        LeadHandover h = toTom();
        agreeByAll(h.getIncoming());
        fays.stopCovering(w.amy, TODAY); // Amy left the case
        RuleViolation v = assertViolation("assignment.handover-outgoing-changed.conflict", null,
                () -> h.confirmIncoming(TODAY, NOW));
        assertTrue(v.getMessage().startsWith("Fay Worker no longer leads for Amy Jones"), v.getMessage());
        assertEquals(HandoverStatus.PLANNED, h.getStatus());
        assertEquals(AppointmentStatus.PROPOSED, h.getIncoming().getStatus());
        assertNull(cover(fays, w.ben).getUntilDate(), "nothing changed half-way");
    }

    @Test
    void confirmingBeforeTheIncomingLeadIsReadyIsAProgrammingError() {
        LeadHandover h = toTom();
        h.getIncoming().accept(w.tom, NOW);
        assertThrows(IllegalStateException.class, () -> h.confirmIncoming(TODAY, NOW));
        assertNull(cover(fays, w.amy).getUntilDate());
    }
}
