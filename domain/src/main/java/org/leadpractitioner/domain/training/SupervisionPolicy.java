package org.leadpractitioner.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.PractitionerRole;

/**
 * How often practitioners must be supervised, and for how long, configured by the authority.
 *
 * <p>The scope says whom the policy is for: an agency ({@code null}: every agency), a role ({@code null}: every role)
 * and whether it is specifically for newly qualified practitioners. A practitioner may fall within several policies;
 * {@link SupervisionPolicies#resolve} picks the most specific. The scope is fixed when the policy is created (to change
 * it, add a policy for the new scope and remove the old one); the frequency and the expected duration can change. No
 * two policies have the same scope: the service loads the policies ({@value #FIND_ALL}) and calls
 * {@link #ensureScopeFree} (a unique constraint cannot do it: the scope columns may be null).
 */
@Entity
@Table(name = "supervision_policy")
@NamedQueries({
    @NamedQuery(name = SupervisionPolicy.FIND_ALL,
            query = "SELECT p FROM SupervisionPolicy p LEFT JOIN FETCH p.agency ORDER BY p.id"),
    @NamedQuery(name = SupervisionPolicy.FIND_FOR_AGENCY,
            query = "SELECT p FROM SupervisionPolicy p LEFT JOIN p.agency a WHERE a IS NULL OR a.id = :agencyId"
                    + " ORDER BY p.id")
})
public class SupervisionPolicy extends BaseEntity {

    /** Every policy with its agency (a short list: the resolver's input for a team). */
    public static final String FIND_ALL = "SupervisionPolicy.findAll";
    /** Parameter {@code agencyId}: the policies that can apply to that agency's practitioners (authority-wide and its own). */
    public static final String FIND_FOR_AGENCY = "SupervisionPolicy.findForAgency";

    /** A whole working day. */
    public static final int DURATION_MAX_MINUTES = 480;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "practitioner_role", length = 40, updatable = false)
    private PractitionerRole practitionerRole;

    @Column(name = "newly_qualified", nullable = false, updatable = false)
    private boolean newlyQualified;

    @Positive
    @Column(name = "frequency_amount", nullable = false)
    private int frequencyAmount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "frequency_unit", nullable = false, length = 10)
    private FrequencyUnit frequencyUnit;

    @Positive
    @Column(name = "expected_duration_minutes", nullable = false)
    private int expectedDurationMinutes;

    protected SupervisionPolicy() {
    }

    /**
     * A policy.
     *
     * @param agency           whose practitioners it is for; {@code null}: every agency (the authority's default)
     * @param role             which role it is for; {@code null}: every role
     * @param newlyQualified   {@code true}: only for newly qualified practitioners
     * @param frequency        how often supervision is due
     * @param expectedDuration how long a session is expected to last, in minutes
     */
    public SupervisionPolicy(Agency agency, PractitionerRole role, boolean newlyQualified, SupervisionFrequency frequency,
            int expectedDuration) {
        this.agency = agency;
        this.practitionerRole = role;
        this.newlyQualified = newlyQualified;
        change(frequency, expectedDuration);
    }

    /** Changes how often supervision is due and how long it is expected to last. */
    public final void change(SupervisionFrequency frequency, int expectedDuration) {
        if (frequency == null) {
            throw new RuleViolation("supervision-policy.frequency-required", "frequencyAmount",
                    "Enter how often supervision is due (for example every 1 month, or every 2 weeks).");
        }
        if (expectedDuration < 1 || expectedDuration > DURATION_MAX_MINUTES) {
            throw new RuleViolation("supervision-policy.duration-out-of-range", "expectedDurationMinutes",
                    "A session is expected to last between 1 and " + DURATION_MAX_MINUTES + " minutes (you entered "
                            + expectedDuration + "). Enter the duration in minutes, for example 90.");
        }
        this.frequencyAmount = frequency.amount();
        this.frequencyUnit = frequency.unit();
        this.expectedDurationMinutes = expectedDuration;
    }

    /**
     * Refuses a policy whose scope another policy already has.
     *
     * @param existing the policies saved so far ({@value #FIND_ALL}); {@code candidate} itself may be among them
     */
    public static void ensureScopeFree(SupervisionPolicy candidate, Collection<SupervisionPolicy> existing) {
        for (SupervisionPolicy other : existing) {
            if (other != candidate && !other.equals(candidate) && other.hasScopeOf(candidate)) {
                throw new RuleViolation("supervision-policy.duplicate", null,
                        "There is already a policy for " + candidate.describeScope() + " (" + other.frequency().label()
                                + "). Change that policy instead of adding another.");
            }
        }
    }

    private boolean hasScopeOf(SupervisionPolicy other) {
        return Objects.equals(agency, other.agency) && practitionerRole == other.practitionerRole
                && newlyQualified == other.newlyQualified;
    }

    /** Whether the practitioner falls within this policy's scope. */
    public boolean appliesTo(Practitioner practitioner) {
        return (agency == null || agency.equals(practitioner.getAgency()))
                && (practitionerRole == null || practitionerRole == practitioner.getRole())
                && (!newlyQualified || practitioner.isNewlyQualified());
    }

    /**
     * How narrow the scope is: an agency counts most, then a role, then newly qualified (so agency + role + newly
     * qualified &gt; agency + role &gt; agency + newly qualified &gt; agency &gt; role + newly qualified &gt; role &gt;
     * newly qualified &gt; everyone).
     */
    public int specificity() {
        return (agency != null ? 4 : 0) + (practitionerRole != null ? 2 : 0) + (newlyQualified ? 1 : 0);
    }

    /** Whom the policy is for, in words: "newly qualified social workers in Northbridge Family Help", "everyone". */
    public String describeScope() {
        String who = practitionerRole == null ? (newlyQualified ? "newly qualified practitioners" : "everyone")
                : (newlyQualified ? "newly qualified " : "") + plural(practitionerRole);
        return agency == null ? who + (practitionerRole == null && !newlyQualified ? " (the authority's default)" : "")
                : who + " in " + agency.getName();
    }

    /** "social workers", "GPs", "YJS supervising officers": lower case unless the label starts with an acronym. */
    private static String plural(PractitionerRole role) {
        String label = role.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return (acronym ? label : label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1)) + "s";
    }

    public SupervisionFrequency frequency() {
        return new SupervisionFrequency(frequencyAmount, frequencyUnit);
    }

    /** One period after the last session. */
    public LocalDate nextDueOn(LocalDate lastHeldOn) {
        return frequency().after(lastHeldOn);
    }

    /** The agency the policy is for, or {@code null}: every agency. */
    public Agency getAgency() {
        return agency;
    }

    /** The role the policy is for, or {@code null}: every role. */
    public PractitionerRole getPractitionerRole() {
        return practitionerRole;
    }

    /** Whether the policy is only for newly qualified practitioners. */
    public boolean isNewlyQualified() {
        return newlyQualified;
    }

    public int getFrequencyAmount() {
        return frequencyAmount;
    }

    public FrequencyUnit getFrequencyUnit() {
        return frequencyUnit;
    }

    public int getExpectedDurationMinutes() {
        return expectedDurationMinutes;
    }
}
