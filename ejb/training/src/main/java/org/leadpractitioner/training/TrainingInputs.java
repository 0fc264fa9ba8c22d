package org.leadpractitioner.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.leadpractitioner.domain.training.CommonCoreArea;
import org.leadpractitioner.domain.training.Course;
import org.leadpractitioner.domain.training.FrequencyUnit;
import org.leadpractitioner.domain.training.TrainingRecord;
import org.leadpractitioner.domain.training.TrainingNeed;
import org.leadpractitioner.domain.core.PractitionerRole;

/** What is entered about courses, training records, training needs and supervision policies. */
public final class TrainingInputs {

    private TrainingInputs() {
    }

    /** A course of the catalogue. */
    public record CourseInput(
            @NotBlank(message = "Enter the course title") @Size(max = Course.TITLE_MAX) String title,
            @Size(max = Course.PROVIDER_MAX) String provider,
            @NotNull(message = "Enter how long the course lasts, in minutes") Integer durationMinutes,
            Set<CommonCoreArea> areas,
            boolean mandatoryForLead,
            Integer refreshMonths,
            @Size(max = Course.DESCRIPTION_MAX) String description) {
    }

    /**
     * A course on a practitioner's record: booked for a date ({@code bookedFor}), or already completed
     * ({@code completedOn}, with the provider and notes). Exactly one of the two dates.
     */
    public record NewRecord(
            @NotNull(message = "Choose the course") Long courseId,
            LocalDate bookedFor,
            LocalDate completedOn,
            @Size(max = Course.PROVIDER_MAX) String provider,
            @Size(max = TrainingRecord.TEXT_MAX) String notes) {
    }

    /** A booked course was completed. */
    public record Completion(
            @NotNull(message = "Enter the date the course was completed") LocalDate completedOn,
            @Size(max = Course.PROVIDER_MAX) String provider,
            @Size(max = TrainingRecord.TEXT_MAX) String notes) {
    }

    /** A training or development need raised outside supervision. */
    public record NewNeed(
            @NotBlank(message = "Describe the training or development need") @Size(max = TrainingNeed.TEXT_MAX) String description,
            Long courseId,
            LocalDate raisedOn) {
    }

    /** A need met without a course, or withdrawn: when, and how or why. */
    public record CloseNeed(
            LocalDate on,
            @Size(max = TrainingNeed.TEXT_MAX) String note) {
    }

    /** A supervision policy: for an agency (or all), a role (or all), newly qualified or not; how often and how long. */
    public record PolicyInput(
            Long agencyId,
            PractitionerRole role,
            boolean newlyQualified,
            @NotNull(message = "Enter how often supervision is due") Integer frequencyAmount,
            @NotNull(message = "Choose weeks or months") FrequencyUnit frequencyUnit,
            @NotNull(message = "Enter how long a session is expected to last, in minutes") Integer expectedDurationMinutes) {
    }
}
