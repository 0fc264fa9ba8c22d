package org.leadpractitioner.core.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.ClosureReason;

/** What practitioners enter about a case. */
public final class CaseInputs {

    private CaseInputs() {
    }

    /** Opening an early help case from an Early Help Assessment (or a step-down) with consent. */
    public record OpenCase(
            @NotNull(message = "Choose the family") Long familyId,
            @NotEmpty(message = "Choose at least one child the help is for") Set<Long> childIds,
            @NotBlank(message = "Choose the level of need") String needLevelCode,
            CaseOrigin origin,
            @NotNull(message = "Choose who gave consent") Long consentGivenByMemberId,
            @NotNull(message = "Enter the date consent was given") @PastOrPresent(message = "Consent cannot be dated in the future") LocalDate consentDate,
            Set<Long> sharingAgencyIds,
            @Size(max = 1000) String consentScopeNote,
            @Size(max = 4000) String presentingNeeds) {
    }

    /** A family declining early help: logged against the family; no case opens. */
    public record DeclineConsent(
            @NotNull(message = "Choose who declined") Long memberId,
            @NotNull(message = "Enter the date") @PastOrPresent(message = "The date cannot be in the future") LocalDate decidedOn,
            @Size(max = 1000) String note) {
    }

    public record WithdrawConsent(
            @NotNull(message = "Choose who withdrew consent") Long memberId,
            @NotNull(message = "Enter the date consent was withdrawn") @PastOrPresent(message = "The date cannot be in the future") LocalDate withdrawnOn,
            @Size(max = 1000) String note) {
    }

    public record StepUp(
            @NotNull(message = "Enter the date of the referral") LocalDate on,
            @NotBlank(message = "Say why the case is being stepped up to children's social care") @Size(max = 2000) String reason) {
    }

    public record Close(
            @NotNull(message = "Choose why the case is closing") ClosureReason reason,
            @NotNull(message = "Enter the closure date") LocalDate on,
            @Size(max = 2000) String note) {
    }

    public record AddPractitioner(@NotNull(message = "Choose the practitioner") Long practitionerId) {
    }

    /** A child of the family joining an open case. */
    public record AddChild(@NotNull(message = "Choose the child to add to the case") Long childId) {
    }
}
