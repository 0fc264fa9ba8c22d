package org.leadpractitioner.domain.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.TODAY;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.assertViolation;
import static org.leadpractitioner.domain.assignment.AssignmentWorld.cover;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

/** The period a lead covers a child: when it counts, how it ends, and that its history survives the appointment. */
class LeadCoverageTest {

    final AssignmentWorld w = new AssignmentWorld();
    static final LocalDate START = LocalDate.of(2026, 10, 5);

    @Test
    void aCoverEndsOnADayItExcludesAndNeverBeforeItBegan() {
        LeadAppointment a = w.confirmed(w.fay, START, w.amy);
        LeadCoverage amy = cover(a, w.amy);
        RuleViolation v = assertViolation("assignment.coverage-end-before-start", null, () -> amy.endOn(START.minusDays(1)));
        assertEquals("Fay Worker leads for Amy Jones from 5 October 2026, so that cover cannot end on 4 October 2026."
                + " Enter a date on or after 5 October 2026.", v.getMessage());
        assertNull(amy.getUntilDate(), "nothing changed");

        amy.endOn(TODAY);
        assertTrue(amy.isInForceOn(TODAY.minusDays(1)), "the last day covered is the day before");
        assertFalse(amy.isInForceOn(TODAY));
        amy.reopen();
        assertTrue(amy.isInForceOn(TODAY.plusYears(1)), "reopened: the cover lasts again");
    }

    @Test
    void onlyAConfirmedOrSinceEndedAppointmentCounts() {
        LeadAppointment proposal = w.proposed(w.tom, TODAY, w.cal);
        assertFalse(cover(proposal, w.cal).isInForceOn(TODAY), "a proposal leads nobody");
        proposal.withdraw(w.coordinator, "Proposed by mistake", AssignmentWorld.NOW);
        assertFalse(cover(proposal, w.cal).isInForceOn(TODAY));

        LeadAppointment a = w.confirmed(w.fay, START, w.amy, w.ben);
        a.stopCovering(w.amy, TODAY);
        a.stopCovering(w.ben, TODAY);
        assertEquals(AppointmentStatus.ENDED, a.getStatus());
        assertTrue(cover(a, w.amy).isInForceOn(START), "history: Fay led Amy from the start ...");
        assertTrue(cover(a, w.amy).isInForceOn(TODAY.minusDays(1)), "... to the day before it ended");
        assertFalse(cover(a, w.amy).isInForceOn(START.minusDays(1)));
        assertFalse(cover(a, w.ben).isInForceOn(TODAY));
    }

    @Test
    void stoppingACoverThatHasNotBegunLeavesAnEmptyPeriod() {
        LeadAppointment a = w.confirmed(w.fay, TODAY.plusDays(10), w.amy);
        a.stopCovering(w.amy, TODAY);
        LeadCoverage amy = cover(a, w.amy);
        assertEquals(amy.getFromDate(), amy.getUntilDate(), "it never began");
        assertEquals(AppointmentStatus.ENDED, a.getStatus());
        for (LocalDate d = TODAY; d.isBefore(TODAY.plusDays(30)); d = d.plusDays(1)) {
            assertFalse(amy.isInForceOn(d), d.toString());
        }
    }

    @Test
    void stoppingShortensACoverThatEndsLaterAndLeavesAnEarlierEndAlone() {
        LeadAppointment a = w.confirmed(w.fay, START, w.amy, w.ben);
        cover(a, w.amy).endOn(TODAY.plusDays(14)); // a handover agreed for that day
        cover(a, w.ben).endOn(TODAY.minusDays(3));
        a.stopCovering(w.amy, TODAY); // the case ends today
        a.stopCovering(w.ben, TODAY);
        assertEquals(TODAY, cover(a, w.amy).getUntilDate());
        assertEquals(TODAY.minusDays(3), cover(a, w.ben).getUntilDate(), "an end already passed is kept");
        assertEquals(AppointmentStatus.ENDED, a.getStatus());
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        LeadAppointment a = w.confirmed(w.fay, START, w.amy);
        LeadCoverage amy = cover(a, w.amy);
        amy.endOn(TODAY);
        assertTrue(amy.overlaps(TODAY.minusDays(1), null));
        assertFalse(amy.overlaps(TODAY, null), "a lead from the day the cover ends does not overlap it");
        assertFalse(amy.overlaps(START.minusDays(10), START), "nor one ending the day it begins");
    }
}
