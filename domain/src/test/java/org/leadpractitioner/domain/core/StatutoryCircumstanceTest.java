package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatutoryCircumstanceTest {

    private final Fixtures f = new Fixtures();
    private static final LocalDate START = LocalDate.of(2024, 4, 1);
    private static final LocalDate END = LocalDate.of(2024, 9, 30);

    @Test
    void endDateCannotBeBeforeStartDate() {
        assertViolation("circumstance.end-before-start", "endDate",
                () -> f.amy.addCircumstance(CircumstanceType.CHILD_PROTECTION_PLAN, START, START.minusDays(1), null));
        assertTrue(f.amy.getCircumstances().isEmpty());
    }

    @Test
    void startDateIsRequired() {
        assertViolation("circumstance.start-required", "startDate",
                () -> f.amy.addCircumstance(CircumstanceType.LOOKED_AFTER, null, null, null));
    }

    @Test
    void activeFromStartToEndInclusive() {
        StatutoryCircumstance plan = f.amy.addCircumstance(CircumstanceType.CHILD_PROTECTION_PLAN, START, END, null);
        assertFalse(plan.isActiveOn(START.minusDays(1)));
        assertTrue(plan.isActiveOn(START));
        assertTrue(plan.isActiveOn(END));
        assertFalse(plan.isActiveOn(END.plusDays(1)));
    }

    @Test
    void openEndedStaysActive() {
        StatutoryCircumstance order = f.amy.addCircumstance(CircumstanceType.YOUTH_JUSTICE_ORDER, START, null, null);
        assertTrue(order.isActiveOn(START.plusYears(5)));
    }

    @Test
    void endingChecksTheDateAndEndsOnlyOnce() {
        StatutoryCircumstance lac = f.amy.addCircumstance(CircumstanceType.LOOKED_AFTER, START, null, null);
        assertViolation("circumstance.end-before-start", "endDate", () -> lac.end(START.minusDays(1)));
        assertNull(lac.getEndDate());

        lac.end(END);
        assertEquals(END, lac.getEndDate());
        assertFalse(lac.isActiveOn(END.plusDays(1)));
        assertViolation("circumstance.already-ended", "endDate", () -> lac.end(END.plusDays(3)));
    }

    @Test
    void aOneDayCircumstanceIsAllowed() {
        StatutoryCircumstance cina = f.amy.addCircumstance(CircumstanceType.CHILD_IN_NEED_ASSESSMENT, START, null, null);
        cina.end(START);
        assertTrue(cina.isActiveOn(START));
    }

    @Test
    void correctingDatesIsAllOrNothing() {
        StatutoryCircumstance cin = f.amy.addCircumstance(CircumstanceType.CHILD_IN_NEED, START, END, null);
        assertViolation("circumstance.end-before-start", "endDate",
                () -> cin.correctDates(END.plusDays(1), END));
        assertEquals(START, cin.getStartDate());
        assertEquals(END, cin.getEndDate());

        cin.correctDates(START.minusMonths(1), null);
        assertEquals(START.minusMonths(1), cin.getStartDate());
        assertNull(cin.getEndDate());
    }

    @Test
    void typesHaveLabels() {
        assertEquals("Child protection plan", CircumstanceType.CHILD_PROTECTION_PLAN.label());
    }
}
