package org.leadpractitioner.domain.training;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

/**
 * Which supervision policy applies to a practitioner: a plain computation over the configured policies.
 *
 * <p>Of the policies that {@linkplain SupervisionPolicy#appliesTo apply}, the most
 * {@linkplain SupervisionPolicy#specificity() specific} wins: agency + role + newly qualified over agency + role over
 * agency over the authority-wide default (the agency counts most, then the role, then newly qualified; equal scopes
 * should not exist, and the oldest wins if they do). When no configured policy applies, the built-in default does:
 * fortnightly for newly qualified social workers, monthly for everyone else, {@value #BUILT_IN_DURATION_MINUTES}
 * minutes (DOMAIN.md, "typical policy"). A configured policy always beats the built-in default, so an authority-wide
 * "every 6 weeks" also covers newly qualified social workers unless a narrower policy is added for them.
 */
public final class SupervisionPolicies {

    /** The expected duration of a session under the built-in default. */
    public static final int BUILT_IN_DURATION_MINUTES = 90;

    private SupervisionPolicies() {
    }

    /**
     * The requirement for {@code practitioner}.
     *
     * @param policies the configured policies (all, or {@value SupervisionPolicy#FIND_FOR_AGENCY} for the practitioner's
     *                 agency); may be empty
     */
    public static SupervisionRequirement resolve(Collection<SupervisionPolicy> policies, Practitioner practitioner) {
        Objects.requireNonNull(practitioner, "practitioner");
        Optional<SupervisionPolicy> best = policies == null ? Optional.empty() : policies.stream()
                .filter(p -> p != null && p.appliesTo(practitioner))
                .max(Comparator.comparingInt(SupervisionPolicy::specificity)
                        .thenComparing(SupervisionPolicy::getId, Comparator.nullsFirst(Comparator.<Long>reverseOrder())));
        if (best.isPresent()) {
            SupervisionPolicy p = best.get();
            return new SupervisionRequirement(p.frequency(), p.getExpectedDurationMinutes(), p,
                    "The policy for " + p.describeScope() + ": " + p.frequency().label() + ".");
        }
        if (practitioner.getRole() == PractitionerRole.SOCIAL_WORKER && practitioner.isNewlyQualified()) {
            return new SupervisionRequirement(SupervisionFrequency.FORTNIGHTLY, BUILT_IN_DURATION_MINUTES, null,
                    "No policy is configured; newly qualified social workers are supervised fortnightly.");
        }
        return new SupervisionRequirement(SupervisionFrequency.MONTHLY, BUILT_IN_DURATION_MINUTES, null,
                "No policy is configured; practitioners are supervised monthly.");
    }
}
