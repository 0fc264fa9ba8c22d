package org.leadpractitioner.core.reference;

import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.AgencyType;

public record AgencyView(long id, long version, String name, AgencyType type, boolean active) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.getId(), a.getVersion(), a.getName(), a.getType(), a.isActive());
    }

    public String getName() {
        return name;
    }

    public long getId() {
        return id;
    }
}
