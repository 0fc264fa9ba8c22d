package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class PractitionerTest {

    private final Fixtures f = new Fixtures();
    private final Practitioner head =
            new Practitioner("Hana", "Ali", "hana.ali@riverside.example", PractitionerRole.SENIOR_MANAGER, f.school);

    @Test
    void aPractitionerCannotBeTheirOwnLineManager() {
        RuleViolation v = assertViolation("practitioner.line-manager-self", "lineManager",
                () -> f.teacher.assignLineManager(f.teacher));
        assertTrue(v.getMessage().contains("Tess Okafor"), v.getMessage());
        assertNull(f.teacher.getLineManager());
    }

    @Test
    void lineManagementCannotGoRoundInALoop() {
        f.teacher.assignLineManager(head);
        assertEquals(head, f.teacher.getLineManager());
        assertViolation("practitioner.line-manager-cycle", "lineManager", () -> head.assignLineManager(f.teacher));
        assertNull(head.getLineManager());
    }

    @Test
    void theLineManagerCanBeRemoved() {
        f.teacher.assignLineManager(head);
        f.teacher.assignLineManager(null);
        assertNull(f.teacher.getLineManager());
    }

    @Test
    void theDayANewLineManagerTookOverIsKeptUntilTheLineManagerChanges() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        f.teacher.assignLineManager(head, june);
        assertEquals(june, f.teacher.getLineManagerSince());
        f.teacher.assignLineManager(head, june.plusMonths(3));
        assertEquals(june, f.teacher.getLineManagerSince(), "saving the same line manager again is not a change");
        Practitioner other = new Practitioner("Ola", "Ade", "ola.ade@riverside.example", PractitionerRole.SENIOR_MANAGER, f.school);
        f.teacher.assignLineManager(other, june.plusMonths(4));
        assertEquals(june.plusMonths(4), f.teacher.getLineManagerSince());
        f.teacher.assignLineManager(null, june.plusMonths(5));
        assertNull(f.teacher.getLineManagerSince());
    }

    @Test
    void theManagementLineIsEveryoneAboveUpToItsDepth() {
        Practitioner manager = new Practitioner("Mo", "Reed", "mo.reed@riverside.example", PractitionerRole.SENIOR_MANAGER, f.school);
        manager.assignLineManager(head);
        f.teacher.assignLineManager(manager);
        assertTrue(f.teacher.isManagedBy(manager));
        assertTrue(f.teacher.isManagedBy(head), "the line manager's line manager too");
        assertFalse(head.isManagedBy(f.teacher));
        assertFalse(f.teacher.isManagedBy(f.teacher));
        assertFalse(f.teacher.isManagedBy(null));
        Practitioner top = head;
        for (int i = 0; i < Practitioner.MANAGEMENT_LINE_MAX_DEPTH; i++) { // a line longer than the depth looked at
            Practitioner above = new Practitioner("P" + i, "Above", "p" + i + "@riverside.example", PractitionerRole.SENIOR_MANAGER,
                    f.school);
            top.assignLineManager(above);
            top = above;
        }
        assertFalse(f.teacher.isManagedBy(top), "beyond " + Practitioner.MANAGEMENT_LINE_MAX_DEPTH + " levels");
    }

    @Test
    void defaultsAndDisplayName() {
        assertEquals("Tess Okafor", f.teacher.displayName());
        assertEquals(Practitioner.DEFAULT_LEAD_CASE_CAPACITY, f.teacher.getLeadCaseCapacity());
        assertEquals(5, f.teacher.getLeadCaseCapacity());
        assertTrue(f.teacher.isActive());
        assertFalse(f.teacher.isNewlyQualified());
        assertEquals(f.school, f.teacher.getAgency());
    }

    @Test
    void capacityCannotBeNegative() {
        assertViolation("practitioner.capacity-negative", "leadCaseCapacity", () -> f.teacher.changeLeadCaseCapacity(-1));
        f.teacher.changeLeadCaseCapacity(0);
        assertEquals(0, f.teacher.getLeadCaseCapacity());
    }

    @Test
    void emailIsCheckedAndStoredInLowerCase() {
        f.teacher.changeEmail("  Tess.OKAFOR@Riverside.Example ");
        assertEquals("tess.okafor@riverside.example", f.teacher.getEmail());
        assertViolation("practitioner.email-invalid", "email", () -> f.teacher.changeEmail("tess at school"));
        assertViolation("practitioner.email-too-long", "email",
                () -> f.teacher.changeEmail("a".repeat(250) + "@x.uk"));
    }

    @Test
    void namesAgencyAndRoleAreRequired() {
        assertViolation("practitioner.given-name-required", "givenName",
                () -> new Practitioner(" ", "Okafor", "t@x.uk", PractitionerRole.TEACHER, f.school));
        assertViolation("practitioner.agency-required", "agency",
                () -> new Practitioner("Tess", "Okafor", "t@x.uk", PractitionerRole.TEACHER, null));
        assertViolation("practitioner.role-required", "role",
                () -> new Practitioner("Tess", "Okafor", "t@x.uk", null, f.school));
    }

    @Test
    void rolesHaveLabels() {
        assertEquals("Designated safeguarding lead", PractitionerRole.DESIGNATED_SAFEGUARDING_LEAD.label());
        assertEquals(21, PractitionerRole.values().length);
    }
}
