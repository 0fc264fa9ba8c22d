package org.leadpractitioner.core.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leadpractitioner.domain.core.AgencyType;

/** What an administrator enters for an agency. */
public record AgencyInput(
        @NotBlank(message = "Enter the agency's name") @Size(max = 200, message = "Keep the name to 200 characters or fewer") String name,
        @NotNull(message = "Choose the kind of agency") AgencyType type) {
}
