package org.leadpractitioner.core.people;

import java.util.Set;
import org.leadpractitioner.domain.core.AppRole;

public record UserView(long id, long version, String username, boolean enabled, Long practitionerId, String practitionerName,
        Set<AppRole> roles) {

    public String getUsername() {
        return username;
    }

    public Set<AppRole> getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPractitionerName() {
        return practitionerName;
    }
}
