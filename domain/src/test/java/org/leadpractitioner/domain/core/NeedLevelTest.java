package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import org.junit.jupiter.api.Test;

class NeedLevelTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aStatutoryLevelAlwaysHasALeadPractitioner() {
        assertViolation("need-level.statutory-needs-lead", "leadPractitionerApplies",
                () -> new NeedLevel("STATUTORY_CIN", "Statutory: Child in Need", 40, false, true));
        NeedLevel cin = new NeedLevel("STATUTORY_CIN", "Statutory: Child in Need", 40, true, true);
        assertTrue(cin.isStatutory());
        assertViolation("need-level.statutory-needs-lead", "leadPractitionerApplies",
                () -> cin.changeCoordination(false, true));
        assertTrue(cin.isLeadPractitionerApplies());
    }

    @Test
    void codesAreUpperCaseWords() {
        assertEquals("LEVEL_3", new NeedLevel(" level_3 ", "Level 3", 35, true, false).getCode());
        assertViolation("need-level.code-invalid", "code", () -> new NeedLevel("LEVEL 3", "Level 3", 35, true, false));
    }

    @Test
    void rankOrdersTheContinuum() {
        assertTrue(f.level2.isHigherThan(f.level1));
        assertFalse(f.universal.isHigherThan(f.level1));
        assertTrue(f.level1.isActive());
    }
}
