package org.leadpractitioner.domain.core;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A household known to early help: its adults ({@link FamilyMember}) and children ({@link Child}).
 * Members and children are created through {@link #addMember} / {@link #addChild} (or their constructors)
 * and are persisted with the family.
 */
@Entity
@Table(name = "family")
@NamedQueries({
    @NamedQuery(name = Family.FIND_BY_POSTCODE,
            query = "SELECT f FROM Family f WHERE f.postcode = :postcode ORDER BY f.familyName, f.id"),
    @NamedQuery(name = Family.FIND_BY_LOCAL_REFERENCE,
            query = "SELECT f FROM Family f WHERE f.localReference = :localReference")
})
public class Family extends BaseEntity {

    /** Parameter {@code postcode}: pass it through {@link #normalisePostcode(String)} first. */
    public static final String FIND_BY_POSTCODE = "Family.findByPostcode";
    /** Parameter {@code localReference}. */
    public static final String FIND_BY_LOCAL_REFERENCE = "Family.findByLocalReference";

    public static final int FAMILY_NAME_MAX = 150;
    public static final int ADDRESS_MAX = 150;
    public static final int POSTCODE_MAX = 10;
    public static final int LOCAL_REFERENCE_MAX = 50;

    /** A loose UK postcode, without its space: outward code (2-4) then inward code (digit, two letters). */
    private static final Pattern POSTCODE = Pattern.compile("^(?:[A-Z]{1,2}[0-9][A-Z0-9]?|GIR)[0-9][A-Z]{2}$");

    @NotBlank
    @Size(max = FAMILY_NAME_MAX)
    @Column(name = "family_name", nullable = false, length = FAMILY_NAME_MAX)
    private String familyName;

    @Size(max = ADDRESS_MAX)
    @Column(name = "address_line1", length = ADDRESS_MAX)
    private String addressLine1;

    @Size(max = ADDRESS_MAX)
    @Column(name = "address_line2", length = ADDRESS_MAX)
    private String addressLine2;

    @Size(max = ADDRESS_MAX)
    @Column(name = "town", length = ADDRESS_MAX)
    private String town;

    @Size(max = POSTCODE_MAX)
    @Column(name = "postcode", length = POSTCODE_MAX)
    private String postcode;

    @Size(max = LOCAL_REFERENCE_MAX)
    @Column(name = "local_reference", length = LOCAL_REFERENCE_MAX)
    private String localReference;

    @Column(name = "parents_separated", nullable = false)
    private boolean parentsSeparated;

    @NotNull
    @PastOrPresent
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * The practitioner who registered the family. Until the family has a case, only they (and the
     * coordinator) can see it.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registered_by_id")
    private Practitioner registeredBy;

    @OneToMany(mappedBy = "family", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private Set<FamilyMember> members = new HashSet<>();

    @OneToMany(mappedBy = "family", fetch = FetchType.LAZY, cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private Set<Child> children = new HashSet<>();

    protected Family() {
    }

    /**
     * A new family record with no address yet.
     *
     * @param familyName a display label such as "Jones family"
     */
    public Family(String familyName, Instant createdAt) {
        relabel(familyName);
        this.createdAt = Checks.present(createdAt, "family.created-at-required", "createdAt",
                "The time the family was recorded is missing.");
    }

    public final void relabel(String newFamilyName) {
        this.familyName = Checks.required(newFamilyName, FAMILY_NAME_MAX, "family.family-name", "familyName",
                "a name for the family, such as 'Jones family'");
    }

    /** Plain data; blank parts are cleared. The postcode is checked loosely and upper-cased. */
    public void updateAddress(String line1, String line2, String newTown, String newPostcode) {
        this.addressLine1 = Checks.optional(line1, ADDRESS_MAX, "family.address-line1", "addressLine1",
                "the first line of the address");
        this.addressLine2 = Checks.optional(line2, ADDRESS_MAX, "family.address-line2", "addressLine2",
                "the second line of the address");
        this.town = Checks.optional(newTown, ADDRESS_MAX, "family.town", "town", "the town");
        this.postcode = newPostcode == null || newPostcode.isBlank() ? null : normalisePostcode(newPostcode);
    }

    /** The authority's own reference for the family (e.g. from its social care system); blank clears it. */
    public void setLocalReference(String reference) {
        this.localReference = Checks.optional(reference, LOCAL_REFERENCE_MAX, "family.local-reference",
                "localReference", "the local reference");
    }

    /**
     * Records whether the children's parents are separated: consent must then come from the parent the child
     * lives with.
     */
    public void recordParentsSeparated(boolean separated) {
        this.parentsSeparated = separated;
    }

    /** Adds an adult (parent, carer, relative) to the family. */
    public FamilyMember addMember(String givenName, String memberFamilyName, Relationship relationship,
            boolean holdsParentalResponsibility) {
        return new FamilyMember(this, givenName, memberFamilyName, relationship, holdsParentalResponsibility);
    }

    /** Adds a child to the family. */
    public Child addChild(String givenName, String childFamilyName, LocalDate dateOfBirth, SenStatus senStatus) {
        return new Child(this, givenName, childFamilyName, dateOfBirth, senStatus);
    }

    /** Upper-cases a UK postcode, checks its shape loosely and writes it with one space, e.g. "E15 4HT". */
    public static String normalisePostcode(String raw) {
        String compact = raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!POSTCODE.matcher(compact).matches()) {
            throw new RuleViolation("family.postcode-invalid", "postcode",
                    "'" + (raw == null ? "" : raw.strip()) + "' is not a UK postcode. Enter it like E15 4HT,"
                            + " or leave it blank if the family has no fixed address.");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    void register(FamilyMember member) {
        members.add(member);
    }

    void register(Child child) {
        children.add(child);
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocalReference() {
        return localReference;
    }

    public boolean isParentsSeparated() {
        return parentsSeparated;
    }

    /** Records who registered the family (done once, when it is registered). */
    public void registerBy(Practitioner practitioner) {
        if (registeredBy != null && !registeredBy.equals(practitioner)) {
            throw new RuleViolation("family.already-registered", null, "This family was already registered by someone else.");
        }
        this.registeredBy = practitioner;
    }

    public Practitioner getRegisteredBy() {
        return registeredBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<FamilyMember> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public Set<Child> getChildren() {
        return Collections.unmodifiableSet(children);
    }
}
