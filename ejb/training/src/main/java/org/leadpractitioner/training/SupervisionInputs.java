package org.leadpractitioner.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.leadpractitioner.domain.training.CaseDiscussion;
import org.leadpractitioner.domain.training.SupervisionAction;
import org.leadpractitioner.domain.training.SupervisionSession;
import org.leadpractitioner.domain.training.SupervisionType;
import org.leadpractitioner.domain.training.TrainingNeed;

/** What a supervisor (and the supervisee, responding) enters about supervision sessions. */
public final class SupervisionInputs {

    private SupervisionInputs() {
    }

    /**
     * A new session with a supervisee: planned for {@code scheduledFor} (today or later, optionally at a time), or,
     * with {@code heldOn}, one that took place and is being written up now. Exactly one of the two dates.
     */
    public record NewSession(
            @NotNull(message = "Choose the practitioner being supervised") Long superviseeId,
            @NotNull(message = "Choose the type of session") SupervisionType type,
            LocalDate scheduledFor,
            LocalTime scheduledTime,
            LocalDate heldOn) {
    }

    /** The body of the record (saved as a draft, over and over while typed). */
    public record Content(
            @NotNull(message = "Choose the type of session") SupervisionType type,
            @NotNull(message = "Enter the date the session was held") LocalDate heldOn,
            Integer durationMinutes,
            @Size(max = SupervisionSession.ATTENDEES_MAX) String attendees,
            @Size(max = SupervisionSession.SECTION_MAX) String workload,
            @Size(max = SupervisionSession.SECTION_MAX) String interAgency,
            @Size(max = SupervisionSession.SECTION_MAX) String wellbeing) {
    }

    /** Moving a scheduled session. */
    public record Reschedule(
            @NotNull(message = "Enter the new date of the session") LocalDate scheduledFor,
            LocalTime scheduledTime) {
    }

    /** What was discussed about one of the supervisee's cases. */
    public record Discussion(
            @NotNull(message = "Choose the case discussed") Long caseId,
            @Size(max = SupervisionSession.SECTION_MAX) String discussion,
            @Size(max = SupervisionSession.SECTION_MAX) String reflection,
            @Size(max = SupervisionSession.SECTION_MAX) String risk,
            @Size(max = CaseDiscussion.DECISION_MAX) String decision,
            @Size(max = CaseDiscussion.ACTIONS_MAX) String actions) {
    }

    /** An action agreed, its owner (supervisor or supervisee) and due date. */
    public record Action(
            @NotBlank(message = "Describe the action") @Size(max = SupervisionAction.DESCRIPTION_MAX) String description,
            @NotNull(message = "Choose who will do the action") Long ownerId,
            @NotNull(message = "Enter the date the action is due") LocalDate dueOn) {
    }

    /** An agreed action was done. */
    public record ActionDone(LocalDate doneOn) {
    }

    /** A training or development need identified in the session. */
    public record Need(
            @NotBlank(message = "Describe the training or development need") @Size(max = TrainingNeed.TEXT_MAX) String description,
            Long courseId) {
    }

    /** The supervisee's comment when confirming (optional) or disputing (required). */
    public record Response(@Size(max = SupervisionSession.COMMENT_MAX) String comment) {
    }

    /** Why a session is cancelled. */
    public record Cancellation(@Size(max = SupervisionSession.REASON_MAX) String reason) {
    }
}
