package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant AT = Instant.parse("2025-05-01T08:15:00Z");

    @Test
    void keepsWhoWhatWhenAndWhere() {
        AuditEvent e = new AuditEvent(AT, " tess.okafor ", AuditAction.VIEW, "Child", 1050L, 1100L, 1050L,
                "Viewed child record", "10.0.0.7");
        assertEquals(AT, e.getAt());
        assertEquals("tess.okafor", e.getUsername());
        assertEquals(AuditAction.VIEW, e.getAction());
        assertEquals("Child", e.getRecordType());
        assertEquals(1050L, e.getRecordId());
        assertEquals(1100L, e.getCaseId());
        assertEquals(1050L, e.getChildId());
        assertNull(e.getId());
    }

    @Test
    void longDetailIsCutRatherThanLosingTheEvent() {
        AuditEvent e = new AuditEvent(AT, "tess", AuditAction.EXPORT, "EarlyHelpCase", null, null, null,
                "x".repeat(1500), "y".repeat(150));
        assertEquals(AuditEvent.DETAIL_MAX, e.getDetail().length());
        assertEquals(AuditEvent.SOURCE_ADDRESS_MAX, e.getSourceAddress().length());
    }

    @Test
    void needsWhoAndWhat() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent(AT, " ", AuditAction.VIEW, "Child", 1L, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent(AT, "tess", null, "Child", 1L, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent(null, "tess", AuditAction.VIEW, "Child", 1L, null, null, null, null));
    }

    @Test
    void theTrailIsAppendOnly() {
        AuditEvent e = AuditEvent.now("tess", AuditAction.ACCESS_DENIED, "EarlyHelpCase", 1L, 1L, null, null, null);
        assertThrows(IllegalStateException.class, e::refuseChange);
    }

    @Test
    void transientEventsEqualOnlyThemselves() {
        AuditEvent a = new AuditEvent(AT, "tess", AuditAction.VIEW, "Child", 1L, null, null, null, null);
        AuditEvent b = new AuditEvent(AT, "tess", AuditAction.VIEW, "Child", 1L, null, null, null, null);
        assertEquals(a, a);
        assertNotEquals(a, b);
    }
}
