package org.leadpractitioner.assignment;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.leadpractitioner.domain.assignment.Designation;
import org.leadpractitioner.domain.assignment.FamilyWish;

/** What practitioners enter when appointing a lead practitioner. */
public final class AppointmentInputs {

    private AppointmentInputs() {
    }

    /** A dry run: would this practitioner be allowed to lead for these children, and why. */
    public record Check(
            @NotNull(message = "Choose the practitioner") Long practitionerId,
            @NotEmpty(message = "Choose at least one child") Set<Long> childIds,
            @NotNull(message = "Choose the designation") Designation designation) {
    }

    public record Propose(
            @NotNull(message = "Choose the practitioner to propose as lead") Long practitionerId,
            @NotEmpty(message = "Choose the child or children the lead will cover") Set<Long> childIds,
            @NotNull(message = "Choose the designation") Designation designation,
            Long contingencyId,
            @NotNull(message = "Enter the date the lead takes up the role") LocalDate effectiveFrom,
            boolean atTaf,
            LocalDate tafDate,
            @Size(max = 2000) String justification,
            @Size(max = 2000) String severalLeadsReason) {
    }

    /** Whom the child and family asked for; a reason is needed when their wish is not met. */
    public record RecordFamilyWish(
            @NotNull(message = "Choose whom the family asked for") FamilyWish wish,
            Long askedForPractitionerId,
            @Size(max = 200) String askedForName,
            @Size(max = 2000) String reasonNotMet) {
    }

    /** Declining or withdrawing, with the reason. */
    public record Reason(@Size(max = 2000) String reason) {
    }
}
