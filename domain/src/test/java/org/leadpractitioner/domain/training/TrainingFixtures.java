package org.leadpractitioner.domain.training;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AgencyType;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.ConsentRecord;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.Family;
import org.leadpractitioner.domain.core.FamilyMember;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * A small, fresh world per test: Northbridge Family Help, where Hana (head of service) manages Mo (team manager), who
 * manages Fay (family worker) and Sol (a newly qualified social worker); and a course catalogue.
 */
final class TrainingFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    final Agency council = new Agency("Northbridge Family Help", AgencyType.EARLY_HELP);
    final Agency school = new Agency("Riverside Primary School", AgencyType.SCHOOL);
    final Practitioner head = new Practitioner("Hana", "Ali", "hana@nb.example", PractitionerRole.SENIOR_MANAGER, council);
    final Practitioner manager = new Practitioner("Mo", "Manager", "mo@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner worker = new Practitioner("Fay", "Worker", "fay@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner socialWorker =
            new Practitioner("Sol", "Shah", "sol@nb.example", PractitionerRole.SOCIAL_WORKER, council);
    final Practitioner teacher = new Practitioner("Tess", "Okafor", "tess@riverside.example", PractitionerRole.TEACHER, school);

    /** Mandatory, refreshed every 36 months. */
    final Course safeguarding = course("Safeguarding children: level 3", true, 36);
    /** Mandatory, never expires. */
    final Course leadRole = course("The lead practitioner role and TAF", true, null);
    /** Optional, refreshed every 12 months. */
    final Course genograms = course("Using genograms", false, 12);

    TrainingFixtures() {
        manager.assignLineManager(head);
        worker.assignLineManager(manager);
        socialWorker.assignLineManager(manager);
        socialWorker.setNewlyQualified(true);
    }

    /** An open case of a new family, opened by Fay two months before {@link #TODAY}. */
    EarlyHelpCase openCase(String reference, String familyName) {
        LocalDate opened = TODAY.minusMonths(2);
        Family family = new Family(familyName + " family", Instant.parse("2026-01-05T09:00:00Z"));
        FamilyMember mother = family.addMember("Sam", familyName, Relationship.MOTHER, true);
        Child child = family.addChild("Alex", familyName, LocalDate.of(2016, 5, 20), SenStatus.NONE);
        NeedLevel level = new NeedLevel("LEVEL_2", "Level 2 Escalating (targeted)", 30, true, false);
        ConsentRecord consent = ConsentRecord.give(family, mother, opened, Set.of(council), null, worker);
        return EarlyHelpCase.open(reference, family, Set.of(child), level, CaseOrigin.EARLY_HELP_ASSESSMENT, consent,
                worker, opened, "Worries about school attendance and sleep");
    }

    static Course course(String title, boolean mandatory, Integer refreshMonths) {
        return new Course(new Course.Details(title, "Northbridge Academy", 180,
                List.of(CommonCoreArea.SAFEGUARDING_AND_WELFARE), mandatory, refreshMonths, null));
    }

    /** Asserts that {@code action} breaks the rule {@code code}, naming {@code field}; returns the violation. */
    static RuleViolation assertViolation(String code, String field, Executable action) {
        return org.leadpractitioner.domain.TestSupport.assertViolation(code, field, action);
    }
}
