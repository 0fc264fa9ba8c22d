package org.leadpractitioner.escalation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.escalation.EscalationCategory;
import org.leadpractitioner.domain.escalation.EscalationStage;
import org.leadpractitioner.domain.escalation.OverdueAction;
import org.leadpractitioner.domain.escalation.StageOutcome;
import org.leadpractitioner.domain.escalation.Urgency;

/** What the escalation pages and API send. Text limits are checked by the domain, with messages on the field. */
public final class EscalationInputs {

    private EscalationInputs() {
    }

    /** Raising a disagreement on a case with a practitioner (stage 1 starts now). */
    public record Raise(
            @NotNull(message = "Choose what the disagreement is about") EscalationCategory category,
            @NotNull(message = "Choose the practitioner you disagree with") Long raisedWithId,
            String concern,
            String desiredOutcome,
            @NotNull(message = "Choose the standard or the urgent route") Urgency urgency) {
    }

    /** The responder's response at the current stage, and who took part. */
    public record Respond(String response, String participants) {
    }

    /**
     * The outcome of the current stage. For a disagreement about who should lead, resolved, {@code resolvedLeadId}
     * names the practitioner agreed to lead; the lead workflow then starts for the case's children (an appointment
     * where a child has no lead, a handover where another practitioner leads), with {@code designation} (default
     * Family Help Lead Practitioner) from {@code effectiveFrom} (default today) and, where the lead rules ask for one,
     * the {@code justification}.
     */
    public record Outcome(
            @NotNull(message = "Choose the outcome: resolved, an action plan agreed, or not resolved") StageOutcome outcome,
            String note,
            Long resolvedLeadId,
            Designation designation,
            LocalDate effectiveFrom,
            @Size(max = 2000) String justification) {
    }

    /** Moving up to a stage, with who responds there and (when early, or skipping a stage) why. */
    public record MoveUp(
            @NotNull(message = "Choose the stage to move up to") Integer toStage,
            @NotNull(message = "Choose who must respond at that stage") Long responderId,
            @Size(max = EscalationStage.REASON_MAX) String reason) {
    }

    /** Withdrawing or reopening, with the reason. */
    public record Reason(String reason) {
    }

    /** An authority's terms for one stage of its escalation policy. */
    public record StageTerms(
            String name,
            String description,
            @NotNull(message = "Enter the working days allowed for a response on the standard route") Integer responseWorkingDays,
            @NotNull(message = "Enter the hours allowed for a response on the urgent route") Integer urgentResponseHours,
            boolean notifiesBusinessManager,
            @NotNull(message = "Choose what happens when the deadline passes") OverdueAction onOverdue) {
    }
}
