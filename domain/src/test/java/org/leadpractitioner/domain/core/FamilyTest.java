package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FamilyTest {

    private final Fixtures f = new Fixtures();

    @Test
    void postcodesAreUpperCasedWithOneSpace() {
        assertEquals("E15 4HT", Family.normalisePostcode("e154ht"));
        assertEquals("SW1A 1AA", Family.normalisePostcode("  sw1a   1aa "));
        assertEquals("M1 1AE", Family.normalisePostcode("m1 1ae"));
        assertEquals("B33 8TH", Family.normalisePostcode("B338TH"));
    }

    @Test
    void somethingThatIsNotAPostcodeIsRefused() {
        assertViolation("family.postcode-invalid", "postcode", () -> Family.normalisePostcode("LONDON"));
        assertViolation("family.postcode-invalid", "postcode", () -> Family.normalisePostcode("E15 4H"));
        assertViolation("family.postcode-invalid", "postcode",
                () -> f.jones.updateAddress("1 High Street", null, "London", "12345"));
    }

    @Test
    void addressIsPlainDataAndABlankPostcodeClearsIt() {
        f.jones.updateAddress(" 1 High Street ", "", "London", "e15 4ht");
        assertEquals("1 High Street", f.jones.getAddressLine1());
        assertNull(f.jones.getAddressLine2());
        assertEquals("E15 4HT", f.jones.getPostcode());
        f.jones.updateAddress(null, null, null, " ");
        assertNull(f.jones.getPostcode());
    }

    @Test
    void membersAndChildrenJoinTheFamilyAndAreReadOnly() {
        assertEquals(3, f.jones.getMembers().size());
        assertTrue(f.jones.getMembers().contains(f.sarah));
        assertTrue(f.jones.getChildren().contains(f.amy));
        assertFalse(f.jones.getChildren().contains(f.ben));
        assertThrows(UnsupportedOperationException.class, () -> f.jones.getMembers().clear());
        assertThrows(UnsupportedOperationException.class, () -> f.jones.getChildren().add(f.ben));
    }

    @Test
    void theFamilyNeedsALabel() {
        assertViolation("family.family-name-required", "familyName", () -> f.jones.relabel("  "));
        assertViolation("family.family-name-too-long", "familyName", () -> f.jones.relabel("J".repeat(151)));
        assertEquals("Jones family", f.jones.getFamilyName());
    }

    @Test
    void memberDetailsAreChecked() {
        assertTrue(f.sarah.holdsParentalResponsibility());
        assertFalse(f.gwen.holdsParentalResponsibility());
        assertViolation("member.email-invalid", "email", () -> f.sarah.updateContactDetails("sarah", null));
        f.sarah.updateContactDetails("Sarah.Jones@Mail.example", "07700 900123");
        assertEquals("sarah.jones@mail.example", f.sarah.getEmail());
        assertViolation("member.date-of-birth-future", "dateOfBirth",
                () -> f.sarah.setDateOfBirth(LocalDate.now().plusDays(1)));
        assertEquals("Sarah Jones", f.sarah.displayName());
    }
}
