package org.leadpractitioner.core.reference;

import org.leadpractitioner.domain.core.NeedLevel;

public record NeedLevelView(long id, String code, String label, int rank, boolean leadPractitionerApplies, boolean statutory,
        boolean active) {

    public static NeedLevelView of(NeedLevel n) {
        return new NeedLevelView(n.getId(), n.getCode(), n.getLabel(), n.getRank(), n.isLeadPractitionerApplies(),
                n.isStatutory(), n.isActive());
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
