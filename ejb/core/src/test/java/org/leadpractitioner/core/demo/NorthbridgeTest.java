package org.leadpractitioner.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.CaseMembership;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.CaseStatus;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.ConsentDecision;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.domain.core.MembershipKind;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.SenStatus;
import org.leadpractitioner.domain.core.StatutoryCircumstance;
import org.leadpractitioner.domain.core.UserAccount;

/**
 * The demo story, checked without a server: the entities refuse anything inconsistent while they are built,
 * and these tests check what docs/demo-data.md promises. Nothing here needs the data in a database.
 */
class NorthbridgeTest {

    /** A well-formed bcrypt string; the builder never looks inside it. */
    private static final String HASH = "$2a$12$" + "a".repeat(53);

    /** The levels the first migration seeds. */
    private static final Map<String, NeedLevel> LEVELS = Stream.of(
                    new NeedLevel("UNIVERSAL", "Universal", 10, false, false),
                    new NeedLevel("LEVEL_1_PLUS", "Level 1 Plus (additional needs)", 20, true, false),
                    new NeedLevel("LEVEL_2_ESCALATING", "Level 2 Escalating (targeted)", 30, true, false),
                    new NeedLevel("STATUTORY_CIN", "Statutory: Child in Need", 40, true, true),
                    new NeedLevel("CHILD_PROTECTION", "Child Protection", 50, true, true))
            .collect(Collectors.toMap(NeedLevel::getCode, Function.identity()));

