package org.leadpractitioner.domain.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Checks;

/**
 * A course in the training catalogue, mapped to one or more areas of the {@link CommonCoreArea common core}.
 *
 * <p>Durations are whole minutes ({@code durationMinutes}; a half-day module is 180). A course with
 * {@code refreshMonths} must be refreshed that many calendar months after it was completed
 * ({@link #expiryAfter}); without it a completion never expires. Courses marked {@code mandatoryForLead} are the
 * ones {@link TrainingGaps} expects of every practitioner who may hold the lead practitioner role. A course is never
 * deleted (completions refer to it): it is {@link #deactivate() deactivated}.
 *
 * <p>Titles are unique: the service looks the title up with {@value #FIND_BY_TITLE} and calls
 * {@link #ensureTitleFree} before saving.
 */
@Entity
@Table(name = "course")
@NamedQueries({
    @NamedQuery(name = Course.FIND_ALL_ORDERED,
            query = "SELECT DISTINCT c FROM Course c LEFT JOIN FETCH c.areas ORDER BY c.title"),
    @NamedQuery(name = Course.FIND_ACTIVE_ORDERED,
            query = "SELECT DISTINCT c FROM Course c LEFT JOIN FETCH c.areas WHERE c.active = TRUE ORDER BY c.title"),
    @NamedQuery(name = Course.FIND_BY_TITLE,
            query = "SELECT c FROM Course c WHERE c.title = :title"),
    @NamedQuery(name = Course.FIND_MANDATORY_FOR_LEAD,
            query = "SELECT c FROM Course c WHERE c.mandatoryForLead = TRUE AND c.active = TRUE ORDER BY c.title"),
    @NamedQuery(name = Course.FIND_ACTIVE_BY_AREA,
            query = "SELECT c FROM Course c JOIN c.areas a WHERE a = :area AND c.active = TRUE ORDER BY c.title")
})
public class Course extends BaseEntity {

    /** Every course by title, with its areas (the catalogue is small: not paged). */
    public static final String FIND_ALL_ORDERED = "Course.findAllOrdered";
    /** Active courses by title, with their areas (pick lists). */
    public static final String FIND_ACTIVE_ORDERED = "Course.findActiveOrdered";
    /** Parameter {@code title} (exact, as stored: trimmed). */
    public static final String FIND_BY_TITLE = "Course.findByTitle";
    /** Active courses every lead practitioner must have (the input of {@link TrainingGaps}). */
    public static final String FIND_MANDATORY_FOR_LEAD = "Course.findMandatoryForLead";
    /** Parameter {@code area} ({@link CommonCoreArea}): active courses covering it. */
    public static final String FIND_ACTIVE_BY_AREA = "Course.findActiveByArea";

