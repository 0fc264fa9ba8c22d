package org.leadpractitioner.domain.escalation;


import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.leadpractitioner.domain.BaseEntity;
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
import org.leadpractitioner.domain.core.WorkingDays;

/**
 * A fresh world per test: the Jones case (Amy, 10), opened on 1 October 2026, where Sam (SENCO at Riverside Primary)
 * disagrees with Fay (family worker, Northbridge Family Help). Mo is Fay's manager, Hana the school's head. The stages are
 * the defaults V11 seeds; the working days know the England and Wales bank holidays of 2026 and 2027. "Now" is Thursday
 * 12 November 2026, 10:00 UK time (GMT).
 */
final class EscalationWorld {

    static final Instant NOW = Instant.parse("2026-11-12T10:00:00Z");

    static final WorkingDays WORKING_DAYS = WorkingDays.of(List.of(
            d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25),
            d(2026, 12, 28),
            d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27),
            d(2027, 12, 28)), d(2026, 1, 1), d(2027, 12, 31));

    final Agency council = new Agency("Northbridge Family Help", AgencyType.EARLY_HELP);
    final Agency school = new Agency("Riverside Primary", AgencyType.SCHOOL);
    final Practitioner fay = id(new Practitioner("Fay", "Worker", "fay@nb.example", PractitionerRole.FAMILY_WORKER, council));
    final Practitioner sam = id(new Practitioner("Sam", "Senco", "sam@school.example", PractitionerRole.SENCO, school));
    final Practitioner mo = id(new Practitioner("Mo", "Manager", "mo@nb.example", PractitionerRole.FAMILY_WORKER, council));
    final Practitioner hana = id(new Practitioner("Hana", "Head", "hana@school.example", PractitionerRole.SENCO, school));
    final Family family = id(new Family("Jones family", Instant.parse("2026-09-01T09:00:00Z")));
    final FamilyMember mum = id(family.addMember("Sarah", "Jones", Relationship.MOTHER, true));
    final Child amy = id(family.addChild("Amy", "Jones", LocalDate.of(2016, 5, 20), SenStatus.NONE));
    final EarlyHelpCase theCase;
    final StageLadder ladder = StageLadder.of(defaults(OverdueAction.PROMPT_RAISER));

    EscalationWorld() {
        ConsentRecord consent = ConsentRecord.give(family, mum, LocalDate.of(2026, 10, 1), Set.of(council, school), null, fay);
        theCase = id(EarlyHelpCase.open("EH-TEST0005", family, Set.of(amy), new NeedLevel("LEVEL_2", "Level 2", 30, true,
                false), CaseOrigin.EARLY_HELP_ASSESSMENT, consent, fay, LocalDate.of(2026, 10, 1), "School attendance"));
    }

    /** The four stages V11 seeds, with {@code stage1OnOverdue} for stage 1 (the others prompt the raiser). */
    static List<EscalationStagePolicy> defaults(OverdueAction stage1OnOverdue) {
        List<EscalationStagePolicy> stages = new ArrayList<>();
        stages.add(id(new EscalationStagePolicy(1, new EscalationStagePolicy.Terms("Practitioner to practitioner",
                "The practitioner who disagrees raises it directly with the practitioner concerned; they talk it through"
                        + " and agree what happens next.", 2, 24, false, stage1OnOverdue))));
        stages.add(id(new EscalationStagePolicy(2, new EscalationStagePolicy.Terms("Line managers / designated safeguarding"
                + " leads", "The practitioners' line managers or designated safeguarding leads discuss the disagreement and"
                        + " agree an action plan.", 5, 24, false, OverdueAction.PROMPT_RAISER))));
        stages.add(id(new EscalationStagePolicy(3, new EscalationStagePolicy.Terms("Senior managers / heads of service",
                "Senior managers or heads of service of the agencies resolve it together; the safeguarding partnership's"
                        + " business manager is told.", 2, 24, true, OverdueAction.PROMPT_RAISER))));
        stages.add(id(new EscalationStagePolicy(4, new EscalationStagePolicy.Terms("Safeguarding partnership (independent"
                + " chair)", "The safeguarding partnership considers the disagreement at a meeting with an independent"
                        + " chair, who decides how it is resolved.", 10, 48, false, OverdueAction.PROMPT_RAISER))));
        return stages;
    }

    Escalation.Raising raising(EscalationCategory category, Urgency urgency) {
        return new Escalation.Raising(category, fay, "Amy has missed 12 days this half-term and the plan has not changed.",
                "A TAF review within two weeks, with an attendance action owned by the school.", urgency);
    }

    /** Sam raises a standard escalation about the plan with Fay at {@code at}. */
    Escalation raised(Instant at) {
        return raised(EscalationCategory.PLAN_NOT_PROGRESSING, Urgency.STANDARD, at);
    }

    Escalation raised(EscalationCategory category, Urgency urgency, Instant at) {
        Escalation e = id(Escalation.raise(theCase, sam, raising(category, urgency), ladder, at, WORKING_DAYS));
        e.getStages().forEach(EscalationWorld::id);
        return e;
    }

    /** The same, raised now and moved up to {@code stage} (each stage recorded as not resolved first), Mo responding. */
    Escalation atStage(int stage) {
        Escalation e = raised(NOW);
        for (int n = 2; n <= stage; n++) {
            e.recordOutcome(StageOutcome.NOT_RESOLVED, "Still disagree", null, ladder, NOW);
            id(e.moveUp(n, mo, null, ladder, NOW, WORKING_DAYS));
        }
        return e;
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Gives an entity an id, as persisting would (equality needs one). */
    static <T extends BaseEntity> T id(T entity) {
        return org.leadpractitioner.domain.TestSupport.withId(entity);
    }

    /** Asserts that {@code action} breaks the rule {@code code}, naming {@code field}; returns the violation. */
    static RuleViolation assertViolation(String code, String field, Executable action) {
        return org.leadpractitioner.domain.TestSupport.assertViolation(code, field, action);
    }
}
