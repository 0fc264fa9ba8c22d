package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import org.junit.jupiter.api.Test;

class RuleViolationTest {

    @Test
    void carriesCodeFieldAndMessage() {
        RuleViolation v = new RuleViolation("consent.required", "consentGivenBy", "Record consent first.");
        assertEquals("consent.required", v.getCode());
        assertEquals("consentGivenBy", v.getField());
        assertEquals("Record consent first.", v.getMessage());
    }

    @Test
    void fieldIsOptional() {
        assertNull(new RuleViolation("case.not-open", null, "Closed.").getField());
    }

    @Test
    void needsACode() {
        assertThrows(IllegalArgumentException.class, () -> new RuleViolation(" ", "x", "m"));
    }

    @Test
    void rollsBackTheTransaction() {
        ApplicationException annotation = RuleViolation.class.getAnnotation(ApplicationException.class);
        assertNotNull(annotation);
        assertTrue(annotation.rollback());
        assertTrue(RuntimeException.class.isAssignableFrom(RuleViolation.class));
    }
}
