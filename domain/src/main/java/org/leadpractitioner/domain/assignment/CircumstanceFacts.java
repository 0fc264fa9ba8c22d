package org.leadpractitioner.domain.assignment;

import java.time.LocalDate;
import org.leadpractitioner.domain.core.CircumstanceType;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.StatutoryCircumstance;

/**
 * A statutory circumstance in force for a child, with the practitioner named as responsible for it (the
 * named social worker, personal adviser, care coordinator, key worker or YJS officer), if one is recorded.
 */
public record CircumstanceFacts(CircumstanceType type, LocalDate since, Long responsibleId, String responsibleName) {

    public static CircumstanceFacts of(StatutoryCircumstance s) {
        Practitioner p = s.getResponsiblePractitioner();
        return new CircumstanceFacts(s.getType(), s.getStartDate(), p == null ? null : p.getId(),
                p == null ? null : p.displayName());
    }

    public boolean namesSomeone() {
        return responsibleId != null;
    }
}
