package org.leadpractitioner.domain.core;


import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.leadpractitioner.domain.RuleViolation;

/** A small, fresh world per test: the Jones family (Sarah and Dan, parents; Gwen, grandmother; Amy, 9). */
final class Fixtures {

    static final LocalDate OPENED_ON = LocalDate.of(2025, 3, 3);
    static final LocalDate CONSENT_ON = LocalDate.of(2025, 3, 1);

    final Agency school = new Agency("Riverside Primary School", AgencyType.SCHOOL);
    final Agency health = new Agency("East London NHS Trust", AgencyType.HEALTH);
    final Practitioner teacher =
            new Practitioner("Tess", "Okafor", "tess.okafor@riverside.example", PractitionerRole.TEACHER, school);
    final Practitioner nurse =
            new Practitioner("Nia", "Patel", "nia.patel@nhs.example", PractitionerRole.SCHOOL_NURSE, health);

    final Family jones = new Family("Jones family", Instant.parse("2025-02-10T09:30:00Z"));
    final FamilyMember sarah = jones.addMember("Sarah", "Jones", Relationship.MOTHER, true);
    final FamilyMember dan = jones.addMember("Dan", "Jones", Relationship.FATHER, true);
    final FamilyMember gwen = jones.addMember("Gwen", "Jones", Relationship.GRANDPARENT, false);
    final Child amy = jones.addChild("Amy", "Jones", LocalDate.of(2015, 5, 20), SenStatus.NONE);

    final Family smith = new Family("Smith family", Instant.parse("2025-02-11T10:00:00Z"));
    final FamilyMember kate = smith.addMember("Kate", "Smith", Relationship.MOTHER, true);
    final Child ben = smith.addChild("Ben", "Smith", LocalDate.of(2016, 1, 9), SenStatus.NONE);

    final NeedLevel universal = new NeedLevel("UNIVERSAL", "Universal", 10, false, false);
    final NeedLevel level1 = new NeedLevel("LEVEL_1_PLUS", "Level 1 Plus (additional needs)", 20, true, false);
    final NeedLevel level2 = new NeedLevel("LEVEL_2_ESCALATING", "Level 2 Escalating (targeted)", 30, true, false);

    ConsentRecord consentFrom(FamilyMember giver) {
        return ConsentRecord.give(giver.getFamily(), giver, CONSENT_ON, Set.of(school, health),
                "Share with school and school nursing", teacher);
    }

    EarlyHelpCase openFor(Set<Child> children, ConsentRecord consent) {
        return EarlyHelpCase.open("EH-000123", jones, children, level1, CaseOrigin.EARLY_HELP_ASSESSMENT, consent,
                teacher, OPENED_ON, "Attendance has dropped; mum is struggling with Amy's sleep.");
    }

    /** A valid open case for Amy with Sarah's consent. */
    EarlyHelpCase openCase() {
        return openFor(Set.of(amy), consentFrom(sarah));
    }

    /** Asserts that {@code action} breaks the rule {@code code}, naming {@code field}; returns the violation. */
    static RuleViolation assertViolation(String code, String field, Executable action) {
        return org.leadpractitioner.domain.TestSupport.assertViolation(code, field, action);
    }
}
