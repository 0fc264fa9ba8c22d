package org.leadpractitioner.domain.meetings;


import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

/**
 * A fresh world per test: the Jones case (Amy, 10), opened on 1 October 2026, with Fay (family worker, the lead),
 * Sam (SENCO) and Nia (school nurse); Sarah is Amy's mother. "Now" is Monday 23 November 2026, 10:00 UK time (GMT).
 */
final class MeetingWorld {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Thursday 26 November 2026, 10:00-11:30 UK time. */
    static final LocalDateTime STARTS = LocalDateTime.of(2026, 11, 26, 10, 0);
    static final LocalDateTime ENDS = LocalDateTime.of(2026, 11, 26, 11, 30);

    final Agency council = new Agency("Northbridge Family Help", AgencyType.EARLY_HELP);
    final Agency school = new Agency("Riverside Primary", AgencyType.SCHOOL);
    final Practitioner fay = id(new Practitioner("Fay", "Worker", "fay@nb.example", PractitionerRole.FAMILY_WORKER, council));
    final Practitioner sam = id(new Practitioner("Sam", "Senco", "sam@school.example", PractitionerRole.SENCO, school));
    final Practitioner nia = id(new Practitioner("Nia", "Patel", "nia@nb.example", PractitionerRole.SCHOOL_NURSE, council));
    final Family family = id(new Family("Jones family", Instant.parse("2026-09-01T09:00:00Z")));
    final FamilyMember mum = id(family.addMember("Sarah", "Jones", Relationship.MOTHER, true));
    final Child amy = id(family.addChild("Amy", "Jones", LocalDate.of(2016, 5, 20), SenStatus.NONE));
    final Family other = id(new Family("Smith family", Instant.parse("2026-09-01T09:00:00Z")));
    final FamilyMember kate = id(other.addMember("Kate", "Smith", Relationship.MOTHER, true));
    final EarlyHelpCase theCase;

    MeetingWorld() {
        ConsentRecord consent = ConsentRecord.give(family, mum, LocalDate.of(2026, 10, 1), Set.of(council, school), null, fay);
        theCase = id(EarlyHelpCase.open("EH-TEST0004", family, Set.of(amy), new NeedLevel("LEVEL_2", "Level 2", 30, true,
                false), CaseOrigin.EARLY_HELP_ASSESSMENT, consent, fay, LocalDate.of(2026, 10, 1), "School attendance"));
    }

    TafMeeting.Details details(LocalDateTime starts, LocalDateTime ends) {
        return new TafMeeting.Details(MeetingType.INITIAL, starts, ends, "Riverside Primary, room 2", null, fay, sam,
                List.of(fay, sam), List.of(mum));
    }

    /** An initial TAF on Thursday 26 November, scheduled on the 23rd, with ids given to it and its invitees. */
    TafMeeting scheduled() {
        TafMeeting m = id(TafMeeting.schedule(theCase, details(STARTS, ENDS), fay, NOW));
        m.getInvitees().forEach(MeetingWorld::id);
        return m;
    }

    /** The same meeting, recorded completely at its end (with every attendance), continuing six-weekly. */
    TafMeeting held(LocalDate circulationDue) {
        TafMeeting m = scheduled();
        Instant after = TafMeeting.toInstant(ENDS, "ends");
        m.saveOutcome(new TafMeeting.Outcome("Minutes", "Amy misses school", "Mum walks Amy to school twice a week",
                "Amy attends every day", 4, "Mum wants help at mornings", "Amy likes her teacher", null, null, null,
                ReviewCadence.SIX_WEEKLY, m.getInvitees().stream().map(i -> new TafMeeting.AttendanceEntry(i.getId(),
                        Attendance.ATTENDED, null, null)).toList()), after);
        m.recordHeld(fay, circulationDue, after);
        return m;
    }

    /** Gives an entity an id, as persisting would (equality and lookups by id need one). */
    static <T extends BaseEntity> T id(T entity) {
        return org.leadpractitioner.domain.TestSupport.withId(entity);
    }

    /** Asserts that {@code action} breaks the rule {@code code}, naming {@code field}; returns the violation. */
    static RuleViolation assertViolation(String code, String field, Executable action) {
        return org.leadpractitioner.domain.TestSupport.assertViolation(code, field, action);
    }
}
