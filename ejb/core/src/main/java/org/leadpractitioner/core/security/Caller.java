package org.leadpractitioner.core.security;

import java.util.Set;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AppRole;

/**
 * The signed-in user as the services see them: the username, their practitioner record (none for a pure
 * administrator) and their roles.
 */
public record Caller(String username, Long practitionerId, Set<AppRole> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(AppRole role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return has(AppRole.COORDINATOR);
    }

    /** The caller's practitioner record, needed to record casework; refused for a sign-in without one. */
    public long requirePractitionerId() {
        if (practitionerId == null) {
            throw new RuleViolation("caller.not-a-practitioner", null, "Your sign-in is not linked to a practitioner"
                    + " record, so you cannot record casework. Ask your administrator.");
        }
        return practitionerId;
    }
}
