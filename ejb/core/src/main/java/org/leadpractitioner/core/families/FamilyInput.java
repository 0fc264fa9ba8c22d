package org.leadpractitioner.core.families;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A family's registration details. */
public record FamilyInput(
        @NotBlank(message = "Enter a name for the family, for example Jones family") @Size(max = 150) String familyName,
        @Size(max = 150) String addressLine1,
        @Size(max = 150) String addressLine2,
        @Size(max = 150) String town,
        @Size(max = 10, message = "Enter a UK postcode, for example LS1 4AP") String postcode,
        @Size(max = 50) String localReference,
        boolean parentsSeparated) {
}
