package org.leadpractitioner.domain.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A level on the authority's continuum of need (reference data: Universal, Level 1 Plus, Level 2
 * Escalating, Statutory CIN, Child Protection...). Higher rank means higher need. Lead practitioner
 * coordination applies from Level 1 Plus up; statutory levels force a social worker as lead, so a
 * statutory level always has lead practitioner coordination.
 */
@Entity
@Table(name = "need_level")
@NamedQueries({
    @NamedQuery(name = NeedLevel.FIND_ACTIVE_ORDERED,
            query = "SELECT n FROM NeedLevel n WHERE n.active = TRUE ORDER BY n.rank, n.id"),
    @NamedQuery(name = NeedLevel.FIND_ALL_ORDERED,
            query = "SELECT n FROM NeedLevel n ORDER BY n.rank, n.id"),
    @NamedQuery(name = NeedLevel.FIND_BY_CODE,
            query = "SELECT n FROM NeedLevel n WHERE n.code = :code")
})
public class NeedLevel extends BaseEntity {

    /** Active levels, lowest need first. */
    public static final String FIND_ACTIVE_ORDERED = "NeedLevel.findActiveOrdered";
    /** All levels (administration), lowest need first. */
    public static final String FIND_ALL_ORDERED = "NeedLevel.findAllOrdered";
    /** Parameter {@code code} (upper case, e.g. "LEVEL_1_PLUS"). */
    public static final String FIND_BY_CODE = "NeedLevel.findByCode";

    public static final int CODE_MAX = 40;
    public static final int LABEL_MAX = 100;

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("^[A-Z0-9_]+$");

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9_]+")
    @Column(name = "code", nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "rank", nullable = false)
    private int rank;

    @Column(name = "lead_practitioner_applies", nullable = false)
    private boolean leadPractitionerApplies;

    @Column(name = "statutory", nullable = false)
    private boolean statutory;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected NeedLevel() {
    }

    /**
     * A new, active level.
     *
     * @param code upper-cased; letters, digits and '_' only; cannot change later
     */
    public NeedLevel(String code, String label, int rank, boolean leadPractitionerApplies, boolean statutory) {
        String c = Checks.required(code, CODE_MAX, "need-level.code", "code", "a code for the level")
                .toUpperCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new RuleViolation("need-level.code-invalid", "code",
                    "A level code may contain only letters, digits and underscores, e.g. LEVEL_1_PLUS."
                            + " Change the code.");
        }
        this.code = c;
        relabel(label);
        this.rank = rank;
        changeCoordination(leadPractitionerApplies, statutory);
        this.active = true;
    }

    public final void relabel(String newLabel) {
        this.label = Checks.required(newLabel, LABEL_MAX, "need-level.label", "label", "a label for the level");
    }

    /** Moves the level on the continuum (higher rank, higher need). */
    public void changeRank(int newRank) {
        this.rank = newRank;
    }

    /** Whether lead practitioner coordination applies, and whether the level is statutory (which needs it). */
    public final void changeCoordination(boolean leadApplies, boolean isStatutory) {
        if (isStatutory && !leadApplies) {
            throw new RuleViolation("need-level.statutory-needs-lead", "leadPractitionerApplies",
                    "A statutory level always has a lead practitioner (a social worker). Tick 'lead practitioner"
                            + " applies', or do not mark the level as statutory.");
        }
        this.leadPractitionerApplies = leadApplies;
        this.statutory = isStatutory;
    }

    /** The level is no longer offered for new cases or changes; cases already at it keep it. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Whether this level is a higher need than {@code other}. */
    public boolean isHigherThan(NeedLevel other) {
        return rank > other.rank;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
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