    public static final int TITLE_MAX = 200;
    public static final int PROVIDER_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    /** 1,000 hours: anything longer is a qualification, not a course. */
    public static final int DURATION_MAX_MINUTES = 60_000;
    public static final int REFRESH_MONTHS_MAX = 120;
    /** The provider named on the built-in core-competency modules until the authority changes it. */
    public static final String DEFAULT_PROVIDER = "Early help workforce development";

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = PROVIDER_MAX)
    @Column(name = "provider", nullable = false, length = PROVIDER_MAX)
    private String provider;

    @Positive
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotEmpty
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_area", joinColumns = @JoinColumn(name = "course_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 40)
    private Set<CommonCoreArea> areas = new HashSet<>();

    @Column(name = "mandatory_for_lead", nullable = false)
    private boolean mandatoryForLead;

    @Column(name = "refresh_months")
    private Integer refreshMonths;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Size(max = DESCRIPTION_MAX)
    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected Course() {
    }

    /**
     * What an administrator enters for a course (the fields of the API, with the same names).
     *
     * @param refreshMonths {@code null}: a completion never expires; otherwise 1 to {@value #REFRESH_MONTHS_MAX}
     */
    public record Details(String title, String provider, Integer durationMinutes, Collection<CommonCoreArea> areas,
            boolean mandatoryForLead, Integer refreshMonths, String description) {
    }

    /** A new, active course. */
    public Course(Details details) {
        update(details);
        this.active = true;
    }

    /**
     * Replaces every editable field. Everything is checked before anything changes, so a refused update leaves the
     * course as it was.
     */
    public final void update(Details details) {
        Objects.requireNonNull(details, "details");
        String newTitle = Checks.required(details.title(), TITLE_MAX, "course.title", "title", "the course title");
        String newProvider = Checks.required(details.provider(), PROVIDER_MAX, "course.provider", "provider",
                "the provider (who runs the course)");
        int newDuration = checkDuration(details.durationMinutes());
        Set<CommonCoreArea> newAreas = checkAreas(details.areas());
        Integer newRefresh = checkRefreshMonths(details.refreshMonths());
        String newDescription = Checks.optional(details.description(), DESCRIPTION_MAX, "course.description",
                "description", "the description");
        this.title = newTitle;
        this.provider = newProvider;
        this.durationMinutes = newDuration;
        this.areas.clear();
        this.areas.addAll(newAreas);
        this.mandatoryForLead = details.mandatoryForLead();
        this.refreshMonths = newRefresh;
        this.description = newDescription;
    }

    private static int checkDuration(Integer minutes) {
        Checks.present(minutes, "course.duration-required", "durationMinutes",
                "Enter how long the course lasts, in minutes (for example 180 for a half day).");
        if (minutes <= 0) {
            throw new RuleViolation("course.duration-not-positive", "durationMinutes",
                    "A course must last at least 1 minute. Enter how long it lasts, in minutes (for example 180 for"
                            + " a half day).");
        }
        if (minutes > DURATION_MAX_MINUTES) {
            throw new RuleViolation("course.duration-too-long", "durationMinutes",
                    minutes + " minutes is more than " + DURATION_MAX_MINUTES / 60 + " hours. Check the duration: it"
                            + " is entered in minutes (for example 180 for a half day).");
        }
        return minutes;
    }

    private static Set<CommonCoreArea> checkAreas(Collection<CommonCoreArea> chosen) {
        Set<CommonCoreArea> set = EnumSet.noneOf(CommonCoreArea.class);
        if (chosen != null) {
            chosen.stream().filter(Objects::nonNull).forEach(set::add);
        }
        if (set.isEmpty()) {
            throw new RuleViolation("course.areas-required", "areas",
                    "Choose at least one area of the common core of skills and knowledge that the course covers.");
        }
        return set;
    }

    private static Integer checkRefreshMonths(Integer months) {
        if (months != null && (months < 1 || months > REFRESH_MONTHS_MAX)) {
            throw new RuleViolation("course.refresh-months-out-of-range", "refreshMonths",
                    "The refresh period must be between 1 and " + REFRESH_MONTHS_MAX + " months (you entered " + months
                            + "). Leave it empty if a completion never expires.");
        }
        return months;
    }

    /**
     * Refuses a title that another course already has.
     *
     * @param sameTitle the result of {@value #FIND_BY_TITLE} for the new title, or {@code null} when none
     * @param self      the course being saved ({@code null} or a new course when creating)
     */
    public static void ensureTitleFree(Course sameTitle, Course self) {
        if (sameTitle != null && sameTitle != self && !sameTitle.equals(self)) {
            throw new RuleViolation("course.title-taken", "title",
                    "There is already a course called '" + sameTitle.getTitle() + "'. Choose another title, or change"
                            + " that course instead.");
        }
    }

    /**
     * The day a completion on {@code completedOn} stops counting: {@code refreshMonths} calendar months later
     * (a completion on 31 January with a 1-month refresh expires on 28 or 29 February), or {@code null} when the
     * course never needs refreshing.
     */
    public LocalDate expiryAfter(LocalDate completedOn) {
        return refreshMonths == null || completedOn == null ? null : completedOn.plusMonths(refreshMonths);
    }

    /** The course is no longer offered: it leaves pick lists and no longer counts as mandatory; completions stay. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /**
     * The four Early Help core-competency modules (Newham Lead Practitioner Guidance, "Core Competencies Training":
     * four half-days), as new, unsaved, active courses, mandatory for the lead role, with no refresh period. The
     * migration cannot seed them portably (ids come from {@code lp_seq}), so the training service persists on start-up
     * those whose title is not in the catalogue yet; the authority may then change them like any other course.
     */
    public static List<Course> coreCompetencyModules() {
        return coreCompetencyModules(DEFAULT_PROVIDER);
    }

    /** As {@link #coreCompetencyModules()}, run by {@code provider}. */
    public static List<Course> coreCompetencyModules(String provider) {
        return List.of(
                new Course(new Details("Core competencies 1: early help and the Early Help Record", provider, 180,
                        List.of(CommonCoreArea.COMMUNICATION_AND_ENGAGEMENT, CommonCoreArea.CHILD_DEVELOPMENT,
                                CommonCoreArea.SHARING_INFORMATION),
                        true, null, "What prevention and early help are; the local framework and its principles;"
                                + " completing an Early Help Record with the assessment triangle; the voice of the"
                                + " child; working with the whole family.")),
                new Course(new Details("Core competencies 2: the lead practitioner role and the Team Around the Family",
                        provider, 180,
                        List.of(CommonCoreArea.MULTI_AGENCY_WORKING, CommonCoreArea.COMMUNICATION_AND_ENGAGEMENT,
                                CommonCoreArea.SHARING_INFORMATION),
                        true, null, "What the lead practitioner does; organising and chairing TAF meetings; taking"
                                + " minutes; professionals' meetings; when the family declines consent; closing a case.")),
                new Course(new Details("Core competencies 3: relationship-based practice and systemic thinking", provider,
                        180, List.of(CommonCoreArea.COMMUNICATION_AND_ENGAGEMENT, CommonCoreArea.CHILD_DEVELOPMENT),
                        true, null, "Building on a family's strengths through the working relationship; systemic"
                                + " principles and the family's own account of itself; using genograms to see how a"
                                + " family relates.")),
                new Course(new Details("Core competencies 4: step down and step up", provider, 180,
                        List.of(CommonCoreArea.SUPPORTING_TRANSITIONS, CommonCoreArea.SAFEGUARDING_AND_WELFARE,
                                CommonCoreArea.MULTI_AGENCY_WORKING),
                        true, null, "Supporting families after statutory intervention: stepping down to early help,"
                                + " answering step-down requests, and referring to the MASH when needs step up.")));
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    /** The areas of the common core covered (read-only). */
    public Set<CommonCoreArea> getAreas() {
        return Collections.unmodifiableSet(areas);
    }

    public boolean isMandatoryForLead() {
        return mandatoryForLead;
    }

    /** Calendar months until a completion must be refreshed, or {@code null}: never expires. */
    public Integer getRefreshMonths() {
        return refreshMonths;
    }

    public boolean isActive() {
        return active;
    }

    public String getDescription() {
        return description;
    }
}
