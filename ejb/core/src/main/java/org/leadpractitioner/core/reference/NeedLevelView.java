package org.leadpractitioner.core.reference;

import org.leadpractitioner.domain.core.NeedLevel;

public record NeedLevelView(long id, long version, String code, String label, int rank, boolean leadPractitionerApplies, boolean statutory,
        boolean active) {

    public static NeedLevelView of(NeedLevel n) {
        return new NeedLevelView(n.getId(), n.getVersion(), n.getCode(), n.getLabel(), n.getRank(), n.isLeadPractitionerApplies(),
                n.isStatutory(), n.isActive());
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public long getId() {
        return id;
    }

    public int getRank() {
        return rank;
    }

    public boolean isLeadPractitionerApplies() {
        return leadPractitionerApplies;
    }

    public boolean isStatutory() {
        return statutory;
    }

    public boolean isActive() {
        return active;
    }
}
