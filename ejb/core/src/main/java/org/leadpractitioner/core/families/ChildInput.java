package org.leadpractitioner.core.families;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.leadpractitioner.domain.core.SenStatus;

/** A child of the family, and the family members the child lives with. */
public record ChildInput(
        @NotBlank(message = "Enter the child's first name") @Size(max = 100) String givenName,
        @NotBlank(message = "Enter the child's last name") @Size(max = 100) String familyName,
        @NotNull(message = "Enter the child's date of birth") @PastOrPresent(message = "The date of birth cannot be in the future") LocalDate dateOfBirth,
        SenStatus senStatus,
        Set<Long> livesWithMemberIds) {
}
