package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class ConsentRecordTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aGiverWithoutParentalResponsibilityIsRefused() {
        RuleViolation v = assertViolation("consent.giver-without-parental-responsibility", "consentGivenBy",
                () -> f.consentFrom(f.gwen));
        assertTrue(v.getMessage().contains("Gwen Jones"), v.getMessage());
    }

    @Test
    void parentalResponsibilityIsCheckedPerChildToo() {
        ConsentRecord consent = f.consentFrom(f.dan);
        f.dan.recordParentalResponsibility(false);
        assertViolation("consent.giver-without-parental-responsibility", "consentGivenBy",
                () -> consent.checkValidFor(f.amy));
    }

    @Test
    void theGiverMustBelongToTheFamily() {
        assertViolation("consent.giver-not-in-family", "consentGivenBy",
                () -> ConsentRecord.give(f.jones, f.kate, Fixtures.CONSENT_ON, Set.of(), null, null));
    }

    @Test
    void separatedParentsConsentMustComeFromTheParentTheChildLivesWith() {
        f.jones.recordParentsSeparated(true);
        f.amy.recordLivesWith(f.sarah);
        ConsentRecord fromDad = f.consentFrom(f.dan);

        RuleViolation v = assertViolation("consent.giver-not-resident-parent", "consentGivenBy",
                () -> fromDad.checkValidFor(f.amy));
        assertTrue(v.getMessage().contains("Sarah Jones"), v.getMessage());
        assertTrue(v.getMessage().contains("Amy Jones"), v.getMessage());

        assertDoesNotThrow(() -> f.consentFrom(f.sarah).checkValidFor(f.amy));
    }

    @Test
    void separatedParentsWithNobodyRecordedAsLivingWithTheChild() {
        f.jones.recordParentsSeparated(true);
        RuleViolation v = assertViolation("consent.giver-not-resident-parent", "consentGivenBy",
                () -> f.consentFrom(f.sarah).checkValidFor(f.amy));
        assertTrue(v.getMessage().contains("Record who Amy Jones lives with"), v.getMessage());
    }

    @Test
    void parentsNotSeparatedAnyHolderOfParentalResponsibilityCanConsent() {
        f.amy.recordLivesWith(f.sarah);
        assertDoesNotThrow(() -> f.consentFrom(f.dan).checkValidFor(f.amy));
        assertDoesNotThrow(() -> f.consentFrom(f.sarah).checkValidFor(f.amy));
    }

    @Test
    void consentCoversOnlyChildrenOfItsFamily() {
        assertViolation("consent.other-family", "consentGivenBy", () -> f.consentFrom(f.sarah).checkValidFor(f.ben));
    }

    @Test
    void aDeclinedConsentCoversNobody() {
        ConsentRecord declined = ConsentRecord.decline(f.jones, f.sarah, Fixtures.CONSENT_ON, "Not now", f.teacher);
        assertEquals(ConsentDecision.DECLINED, declined.getDecision());
        assertNull(declined.getEarlyHelpCase());
        assertViolation("consent.not-given", "consentDecision", () -> declined.checkValidFor(f.amy));
    }

    @Test
    void theDecisionDateCannotBeInTheFuture() {
        assertViolation("consent.decided-on-future", "consentDecidedOn",
                () -> ConsentRecord.give(f.jones, f.sarah, LocalDate.now().plusDays(1), Set.of(), null, null));
    }

    @Test
    void recordsWhoWhenAndScope() {
        ConsentRecord consent = f.consentFrom(f.sarah);
        assertEquals(ConsentDecision.GIVEN, consent.getDecision());
        assertEquals(f.sarah, consent.getGivenBy());
        assertEquals(Fixtures.CONSENT_ON, consent.getDecidedOn());
        assertEquals(f.teacher, consent.getRecordedBy());
        assertNotNull(consent.getRecordedAt());
        assertEquals(Set.of(f.school, f.health), consent.getSharingAgencies());
        assertThrows(UnsupportedOperationException.class, () -> consent.getSharingAgencies().clear());
    }
}
