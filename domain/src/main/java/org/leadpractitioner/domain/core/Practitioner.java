package org.leadpractitioner.domain.core;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A member of the children's workforce in any agency. Holding the lead practitioner function on a case
 * is recorded as a {@link CaseMembership}, not here.
 */
@Entity
@Table(name = "practitioner")
@NamedQueries({
    @NamedQuery(name = Practitioner.FIND_BY_AGENCY,
            query = "SELECT p FROM Practitioner p WHERE p.agency.id = :agencyId"
                    + " ORDER BY p.familyName, p.givenName, p.id"),
    @NamedQuery(name = Practitioner.COUNT_BY_AGENCY,
            query = "SELECT COUNT(p) FROM Practitioner p WHERE p.agency.id = :agencyId"),
    @NamedQuery(name = Practitioner.FIND_BY_EMAIL,
            query = "SELECT p FROM Practitioner p JOIN FETCH p.agency WHERE p.email = :email"),
    @NamedQuery(name = Practitioner.FIND_SUPERVISEES,
            query = "SELECT p FROM Practitioner p WHERE p.lineManager.id = :managerId AND p.active = TRUE"
                    + " ORDER BY p.familyName, p.givenName, p.id"),
    @NamedQuery(name = Practitioner.FIND_ACTIVE_BY_ROLE,
            query = "SELECT p FROM Practitioner p WHERE p.role = :role AND p.active = TRUE"
                    + " ORDER BY p.familyName, p.givenName, p.id")
})
public class Practitioner extends BaseEntity {

    /** Parameter {@code agencyId}; page it. */
    public static final String FIND_BY_AGENCY = "Practitioner.findByAgency";
    /** Parameter {@code agencyId}. */
    public static final String COUNT_BY_AGENCY = "Practitioner.countByAgency";
    /** Parameter {@code email} (lower case); loads the agency too. */
    public static final String FIND_BY_EMAIL = "Practitioner.findByEmail";
    /** Parameter {@code managerId}: the active practitioners this person line-manages. */
    public static final String FIND_SUPERVISEES = "Practitioner.findSupervisees";
    /** Parameter {@code role} ({@link PractitionerRole}); page it. */
    public static final String FIND_ACTIVE_BY_ROLE = "Practitioner.findActiveByRole";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int JOB_TITLE_MAX = 150;
    public static final int DEFAULT_LEAD_CASE_CAPACITY = 5;
    /** How far up a management line {@link #isManagedBy} looks. */
    public static final int MANAGEMENT_LINE_MAX_DEPTH = 10;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Size(max = PHONE_MAX)
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private PractitionerRole role;

    @Size(max = JOB_TITLE_MAX)
    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Practitioner lineManager;

    @Column(name = "line_manager_since")
    private LocalDate lineManagerSince;

    @Column(name = "newly_qualified", nullable = false)
    private boolean newlyQualified;

    @PositiveOrZero
    @Column(name = "lead_case_capacity", nullable = false)
    private int leadCaseCapacity;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Practitioner() {
    }

    /** A new, active practitioner with the default lead case capacity and no line manager yet. */
    public Practitioner(String givenName, String familyName, String email, PractitionerRole role, Agency agency) {
        rename(givenName, familyName);
        this.email = checkEmail(email);
        this.role = checkRole(role);
        this.agency = checkAgency(agency);
        this.leadCaseCapacity = DEFAULT_LEAD_CASE_CAPACITY;
        this.active = true;
    }

    /** "Given Family", as shown to families and colleagues. */
    public String displayName() {
        return givenName + " " + familyName;
    }

    public final void rename(String newGivenName, String newFamilyName) {
        this.givenName = Checks.required(newGivenName, NAME_MAX, "practitioner.given-name", "givenName",
                "the practitioner's given name");
        this.familyName = Checks.required(newFamilyName, NAME_MAX, "practitioner.family-name", "familyName",
                "the practitioner's family name");
    }

    /** Changes the work email (stored in lower case; it must stay unique). */
    public void changeEmail(String newEmail) {
        this.email = checkEmail(newEmail);
    }

    /** Plain contact data: blank clears it. */
    public void setPhone(String newPhone) {
        this.phone = Checks.optional(newPhone, PHONE_MAX, "practitioner.phone", "phone", "the phone number");
    }

    /** Plain data: blank clears it. */
    public void setJobTitle(String newJobTitle) {
        this.jobTitle = Checks.optional(newJobTitle, JOB_TITLE_MAX, "practitioner.job-title", "jobTitle",
                "the job title");
    }

