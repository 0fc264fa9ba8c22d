package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void nameIsRequiredTrimmedAndBounded() {
        assertViolation("agency.name-required", "name", () -> new Agency(" ", AgencyType.SCHOOL));
        assertViolation("agency.name-too-long", "name", () -> new Agency("x".repeat(201), AgencyType.SCHOOL));
        assertEquals("Riverside Primary", new Agency("  Riverside Primary ", AgencyType.SCHOOL).getName());
    }

    @Test
    void deactivationKeepsTheRecord() {
        Agency police = new Agency("Met Police", AgencyType.POLICE);
        assertTrue(police.isActive());
        police.deactivate();
        assertFalse(police.isActive());
        assertEquals("Met Police", police.getName());
    }
}
