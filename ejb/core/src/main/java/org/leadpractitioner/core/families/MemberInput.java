package org.leadpractitioner.core.families;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.core.Relationship;

/** An adult member of the family: a parent, carer or other relative. */
public record MemberInput(
        @NotBlank(message = "Enter the person's first name") @Size(max = 100) String givenName,
        @NotBlank(message = "Enter the person's last name") @Size(max = 100) String familyName,
        @NotNull(message = "Choose the person's relationship to the children") Relationship relationship,
        boolean holdsParentalResponsibility,
        @Email(message = "Enter an email address like name@example.com") @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @PastOrPresent(message = "The date of birth cannot be in the future") LocalDate dateOfBirth) {
}