    public void changeRole(PractitionerRole newRole) {
        this.role = checkRole(newRole);
    }

    /** The practitioner now works for another agency. */
    public void moveToAgency(Agency newAgency) {
        this.agency = checkAgency(newAgency);
    }

    /**
     * Records who line-manages (supervises) this practitioner; {@code null} removes the line manager.
     * Nobody manages themself, directly or round a loop of managers.
     */
    public void assignLineManager(Practitioner manager) {
        assignLineManager(manager, null);
    }

    /**
     * As {@link #assignLineManager(Practitioner)}, remembering the day a new line manager took over ({@code since};
     * {@code null}: unknown), from which supervision is due when the practitioner has not been supervised since.
     * Keeping the same line manager keeps the date.
     */
    public void assignLineManager(Practitioner manager, LocalDate since) {
        if (manager == null) {
            this.lineManager = null;
            this.lineManagerSince = null;
            return;
        }
        if (manager.equals(this.lineManager)) {
            return;
        }
        if (manager == this || manager.equals(this)) {
            throw new RuleViolation("practitioner.line-manager-self", "lineManager",
                    displayName() + " cannot be their own line manager. Choose the person who supervises "
                            + displayName() + " in their agency.");
        }
        Set<Practitioner> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Practitioner above = manager.lineManager; above != null && seen.add(above); above = above.lineManager) {
            if (above == this || above.equals(this)) {
                throw new RuleViolation("practitioner.line-manager-cycle", "lineManager",
                        displayName() + " already manages " + manager.displayName()
                                + " (directly or through others), so " + manager.displayName()
                                + " cannot be their line manager. Choose someone above them in their agency.");
            }
        }
        this.lineManager = manager;
        this.lineManagerSince = since;
    }

    /** Plain data: whether the practitioner is newly qualified (a factor when agreeing who leads). */
    public void setNewlyQualified(boolean newlyQualified) {
        this.newlyQualified = newlyQualified;
    }

    /** How many cases this practitioner may lead at once, as agreed with their manager. */
    public void changeLeadCaseCapacity(int capacity) {
        if (capacity < 0) {
            throw new RuleViolation("practitioner.capacity-negative", "leadCaseCapacity",
                    "The number of cases a practitioner can lead cannot be negative. Enter 0 or more"
                            + " (0 means they cannot take on a lead role now).");
        }
        this.leadCaseCapacity = capacity;
    }

    /** The practitioner left or no longer takes part; their history stays. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    private static String checkEmail(String value) {
        String text = Checks.required(value, EMAIL_MAX, "practitioner.email", "email", "the work email address")
                .toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(text).matches()) {
            throw new RuleViolation("practitioner.email-invalid", "email",
                    "'" + text + "' is not an email address. Enter it like name@example.org.uk.");
        }
        return text;
    }

    private static PractitionerRole checkRole(PractitionerRole value) {
        return Checks.present(value, "practitioner.role-required", "role", "Choose the practitioner's role.");
    }

    private static Agency checkAgency(Agency value) {
        return Checks.present(value, "practitioner.agency-required", "agency",
                "Choose the agency the practitioner works for.");
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public PractitionerRole getRole() {
        return role;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Agency getAgency() {
        return agency;
    }

    /**
     * Whether {@code viewer} is in this practitioner's management line now: their line manager, that person's line
     * manager, and so on, up to {@value #MANAGEMENT_LINE_MAX_DEPTH} levels (a loop in the data ends the search).
     */
    public boolean isManagedBy(Practitioner viewer) {
        if (viewer == null) {
            return false;
        }
        Set<Practitioner> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Practitioner above = lineManager;
        for (int depth = 0; above != null && depth < MANAGEMENT_LINE_MAX_DEPTH && seen.add(above); depth++) {
            if (above.equals(viewer)) {
                return true;
            }
            above = above.lineManager;
        }
        return false;
    }

    /** The day the current line manager took over, or {@code null} when unknown (or there is none). */
    public LocalDate getLineManagerSince() {
        return lineManagerSince;
    }

    public Practitioner getLineManager() {
        return lineManager;
    }

    public boolean isNewlyQualified() {
        return newlyQualified;
    }

    public int getLeadCaseCapacity() {
        return leadCaseCapacity;
    }

    public boolean isActive() {
        return active;
    }
}
