package org.leadpractitioner.core.families;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.core.CircumstanceType;

/** A statutory circumstance of a child (child protection plan, looked after, ...) and who is responsible. */
public record CircumstanceInput(
        @NotNull(message = "Choose the circumstance") CircumstanceType type,
        @NotNull(message = "Enter the date it started") LocalDate startDate,
        LocalDate endDate,
        Long responsiblePractitionerId,
        @Size(max = 500) String note) {
}
