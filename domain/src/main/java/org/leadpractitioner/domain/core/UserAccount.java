package org.leadpractitioner.domain.core;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadpractitioner.domain.BaseEntity;
import org.leadpractitioner.domain.RuleViolation;

/**
 * A login. The server's JDBC security realm reads {@code app_user.password_hash} and
 * {@code app_user_role.role_name} directly, so those names are fixed. The entity only ever holds a bcrypt
 * hash ({@code $2a$10$...}); hashing a clear password is the caller's job.
 *
 * <p>Every account has at least one role. Accounts with any role other than {@link AppRole#ADMIN} belong
 * to a practitioner (access to cases follows the practitioner); a pure administrator may have none.
 */
@Entity
@Table(name = "app_user")
@NamedQueries({
    @NamedQuery(name = UserAccount.FIND_BY_USERNAME,
            query = "SELECT u FROM UserAccount u LEFT JOIN FETCH u.practitioner WHERE u.username = :username"),
    @NamedQuery(name = UserAccount.FIND_BY_PRACTITIONER,
            query = "SELECT u FROM UserAccount u WHERE u.practitioner.id = :practitionerId"),
    @NamedQuery(name = UserAccount.FIND_ALL_ORDERED,
            query = "SELECT u FROM UserAccount u ORDER BY u.username"),
    @NamedQuery(name = UserAccount.COUNT_ALL,
            query = "SELECT COUNT(u) FROM UserAccount u")
})
public class UserAccount extends BaseEntity {

    /** Parameter {@code username}: pass it through {@link #normaliseUsername(String)} first. Loads the practitioner. */
    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    /** Parameter {@code practitionerId}. */
    public static final String FIND_BY_PRACTITIONER = "UserAccount.findByPractitioner";
    /** Administration list; page it. */
    public static final String FIND_ALL_ORDERED = "UserAccount.findAllOrdered";
    public static final String COUNT_ALL = "UserAccount.countAll";

    public static final int USERNAME_MAX = 100;
    public static final int PASSWORD_HASH_MAX = 200;

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("^[a-z0-9._-]+$");
    private static final java.util.regex.Pattern BCRYPT =
            java.util.regex.Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = PASSWORD_HASH_MAX)
    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<AppRole> roles = new HashSet<>();

    protected UserAccount() {
    }

    /**
     * A new, enabled account.
     *
     * @param username     normalised to lower case; letters, digits, '.', '-' and '_' only
     * @param passwordHash a bcrypt hash, never a clear password
     * @param practitioner the practitioner the account belongs to; may be {@code null} only for an administrator
     * @param roles        at least one
     */
    public UserAccount(String username, String passwordHash, Practitioner practitioner, Set<AppRole> roles) {
        this.username = normaliseUsername(username);
        this.passwordHash = checkHash(passwordHash);
        this.practitioner = practitioner;
        this.roles.addAll(checkRoles(roles, practitioner));
        this.enabled = true;
    }

    /**
     * Trims and lower-cases a username and checks it: at most 100 characters, only lower-case letters,
     * digits, '.', '-' and '_'. Use it before looking an account up.
     */
    public static String normaliseUsername(String raw) {
        String name = Checks.required(raw, USERNAME_MAX, "user.username", "username", "a username")
                .toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("user.username-invalid", "username",
                    "A username may contain only letters, digits, full stops, hyphens and underscores"
                            + " (no spaces or other characters). Choose a username such as 'sarah.jones'.");
        }
        return name;
    }

    /** Replaces the stored hash (after a password change or reset); the argument must be a bcrypt hash. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = checkHash(newHash);
    }

    public void enable() {
        this.enabled = true;
    }

    /** The user can no longer log in; the account and its audit history stay. */
    public void disable() {
        this.enabled = false;
    }

    public void grantRole(AppRole role) {
        Checks.present(role, "user.role-required", "roles", "Choose a role to grant.");
        Set<AppRole> wanted = EnumSet.of(role);
        wanted.addAll(roles);
        replaceRoles(wanted);
    }

    /** Removes a role; the last role cannot be removed (disable the account instead). */
    public void revokeRole(AppRole role) {
        Set<AppRole> remaining = EnumSet.noneOf(AppRole.class);
        remaining.addAll(roles);
        remaining.remove(role);
        replaceRoles(remaining);
    }

    /** Sets exactly these roles (at least one). */
    public void replaceRoles(Set<AppRole> newRoles) {
        Set<AppRole> checked = checkRoles(newRoles, practitioner);
        roles.retainAll(checked);
        roles.addAll(checked);
    }

    /** Links the account to a practitioner, or unlinks it ({@code null}), which only an administrator's account allows. */
    public void linkPractitioner(Practitioner newPractitioner) {
        checkRoles(roles, newPractitioner);
        this.practitioner = newPractitioner;
    }

    public boolean hasRole(AppRole role) {
        return roles.contains(role);
    }

    private static String checkHash(String hash) {
        if (hash == null || !BCRYPT.matcher(hash).matches()) {
            // Never echo the value: it might be a clear password typed into the wrong place.
            throw new RuleViolation("user.password-hash-invalid", "password",
                    "The password was not stored because it is not a bcrypt hash. Hash the password"
                            + " (bcrypt) before saving the account; never store a clear password.");
        }
        return hash;
    }

    private static Set<AppRole> checkRoles(Collection<AppRole> candidate, Practitioner practitioner) {
        Set<AppRole> clean = candidate == null ? EnumSet.noneOf(AppRole.class)
                : candidate.stream().filter(r -> r != null)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AppRole.class)));
        if (clean.isEmpty()) {
            throw new RuleViolation("user.role-required", "roles",
                    "A user account needs at least one role. Choose a role, or disable the account instead.");
        }
        if (practitioner == null && !clean.equals(EnumSet.of(AppRole.ADMIN))) {
            String nonAdmin = clean.stream().filter(r -> r != AppRole.ADMIN).map(AppRole::label)
                    .collect(Collectors.joining(", "));
            throw new RuleViolation("user.practitioner-required", "practitioner",
                    "An account with the role " + nonAdmin + " must belong to a practitioner, because access to"
                            + " cases follows the practitioner. Choose the practitioner, or give the account"
                            + " only the Administrator role.");
        }
        return clean;
    }

    public String getUsername() {
        return username;
    }

    /** The stored bcrypt hash. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public Set<AppRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
