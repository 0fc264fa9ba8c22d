package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

/** Changing which children an open case covers: the opening rules apply to a child who joins. */
class EarlyHelpCaseChildrenTest {

    private final Fixtures f = new Fixtures();
    private final Child leo = f.jones.addChild("Leo", "Jones", LocalDate.of(2024, 12, 1), SenStatus.NONE);
    private final EarlyHelpCase c = f.openCase();
    private static final LocalDate LATER = Fixtures.OPENED_ON.plusMonths(2);

    @Test
    void aSiblingJoinsAndLeaves() {
        c.addChild(leo, 0, LATER);
        assertTrue(c.covers(leo));
        assertEquals(2, c.getChildren().size());

        c.removeChild(leo);
        assertFalse(c.covers(leo));
        assertEquals(Set.of(f.amy), c.getChildren());
    }

    @Test
    void aChildOnAnotherOpenCaseCannotJoin() {
        assertViolation("case.child-already-on-open-case", "childId", () -> c.addChild(leo, 1, LATER));
        assertFalse(c.covers(leo));
    }

    @Test
    void aChildOfAnotherFamilyCannotJoin() {
        assertViolation("case.child-not-in-family", "childId", () -> c.addChild(f.ben, 0, LATER));
    }

    @Test
    void aChildAlreadyOnTheCaseIsNotAddedTwice() {
        assertViolation("case.child-already-on-case", "childId", () -> c.addChild(f.amy, 0, LATER));
    }

    @Test
    void anOlderSiblingMustBeEligible() {
        Child tom = f.jones.addChild("Tom", "Jones", LocalDate.of(2006, 1, 1), SenStatus.NONE);
        assertViolation("case.child-not-eligible", "childId", () -> c.addChild(tom, 0, LATER));
        tom.recordSenStatus(SenStatus.EHCP);
        c.addChild(tom, 0, LATER);
        assertTrue(c.covers(tom));
    }

    @Test
    void withSeparatedParentsTheConsentMustComeFromTheParentTheChildLivesWith() {
        f.jones.recordParentsSeparated(true);
        f.amy.recordLivesWith(f.sarah);
        EarlyHelpCase separated = f.openFor(Set.of(f.amy), f.consentFrom(f.sarah));
        leo.recordLivesWith(f.dan);
        RuleViolation refused = assertViolation("consent.giver-not-resident-parent", "childId",
                () -> separated.addChild(leo, 0, LATER));
        assertTrue(refused.getMessage().contains("Leo Jones"), refused.getMessage());
        assertFalse(separated.covers(leo));
    }

    @Test
    void theLastChildCannotLeave() {
        RuleViolation refused = assertViolation("case.last-child", "childId", () -> c.removeChild(f.amy));
        assertTrue(refused.getMessage().contains("close the case"), refused.getMessage());
        assertTrue(c.covers(f.amy));
    }

    @Test
    void aChildNotOnTheCaseCannotLeaveIt() {
        assertViolation("case.child-not-on-case", "childId", () -> c.removeChild(leo));
    }

    @Test
    void aClosedCaseKeepsItsChildren() {
        c.addChild(leo, 0, LATER);
        c.close(ClosureReason.MOVED_OUT_OF_AREA, LATER, null);
        assertViolation("case.not-open", null, () -> c.removeChild(leo));
        assertViolation("case.not-open", null, () -> c.addChild(f.jones.addChild("Mo", "Jones", LATER, SenStatus.NONE), 0, LATER));
    }
}
