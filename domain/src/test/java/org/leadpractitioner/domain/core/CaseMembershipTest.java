package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CaseMembershipTest {

    private final Fixtures f = new Fixtures();
    private final EarlyHelpCase c = f.openCase();
    private static final LocalDate SINCE = LocalDate.of(2025, 4, 1);
    private final CaseMembership m = c.addMember(f.nurse, MembershipKind.TAF_INVITEE, SINCE);

    @Test
    void activeFromSinceUntilTheDayItEnds() {
        assertFalse(m.isActiveOn(SINCE.minusDays(1)));
        assertTrue(m.isActiveOn(SINCE));
        assertTrue(m.isActiveOn(SINCE.plusYears(1)));

        m.end(SINCE.plusDays(30));
        assertTrue(m.isActiveOn(SINCE.plusDays(29)));
        assertFalse(m.isActiveOn(SINCE.plusDays(30)));
        assertFalse(c.hasActiveMember(f.nurse, SINCE.plusDays(30)));
    }

    @Test
    void endNotBeforeStartAndOnlyOnce() {
        assertViolation("membership.end-before-start", "until", () -> m.end(SINCE.minusDays(1)));
        assertNull(m.getUntil());
        m.end(SINCE);
        assertEquals(SINCE, m.getUntil());
        assertViolation("membership.already-ended", "until", () -> m.end(SINCE.plusDays(1)));
    }
}
