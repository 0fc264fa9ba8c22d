package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildTest {

    private final Fixtures f = new Fixtures();

    private static final LocalDate BORN = LocalDate.of(2007, 6, 15);
    private static final LocalDate EVE_OF_18 = LocalDate.of(2025, 6, 14);
    private static final LocalDate BIRTHDAY_18 = LocalDate.of(2025, 6, 15);
    private static final LocalDate AGED_24 = LocalDate.of(2032, 1, 10);
    private static final LocalDate EVE_OF_25 = LocalDate.of(2032, 6, 14);
    private static final LocalDate BIRTHDAY_25 = LocalDate.of(2032, 6, 15);

    private Child youngPerson(SenStatus sen) {
        return f.jones.addChild("Jay", "Jones", BORN, sen);
    }

    @Test
    void ageCountsWholeYears() {
        Child jay = youngPerson(SenStatus.NONE);
        assertEquals(17, jay.ageOn(EVE_OF_18));
        assertEquals(18, jay.ageOn(BIRTHDAY_18));
        assertEquals(24, jay.ageOn(AGED_24));
    }

    @Test
    void at17EveryChildIsEligible() {
        assertTrue(youngPerson(SenStatus.NONE).isEligibleForEarlyHelpOn(EVE_OF_18));
    }

    @Test
    void at18WithoutSenAChildIsNoLongerEligible() {
        assertFalse(youngPerson(SenStatus.NONE).isEligibleForEarlyHelpOn(BIRTHDAY_18));
    }

    @Test
    void at18WithSenSupportAYoungPersonIsStillEligible() {
        assertTrue(youngPerson(SenStatus.SEN_SUPPORT).isEligibleForEarlyHelpOn(BIRTHDAY_18));
    }

    @Test
    void at24EligibilityDependsOnSen() {
        assertTrue(youngPerson(SenStatus.EHCP).isEligibleForEarlyHelpOn(AGED_24));
        assertTrue(youngPerson(SenStatus.SEN_SUPPORT).isEligibleForEarlyHelpOn(EVE_OF_25));
        assertFalse(youngPerson(SenStatus.NONE).isEligibleForEarlyHelpOn(AGED_24));
    }

    @Test
    void at25EvenWithAnEhcpAYoungPersonIsNotEligible() {
        assertFalse(youngPerson(SenStatus.EHCP).isEligibleForEarlyHelpOn(BIRTHDAY_25));
    }

    @Test
    void aChildIsNotEligibleBeforeBirth() {
        Child jay = youngPerson(SenStatus.NONE);
        assertFalse(jay.isEligibleForEarlyHelpOn(BORN.minusDays(1)));
        assertTrue(jay.isEligibleForEarlyHelpOn(BORN));
        assertThrows(IllegalArgumentException.class, () -> jay.ageOn(BORN.minusDays(1)));
    }

    @Test
    void dateOfBirthCannotBeInTheFuture() {
        assertViolation("child.date-of-birth-future", "dateOfBirth",
                () -> f.jones.addChild("Baby", "Jones", LocalDate.now().plusDays(1), SenStatus.NONE));
    }

    @Test
    void aNewChildJoinsItsFamily() {
        Child jay = youngPerson(SenStatus.NONE);
        assertTrue(f.jones.getChildren().contains(jay));
        assertEquals(f.jones, jay.getFamily());
    }

    @Test
    void livesWithOnlySomeoneOfTheSameFamily() {
        assertViolation("child.lives-with-other-family", "livesWith", () -> f.amy.recordLivesWith(f.kate));
        assertFalse(f.amy.livesWith(f.kate));

        f.amy.recordLivesWith(f.sarah);
        assertTrue(f.amy.livesWith(f.sarah));
        assertFalse(f.amy.livesWith(f.dan));

        f.amy.stopLivingWith(f.sarah);
        assertFalse(f.amy.livesWith(f.sarah));
    }

    @Test
    void activeCircumstancesAreThoseInForceOnTheDate() {
        StatutoryCircumstance cin = f.amy.addCircumstance(CircumstanceType.CHILD_IN_NEED,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null);
        StatutoryCircumstance cpa = f.amy.addCircumstance(CircumstanceType.MENTAL_HEALTH_CPA,
                LocalDate.of(2023, 6, 1), null, f.nurse);

        assertEquals(List.of(cin, cpa), f.amy.activeCircumstancesOn(LocalDate.of(2023, 7, 1)));
        assertEquals(List.of(cpa), f.amy.activeCircumstancesOn(LocalDate.of(2024, 1, 1)));
        assertEquals(List.of(), f.amy.activeCircumstancesOn(LocalDate.of(2022, 12, 31)));
        assertEquals(2, f.amy.getCircumstances().size());
        assertEquals(f.nurse, cpa.getResponsiblePractitioner());
    }

    @Test
    void collectionsAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> f.amy.getLivesWith().add(f.sarah));
        assertThrows(UnsupportedOperationException.class, () -> f.amy.getCircumstances().clear());
    }
}
