package org.leadpractitioner.domain.assignment;

import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

/** What the rules need to know about a proposed lead practitioner. */
public record CandidateFacts(long practitionerId, String name, PractitionerRole role, boolean newlyQualified) {

    public static CandidateFacts of(Practitioner p) {
        return new CandidateFacts(p.getId(), p.displayName(), p.getRole(), p.isNewlyQualified());
    }

    /** "Sam Jones (family worker)". */
    public String described() {
        return name + " (" + role.label().toLowerCase(java.util.Locale.UK) + ")";
    }
}
