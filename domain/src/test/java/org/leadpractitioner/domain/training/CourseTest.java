package org.leadpractitioner.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.training.TrainingFixtures.assertViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class CourseTest {

    static Course.Details details(String title, String provider, Integer minutes, List<CommonCoreArea> areas,
            Integer refreshMonths) {
        return new Course.Details(title, provider, minutes, areas, true, refreshMonths, "  ");
    }

    static Course.Details valid() {
        return details("  Signs of Safety mapping  ", " Northbridge Academy ", 360,
                List.of(CommonCoreArea.SAFEGUARDING_AND_WELFARE, CommonCoreArea.MULTI_AGENCY_WORKING), 24);
    }

    @Test
    void aNewCourseIsActiveWithTrimmedText() {
        Course c = new Course(valid());
        assertEquals("Signs of Safety mapping", c.getTitle());
        assertEquals("Northbridge Academy", c.getProvider());
        assertEquals(360, c.getDurationMinutes());
        assertEquals(EnumSet.of(CommonCoreArea.SAFEGUARDING_AND_WELFARE, CommonCoreArea.MULTI_AGENCY_WORKING),
                c.getAreas());
        assertTrue(c.isMandatoryForLead());
        assertEquals(24, c.getRefreshMonths());
        assertTrue(c.isActive());
        assertNull(c.getDescription(), "a blank description is no description");
        assertThrows(UnsupportedOperationException.class, () -> c.getAreas().clear());
    }

    @Test
    void titleAndProviderAreRequiredAndLimited() {
        List<CommonCoreArea> areas = List.of(CommonCoreArea.SHARING_INFORMATION);
        assertViolation("course.title-required", "title", () -> new Course(details(" ", "P", 60, areas, null)));
        assertViolation("course.title-too-long", "title",
                () -> new Course(details("t".repeat(Course.TITLE_MAX + 1), "P", 60, areas, null)));
        new Course(details("t".repeat(Course.TITLE_MAX), "P", 60, areas, null));
        RuleViolation v = assertViolation("course.provider-required", "provider",
                () -> new Course(details("Title", null, 60, areas, null)));
        assertTrue(v.getMessage().startsWith("Enter the provider"), v.getMessage());
    }

    @Test
    void theDurationIsAPositiveNumberOfMinutes() {
        List<CommonCoreArea> areas = List.of(CommonCoreArea.SHARING_INFORMATION);
        assertViolation("course.duration-required", "durationMinutes", () -> new Course(details("T", "P", null, areas, null)));
        assertViolation("course.duration-not-positive", "durationMinutes", () -> new Course(details("T", "P", 0, areas, null)));
        assertViolation("course.duration-not-positive", "durationMinutes", () -> new Course(details("T", "P", -30, areas, null)));
        assertViolation("course.duration-too-long", "durationMinutes",
                () -> new Course(details("T", "P", Course.DURATION_MAX_MINUTES + 1, areas, null)));
        assertEquals(1, new Course(details("T", "P", 1, areas, null)).getDurationMinutes());
        assertEquals(Course.DURATION_MAX_MINUTES,
                new Course(details("T", "P", Course.DURATION_MAX_MINUTES, areas, null)).getDurationMinutes());
    }

    @Test
    void atLeastOneAreaOfTheCommonCore() {
        assertViolation("course.areas-required", "areas", () -> new Course(details("T", "P", 60, List.of(), null)));
        assertViolation("course.areas-required", "areas", () -> new Course(details("T", "P", 60, null, null)));
        assertViolation("course.areas-required", "areas",
                () -> new Course(details("T", "P", 60, Arrays.asList((CommonCoreArea) null), null)));
        Course c = new Course(details("T", "P", 60, List.of(CommonCoreArea.CHILD_DEVELOPMENT,
                CommonCoreArea.CHILD_DEVELOPMENT), null));
        assertEquals(Set.of(CommonCoreArea.CHILD_DEVELOPMENT), c.getAreas());
    }

    @Test
    void theRefreshPeriodIsEmptyOrOneToOneHundredAndTwentyMonths() {
        List<CommonCoreArea> areas = List.of(CommonCoreArea.SHARING_INFORMATION);
        RuleViolation v = assertViolation("course.refresh-months-out-of-range", "refreshMonths",
                () -> new Course(details("T", "P", 60, areas, 0)));
        assertTrue(v.getMessage().contains("Leave it empty"), v.getMessage());
        assertViolation("course.refresh-months-out-of-range", "refreshMonths", () -> new Course(details("T", "P", 60, areas, 121)));
        assertViolation("course.refresh-months-out-of-range", "refreshMonths", () -> new Course(details("T", "P", 60, areas, -12)));
        assertEquals(1, new Course(details("T", "P", 60, areas, 1)).getRefreshMonths());
        assertEquals(120, new Course(details("T", "P", 60, areas, 120)).getRefreshMonths());
        assertNull(new Course(details("T", "P", 60, areas, null)).getRefreshMonths());
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Course c = new Course(valid());
        assertViolation("course.refresh-months-out-of-range", "refreshMonths", () -> c.update(
                new Course.Details("New title", "New provider", 90, List.of(CommonCoreArea.CHILD_DEVELOPMENT), false, 500,
                        "New description")));
        assertEquals("Signs of Safety mapping", c.getTitle());
        assertEquals("Northbridge Academy", c.getProvider());
        assertEquals(360, c.getDurationMinutes());
        assertEquals(2, c.getAreas().size());
        assertTrue(c.isMandatoryForLead());
        assertEquals(24, c.getRefreshMonths());

        c.update(new Course.Details("New title", "New provider", 90, List.of(CommonCoreArea.CHILD_DEVELOPMENT), false,
                null, "New description"));
        assertEquals("New title", c.getTitle());
        assertEquals(Set.of(CommonCoreArea.CHILD_DEVELOPMENT), c.getAreas());
        assertFalse(c.isMandatoryForLead());
        assertNull(c.getRefreshMonths());
        assertEquals("New description", c.getDescription());
    }

    @Test
    void aTitleIsUsedByOneCourseOnly() {
        Course existing = new Course(valid());
        Course.ensureTitleFree(null, null);
        Course.ensureTitleFree(existing, existing);
        RuleViolation v = assertViolation("course.title-taken", "title", () -> Course.ensureTitleFree(existing, null));
        assertTrue(v.getMessage().contains("'Signs of Safety mapping'"), v.getMessage());
        assertViolation("course.title-taken", "title", () -> Course.ensureTitleFree(existing, new Course(valid())));
    }

    @Test
    void expiryIsCalendarMonthsAfterCompletionOrNeverWithoutARefresh() {
        List<CommonCoreArea> areas = List.of(CommonCoreArea.SHARING_INFORMATION);
        assertEquals(LocalDate.of(2029, 3, 16), new Course(details("T", "P", 60, areas, 36)).expiryAfter(LocalDate.of(2026, 3, 16)));
        Course monthly = new Course(details("T", "P", 60, areas, 1));
        assertEquals(LocalDate.of(2026, 2, 28), monthly.expiryAfter(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), monthly.expiryAfter(LocalDate.of(2028, 1, 31)));
        assertNull(new Course(details("T", "P", 60, areas, null)).expiryAfter(LocalDate.of(2026, 3, 16)));
        assertNull(monthly.expiryAfter(null));
    }

    @Test
    void aDeactivatedCourseCanComeBack() {
        Course c = new Course(valid());
        c.deactivate();
        assertFalse(c.isActive());
        c.reactivate();
        assertTrue(c.isActive());
    }

    @Test
    void theFourCoreCompetencyModulesAreMandatoryAndTogetherCoverTheWholeCommonCore() {
        List<Course> modules = Course.coreCompetencyModules();
        assertEquals(4, modules.size());
        Set<String> titles = new HashSet<>();
        Set<CommonCoreArea> covered = EnumSet.noneOf(CommonCoreArea.class);
        for (Course m : modules) {
            assertTrue(titles.add(m.getTitle()), "titles are unique: " + m.getTitle());
            assertTrue(m.getTitle().length() <= Course.TITLE_MAX);
            assertTrue(m.isMandatoryForLead());
            assertTrue(m.isActive());
            assertTrue(m.isNew());
            assertNull(m.getRefreshMonths());
            assertEquals(180, m.getDurationMinutes(), "a half day each");
            assertEquals(Course.DEFAULT_PROVIDER, m.getProvider());
            covered.addAll(m.getAreas());
        }
        assertEquals(EnumSet.allOf(CommonCoreArea.class), covered);
        List<String> ordered = new ArrayList<>(modules.stream().map(Course::getTitle).toList());
        assertTrue(ordered.get(0).contains("Early Help Record"));
        assertTrue(ordered.get(3).contains("step down and step up"));
        assertEquals("Newham Academy", Course.coreCompetencyModules("Newham Academy").get(2).getProvider());
    }

    @Test
    void everyAreaHasALabel() {
        for (CommonCoreArea area : CommonCoreArea.values()) {
            assertFalse(area.label().isBlank());
        }
        assertEquals("Multi-agency working", CommonCoreArea.MULTI_AGENCY_WORKING.label());
    }
}
