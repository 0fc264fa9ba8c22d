package org.leadpractitioner.core.people;

import org.leadpractitioner.domain.core.PractitionerRole;

public record PractitionerView(long id, long version, String givenName, String familyName, String displayName, String email,
        String phone, PractitionerRole role, String roleLabel, String jobTitle, long agencyId, String agencyName,
        Long lineManagerId, String lineManagerName, java.time.LocalDate lineManagerSince, boolean newlyQualified,
        int leadCaseCapacity, boolean active) {

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleLabel() {
        return roleLabel;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getEmail() {
        return email;
    }

    public String getLineManagerName() {
        return lineManagerName;
    }
}