    private static Northbridge.Built build(LocalDate today, Set<String> existingUsers) {
        return new Northbridge(new DemoCalendar(today, ZoneId.of("Europe/London")), HASH, existingUsers::contains,
                LEVELS::get).build();
    }

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private final Northbridge.Built built = build(today, Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2025-12-25", "2026-01-04", "2026-03-29", "2026-11-23"})
    void every_rule_holds_whatever_the_day_of_loading(String day) {
        Northbridge.Built other = build(LocalDate.parse(day), Set.of());
        assertEquals(built.cases().size(), other.cases().size());
        assertEquals(built.children(), other.children());
    }

    @Test
    void the_size_is_what_the_tour_describes() {
        assertEquals(10, built.agencies().size());
        assertTrue(built.practitioners().size() >= 20, "about twenty practitioners");
        assertTrue(built.families().size() >= 12, "about twelve families");
        assertTrue(built.children() >= 25, "about 25 children");
        assertEquals(10, built.openCases());
        assertEquals(1, built.declinedConsents().size());
    }

    @Test
    void every_statutory_circumstance_appears_with_a_responsible_practitioner_of_the_right_role() {
        Map<CircumstanceType, Set<PractitionerRole>> expected = new EnumMap<>(CircumstanceType.class);
        for (CircumstanceType t : List.of(CircumstanceType.CHILD_PROTECTION_PLAN, CircumstanceType.LOOKED_AFTER,
                CircumstanceType.ADOPTION_PLAN, CircumstanceType.CHILD_IN_NEED_ASSESSMENT, CircumstanceType.CHILD_IN_NEED,
                CircumstanceType.CARE_LEAVER_ELIGIBLE, CircumstanceType.OPEN_TO_SOCIAL_CARE)) {
            expected.put(t, Set.of(PractitionerRole.SOCIAL_WORKER));
        }
        expected.put(CircumstanceType.CARE_LEAVER_RELEVANT, Set.of(PractitionerRole.PERSONAL_ADVISER));
        expected.put(CircumstanceType.MENTAL_HEALTH_CPA, Set.of(PractitionerRole.CAMHS_CARE_COORDINATOR));
        expected.put(CircumstanceType.COMPLEX_NEEDS_KEY_WORKER, Set.of(PractitionerRole.KEY_WORKER));
        expected.put(CircumstanceType.YOUTH_JUSTICE_ORDER, Set.of(PractitionerRole.YJS_SUPERVISING_OFFICER));
        assertEquals(Set.of(CircumstanceType.values()), expected.keySet(), "a new circumstance type needs demo data");

        List<StatutoryCircumstance> all = children().flatMap(c -> c.getCircumstances().stream()).toList();
        for (CircumstanceType type : CircumstanceType.values()) {
            List<StatutoryCircumstance> current = all.stream().filter(s -> s.getType() == type && s.isActiveOn(today)).toList();
            assertFalse(current.isEmpty(), "a child is currently in the circumstance " + type);
            current.forEach(s -> assertTrue(expected.get(type).contains(s.getResponsiblePractitioner().getRole()),
                    type + " is led by " + s.getResponsiblePractitioner().getRole()));
        }
    }

    @Test
    void the_documented_logins_exist_with_their_roles() {
        Map<String, UserAccount> users = built.users().stream()
                .collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
        assertEquals(Set.of(AppRole.PRACTITIONER), users.get("practitioner").getRoles());
        assertEquals(PractitionerRole.FAMILY_WORKER, users.get("practitioner").getPractitioner().getRole());
        assertEquals(Set.of(AppRole.PRACTITIONER, AppRole.SUPERVISOR), users.get("supervisor").getRoles());
        assertEquals(users.get("supervisor").getPractitioner(), users.get("practitioner").getPractitioner().getLineManager(),
                "the supervisor line-manages the demo practitioner");
        assertEquals(Set.of(AppRole.COORDINATOR, AppRole.PRACTITIONER), users.get("coordinator").getRoles());
        assertEquals(PractitionerRole.EARLY_HELP_COORDINATOR, users.get("coordinator").getPractitioner().getRole());
        assertEquals(Set.of(AppRole.ADMIN), users.get("admin").getRoles());
        assertNull(users.get("admin").getPractitioner());
        assertEquals(PractitionerRole.SOCIAL_WORKER, users.get("socialworker").getPractitioner().getRole());
        assertEquals(Set.of(AppRole.PRACTITIONER, AppRole.SUPERVISOR), users.get("teammanager").getRoles());
        assertEquals(PractitionerRole.SENCO, users.get("senco").getPractitioner().getRole());
        assertEquals(PractitionerRole.HEALTH_VISITOR, users.get("healthvisitor").getPractitioner().getRole());
    }

    @Test
    void an_existing_login_such_as_the_bootstrap_admin_is_left_alone() {
        Northbridge.Built withAdmin = build(today, Set.of("admin"));
        assertEquals(List.of("admin"), withAdmin.skippedUsernames());
        assertTrue(withAdmin.users().stream().noneMatch(u -> u.getUsername().equals("admin")));
        assertEquals(built.users().size() - 1, withAdmin.users().size());
    }

    @Test
    void the_demo_practitioner_and_social_worker_have_open_cases() {
        assertTrue(openCasesOf(login("practitioner")) >= 3);
        assertTrue(openCasesOf(login("socialworker")) >= 1);
        assertTrue(openCasesOf(login("senco")) >= 1);
        assertTrue(openCasesOf(login("healthvisitor")) >= 1);
    }

    @Test
    void open_cases_have_consent_in_force_an_initiator_and_involved_practitioners_and_one_case_per_child() {
        List<EarlyHelpCase> open = built.cases().stream().filter(EarlyHelpCase::isOpen).toList();
        assertTrue(open.stream().map(c -> c.getNeedLevel().getCode()).collect(Collectors.toSet()).containsAll(
                Set.of("LEVEL_1_PLUS", "LEVEL_2_ESCALATING", "STATUTORY_CIN", "CHILD_PROTECTION")), "levels across the continuum");
        for (EarlyHelpCase c : open) {
            assertTrue(c.isConsentInForce(), c.getReference());
            List<CaseMembership> members = c.activeMembershipsOn(today);
            assertEquals(1, members.stream().filter(m -> m.getKind() == MembershipKind.INITIATOR).count(), c.getReference());
            assertTrue(members.stream().anyMatch(m -> m.getKind() == MembershipKind.INVOLVED), c.getReference());
            assertTrue(c.getOpenedOn().isBefore(today));
        }
        List<Child> onOpenCases = open.stream().flatMap(c -> c.getChildren().stream()).toList();
        assertEquals(onOpenCases.size(), Set.copyOf(onOpenCases).size(), "a child has one active plan at a time");
        assertTrue(built.cases().stream().anyMatch(c -> c.getOrigin() == CaseOrigin.STEP_DOWN_FROM_SOCIAL_CARE));
    }

    @Test
    void one_closed_case_with_a_sustainability_plan_one_stepped_up_and_one_declined_consent() {
        EarlyHelpCase closed = built.cases().stream().filter(c -> c.getStatus() == CaseStatus.CLOSED).findFirst().orElseThrow();
        assertEquals(ClosureReason.SUSTAINABILITY_PLAN_AGREED, closed.getClosureReason());
        assertTrue(closed.getClosureNote().contains("Sustainability plan"));
        EarlyHelpCase steppedUp = built.cases().stream().filter(c -> c.getStatus() == CaseStatus.STEPPED_UP).findFirst().orElseThrow();
        assertTrue(steppedUp.getSteppedUpOn().isBefore(today));
        var declined = built.declinedConsents().get(0);
        assertEquals(ConsentDecision.DECLINED, declined.getDecision());
        assertNull(declined.getEarlyHelpCase());
        assertTrue(built.cases().stream().noneMatch(c -> c.getFamily() == declined.getFamily()));
    }

    @Test
    void ages_span_a_baby_to_a_nineteen_year_old_with_an_ehcp() {
        assertTrue(children().anyMatch(c -> c.ageOn(today) == 0), "a baby");
        assertTrue(children().anyMatch(c -> c.ageOn(today) == 17), "a 17-year-old");
        assertTrue(children().anyMatch(c -> c.ageOn(today) == 19 && c.getSenStatus() == SenStatus.EHCP),
                "a 19-year-old with an EHCP");
    }

    @Test
    void every_practitioner_except_the_top_managers_and_partners_outside_the_council_has_a_line_manager() {
        long managed = built.practitioners().stream().filter(p -> p.getLineManager() != null).count();
        assertTrue(managed >= built.practitioners().size() / 2);
        assertTrue(built.practitioners().stream().anyMatch(Practitioner::isNewlyQualified));
    }

    private Practitioner login(String username) {
        return built.users().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow()
                .getPractitioner();
    }

    private long openCasesOf(Practitioner p) {
        return built.cases().stream().filter(c -> c.isOpen() && c.hasActiveMember(p, today)).count();
    }

    private Stream<Child> children() {
        return built.families().stream().flatMap(f -> f.getChildren().stream());
    }
}
