package org.leadpractitioner.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.leadpractitioner.assignment.HandoverInputs;
import org.leadpractitioner.domain.meetings.ActionStatus;
import org.leadpractitioner.domain.meetings.Attendance;
import org.leadpractitioner.domain.meetings.CirculationMethod;
import org.leadpractitioner.domain.meetings.MeetingType;
import org.leadpractitioner.domain.meetings.PlanAction;
import org.leadpractitioner.domain.meetings.ReviewCadence;
import org.leadpractitioner.domain.meetings.ReviewDecision;
import org.leadpractitioner.domain.meetings.TafMeeting;

/** What practitioners enter about TAF meetings (issue 4). Times are local UK times. */
public final class MeetingInputs {

    private MeetingInputs() {
    }

    /**
     * A meeting to schedule, or the new details of one (the type is kept on a change): when, where, who chairs and
     * takes the minutes, and who is invited (practitioners by id, members of the family by id).
     */
    public record Schedule(
            MeetingType type,
            @NotNull(message = "Enter the date and time the meeting starts") LocalDateTime starts,
            @NotNull(message = "Enter the time the meeting ends") LocalDateTime ends,
            @Size(max = TafMeeting.VENUE_MAX) String venue,
            @Size(max = TafMeeting.LINK_MAX) String onlineLink,
            @NotNull(message = "Choose who chairs the meeting") Long chairId,
            Long minuteTakerId,
            @NotEmpty(message = "Invite at least the chair") Set<Long> practitionerIds,
            @NotEmpty(message = "Invite at least one member of the family") Set<Long> familyMemberIds) {
    }

    /** Why a meeting is called off. */
    public record Cancel(@NotNull(message = "Say why the meeting is cancelled") @Size(max = TafMeeting.NOTE_MAX) String reason) {
    }

    /** One invitee's attendance. */
    public record AttendanceInput(@NotNull Long inviteeId, @NotNull(message = "Choose the attendance") Attendance attendance,
            @Size(max = 8000) String writtenReport, Integer scaling) {
    }

    /** The record of a meeting so far (saved as often as wanted; {@code complete} then checks it is whole). */
    public record Outcome(
            @Size(max = TafMeeting.MINUTES_MAX) String minutes,
            @Size(max = TafMeeting.MAPPING_MAX) String worries,
            @Size(max = TafMeeting.MAPPING_MAX) String workingWell,
            @Size(max = TafMeeting.MAPPING_MAX) String needsToHappen,
            Integer scaling,
            @Size(max = TafMeeting.VIEWS_MAX) String familyViews,
            @Size(max = TafMeeting.VIEWS_MAX) String childViews,
            ReviewDecision decision,
            @Size(max = TafMeeting.VIEWS_MAX) String decisionNote,
            @Size(max = TafMeeting.VIEWS_MAX) String sustainabilityPlan,
            ReviewCadence cadence,
            List<@Valid AttendanceInput> attendance) {
    }

    /**
     * Completing the record. For a change-of-lead decision, {@code handover} (optional) says who takes over, for which
     * children, from when and why, and plans the handover at once; the meeting (this TAF) and its date are filled in
     * from the meeting itself. Without it the handover is planned afterwards, from the meeting's page.
     */
    public record Complete(@Valid HandoverInputs.Plan handover) {
    }

    /** A SMART action: what, how we will know, one owner (practitioner or family member), when. */
    public record Action(
            @NotNull(message = "Say what will be done") @Size(max = PlanAction.TEXT_MAX) String description,
            @NotNull(message = "Say how we will know it is done") @Size(max = PlanAction.TEXT_MAX) String successMeasure,
            Long ownerPractitionerId,
            Long ownerFamilyMemberId,
            @NotNull(message = "Enter the date the action is due") LocalDate dueOn) {
    }

    /** Progress on an action, optionally moving its status. */
    public record Progress(@Size(max = PlanAction.NOTE_MAX) String note, ActionStatus status) {
    }

    /** The record reached these invitees on a day, by a method. */
    public record Circulation(
            @NotEmpty(message = "Choose who was sent the record") Set<Long> inviteeIds,
            LocalDate on,
            @NotNull(message = "Choose how the record was sent") CirculationMethod method) {
    }

    /** What is being typed into the record, kept as a draft. Never refused for its content. */
    public record Draft(String minutes, String worries, String workingWell, String needsToHappen, String scaling) {
    }
}
