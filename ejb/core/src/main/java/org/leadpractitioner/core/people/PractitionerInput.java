package org.leadpractitioner.core.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.leadpractitioner.domain.core.PractitionerRole;

/**
 * What an administrator enters for a practitioner. {@code lineManagerSince}: the day the line manager took over, when
 * it is not today (records brought over from another system); ignored when the line manager does not change.
 */
public record PractitionerInput(
        @NotBlank(message = "Enter the practitioner's first name") @Size(max = 100) String givenName,
        @NotBlank(message = "Enter the practitioner's last name") @Size(max = 100) String familyName,
        @NotBlank(message = "Enter a work email address") @Email(message = "Enter an email address like name@agency.gov.uk") @Size(max = 254) String email,
        @Size(max = 40) String phone,
        @NotNull(message = "Choose the practitioner's role") PractitionerRole role,
        @Size(max = 150) String jobTitle,
        @NotNull(message = "Choose the practitioner's agency") Long agencyId,
        Long lineManagerId,
        boolean newlyQualified,
        @PositiveOrZero(message = "Lead case capacity cannot be negative") @Max(value = 200, message = "Lead case capacity must be 200 or fewer") Integer leadCaseCapacity,
        @PastOrPresent(message = "The day the line manager took over cannot be in the future") LocalDate lineManagerSince) {
}
