package org.leadpractitioner.core.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A level of the authority's continuum of need (the code is fixed once created). */
public record NeedLevelInput(
        @NotBlank(message = "Enter a code, for example LEVEL_2_ESCALATING") @Size(max = 40)
        @Pattern(regexp = "[A-Z0-9_]+", message = "Use capital letters, digits and underscores for the code") String code,
        @NotBlank(message = "Enter the name practitioners will see") @Size(max = 100) String label,
        @PositiveOrZero(message = "The rank orders the levels from least to most need: use 0 or more") int rank,
        boolean leadPractitionerApplies,
        boolean statutory) {
}
