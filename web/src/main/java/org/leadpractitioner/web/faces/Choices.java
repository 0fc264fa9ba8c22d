package org.leadpractitioner.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.leadpractitioner.domain.core.AgencyType;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.CaseOrigin;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.ClosureReason;
import org.leadpractitioner.domain.core.PractitionerRole;
import org.leadpractitioner.domain.core.Relationship;
import org.leadpractitioner.domain.core.SenStatus;

/**
 * The fixed lists the forms choose from; pages show each value's {@code label()}. Closure reasons exclude
 * those recorded through their own action (consent withdrawn, stepped up).
 */
@Named
@ApplicationScoped
public class Choices {

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public AppRole[] getAppRoles() {
        return AppRole.values();
    }

    public CaseOrigin[] getCaseOrigins() {
        return CaseOrigin.values();
    }

    public CircumstanceType[] getCircumstanceTypes() {
        return CircumstanceType.values();
    }

    public ClosureReason[] getClosureReasons() {
        return new ClosureReason[] {ClosureReason.SUSTAINABILITY_PLAN_AGREED, ClosureReason.MOVED_OUT_OF_AREA,
                ClosureReason.NEEDS_MET_BY_SINGLE_AGENCY, ClosureReason.OTHER};
    }

    public PractitionerRole[] getPractitionerRoles() {
        return PractitionerRole.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }

    public SenStatus[] getSenStatuses() {
        return SenStatus.values();
    }
}
