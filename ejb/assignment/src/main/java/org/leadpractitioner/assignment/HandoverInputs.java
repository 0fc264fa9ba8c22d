package org.leadpractitioner.assignment;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.HandoverMeeting;
import org.leadpractitioner.domain.assignment.HandoverReason;
import org.leadpractitioner.domain.assignment.LeadHandover;

/** What practitioners enter when handing the lead role over. */
public final class HandoverInputs {

    private HandoverInputs() {
    }

    /**
     * A planned handover: from the appointment in force ({@code outgoingAppointmentId}) for some or all of its
     * children, to {@code practitionerId} from {@code effectiveDate}, for a reason, agreed at a meeting.
     */
    public record Plan(
            @NotNull(message = "Choose the lead practitioner who hands over") Long outgoingAppointmentId,
            @NotEmpty(message = "Choose the child or children whose lead practitioner changes") Set<Long> childIds,
            @NotNull(message = "Choose the practitioner who takes over") Long practitionerId,
            @NotNull(message = "Choose the designation") Designation designation,
            Long contingencyId,
            @NotNull(message = "Enter the date the new lead takes over") LocalDate effectiveDate,
            @NotNull(message = "Choose the reason for the change") HandoverReason reason,
            @Size(max = LeadHandover.TEXT_MAX) String reasonDetail,
            @NotNull(message = "Choose the meeting where the change was agreed") HandoverMeeting meeting,
            @NotNull(message = "Enter the date of that meeting") LocalDate meetingDate,
            @Size(max = LeadHandover.NOTE_MAX) String meetingNote,
            @Size(max = 2000) String justification,
            @Size(max = 2000) String severalLeadsReason) {
    }

    /** The day the outgoing lead told the family, or the network (default today). */
    public record Told(LocalDate on) {
    }
}
