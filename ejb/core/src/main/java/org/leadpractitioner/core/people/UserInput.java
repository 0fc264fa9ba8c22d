package org.leadpractitioner.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.leadpractitioner.domain.core.AppRole;

/** A new sign-in: the password is hashed at once and never stored or logged as typed. */
public record UserInput(
        @NotBlank(message = "Enter a username") @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "Use letters, digits, dots, hyphens or underscores only") String username,
        @NotBlank(message = "Enter a password") @Size(min = 12, max = 128, message = "Use a password of 12 to 128 characters") String password,
        Long practitionerId,
        @NotEmpty(message = "Give the user at least one role") Set<AppRole> roles) {

    @Override
    public String toString() {
        return "UserInput[username=" + username + ", practitionerId=" + practitionerId + ", roles=" + roles + "]";
    }
}
