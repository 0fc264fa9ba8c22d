package org.leadpractitioner.domain.core;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leadpractitioner.domain.BaseEntity;

/** An organisation whose practitioners take part in early help: a school, a health trust, the police... */
@Entity
@Table(name = "agency")
@NamedQueries({
    @NamedQuery(name = Agency.FIND_ACTIVE_ORDERED,
            query = "SELECT a FROM Agency a WHERE a.active = TRUE ORDER BY a.name"),
    @NamedQuery(name = Agency.FIND_ALL_ORDERED,
            query = "SELECT a FROM Agency a ORDER BY a.name"),
    @NamedQuery(name = Agency.COUNT_ALL,
            query = "SELECT COUNT(a) FROM Agency a"),
    @NamedQuery(name = Agency.FIND_BY_NAME,
            query = "SELECT a FROM Agency a WHERE a.name = :name")
})
public class Agency extends BaseEntity {

    /** Active agencies by name (for pick lists). */
    public static final String FIND_ACTIVE_ORDERED = "Agency.findActiveOrdered";
    /** All agencies by name (administration; page it). */
    public static final String FIND_ALL_ORDERED = "Agency.findAllOrdered";
    public static final String COUNT_ALL = "Agency.countAll";
    /** Parameter {@code name} (exact, as stored: trimmed). */
    public static final String FIND_BY_NAME = "Agency.findByName";

    public static final int NAME_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false, length = 40)
    private AgencyType type;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Agency() {
    }

    /** A new, active agency. */
    public Agency(String name, AgencyType type) {
        this.name = checkName(name);
        this.type = checkType(type);
        this.active = true;
    }

    public void rename(String newName) {
        this.name = checkName(newName);
    }

    public void changeType(AgencyType newType) {
        this.type = checkType(newType);
    }

    /** The agency stops appearing in pick lists; its history stays. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    private static String checkName(String name) {
        return Checks.required(name, NAME_MAX, "agency.name", "name", "the agency's name");
    }

    private static AgencyType checkType(AgencyType type) {
        return Checks.present(type, "agency.type-required", "type", "Choose the type of agency.");
    }

    public String getName() {
        return name;
    }

    public AgencyType getType() {
        return type;
    }

    public boolean isActive() {
        return active;
    }
}
