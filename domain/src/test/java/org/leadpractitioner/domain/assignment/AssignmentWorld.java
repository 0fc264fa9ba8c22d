package org.leadpractitioner.domain.assignment;


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
 * A small, fresh world per test for leads and handovers: the Jones case (Amy, Ben and Cal), opened on 1 October 2026;
 * today is 23 November 2026. Fay Worker and Tom Taylor are family workers managed by Mo Manager; Sam Senco has no
 * line manager recorded; Cora Coordinator works at the early help hub.
 */
final class AssignmentWorld {

    static final LocalDate OPENED = LocalDate.of(2026, 10, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final Agency council = new Agency("Northbridge Family Help", AgencyType.EARLY_HELP);
    final Practitioner manager = new Practitioner("Mo", "Manager", "mo@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner fay = new Practitioner("Fay", "Worker", "fay@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner tom = new Practitioner("Tom", "Taylor", "tom@nb.example", PractitionerRole.FAMILY_WORKER, council);
    final Practitioner senco = new Practitioner("Sam", "Senco", "sam@nb.example", PractitionerRole.SENCO, council);
    final Practitioner coordinator = new Practitioner("Cora", "Coordinator", "cora@nb.example",
            PractitionerRole.EARLY_HELP_COORDINATOR, council);
    final Family family = new Family("Jones family", Instant.parse("2026-09-01T09:00:00Z"));
    final FamilyMember mum = family.addMember("Sarah", "Jones", Relationship.MOTHER, true);
    final Child amy = family.addChild("Amy", "Jones", LocalDate.of(2016, 5, 20), SenStatus.NONE);
    final Child ben = family.addChild("Ben", "Jones", LocalDate.of(2019, 5, 20), SenStatus.NONE);
    final Child cal = family.addChild("Cal", "Jones", LocalDate.of(2021, 2, 2), SenStatus.NONE);
    final EarlyHelpCase theCase;

    AssignmentWorld() {
        fay.assignLineManager(manager);
        tom.assignLineManager(manager);
        NeedLevel level = new NeedLevel("LEVEL_2", "Level 2", 30, true, false);
        ConsentRecord consent = ConsentRecord.give(family, mum, OPENED, Set.of(council), null, fay);
        theCase = EarlyHelpCase.open("EH-TEST0002", family, Set.of(amy, ben, cal), level,
                CaseOrigin.EARLY_HELP_ASSESSMENT, consent, fay, OPENED, "Worries about school attendance");
    }

    /** The rules have nothing to say about {@code p} (no statutory circumstance applies). */
    static RuleCheck clean(Practitioner p) {
        return new RuleCheck(new CandidateFacts(1, p.displayName(), p.getRole(), false),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, List.of());
    }

    /** A proposal of {@code lead} for {@code children} from {@code from}, made outside a TAF by Cora. */
    LeadAppointment proposed(Practitioner lead, LocalDate from, Child... children) {
        return LeadAppointment.propose(new LeadAppointment.Proposal(theCase, lead, List.of(children),
                Designation.FAMILY_HELP_LEAD_PRACTITIONER, null, from, false, null, null, null), clean(lead), null, false,
                coordinator, NOW);
    }

    /** Accepted, agreed by the line manager (or Cora, without one) and the family's wish recorded. */
    static void agreeByAll(LeadAppointment a) {
        Practitioner lead = a.getPractitioner();
        a.accept(lead, NOW);
        a.agree(lead.getLineManager() == null ? null : lead.getLineManager(), lead.getLineManager() == null, NOW);
        a.recordFamilyWish(FamilyWish.NO_PREFERENCE, null, null, null, NOW);
    }

    /** {@code lead} in force for {@code children} from {@code from} (confirmed that day). */
    LeadAppointment confirmed(Practitioner lead, LocalDate from, Child... children) {
        LeadAppointment a = proposed(lead, from, children);
        agreeByAll(a);
        a.confirm(from, NOW);
        return a;
    }

    static LeadCoverage cover(LeadAppointment a, Child child) {
        return a.coverageOf(child).orElseThrow();
    }

    static RuleViolation assertViolation(String code, String field, Executable action) {
        return org.leadpractitioner.domain.TestSupport.assertViolation(code, field, action);
    }
}
