package org.leadpractitioner.domain.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leadpractitioner.domain.core.Fixtures.assertViolation;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadpractitioner.domain.RuleViolation;

class UserAccountTest {

    private static final String HASH = "$2a$10$" + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy".substring(0, 53);
    private final Fixtures f = new Fixtures();

    private UserAccount account(String username) {
        return new UserAccount(username, HASH, f.teacher, Set.of(AppRole.PRACTITIONER));
    }

    @Test
    void usernameIsTrimmedAndLowerCased() {
        assertEquals("tess.okafor", account("  Tess.Okafor ").getUsername());
        assertEquals("t_okafor-2", UserAccount.normaliseUsername("T_Okafor-2"));
    }

    @Test
    void usernameAllowsOnlyLettersDigitsDotHyphenUnderscore() {
        assertViolation("user.username-invalid", "username", () -> account("tess okafor"));
        assertViolation("user.username-invalid", "username", () -> account("tess@school"));
        assertViolation("user.username-invalid", "username", () -> account("zoë"));
        assertViolation("user.username-required", "username", () -> account(" "));
        assertViolation("user.username-too-long", "username", () -> account("a".repeat(101)));
        assertEquals(100, account("a".repeat(100)).getUsername().length());
    }

    @Test
    void onlyABcryptHashIsStoredAndAClearPasswordIsNeverEchoed() {
        UserAccount user = account("tess");
        assertEquals(HASH, user.getPasswordHash());
        RuleViolation v = assertViolation("user.password-hash-invalid", "password",
                () -> user.changePasswordHash("Summer2025!"));
        assertFalse(v.getMessage().contains("Summer2025!"));
        assertEquals(HASH, user.getPasswordHash());
        user.changePasswordHash("$2b$12$" + "a".repeat(53));
        assertTrue(user.getPasswordHash().startsWith("$2b$12$"));
    }

    @Test
    void atLeastOneRole() {
        assertViolation("user.role-required", "roles",
                () -> new UserAccount("tess", HASH, f.teacher, Set.of()));
        UserAccount user = new UserAccount("tess", HASH, f.teacher, EnumSet.of(AppRole.PRACTITIONER, AppRole.SUPERVISOR));
        user.revokeRole(AppRole.SUPERVISOR);
        assertEquals(Set.of(AppRole.PRACTITIONER), user.getRoles());
        assertViolation("user.role-required", "roles", () -> user.revokeRole(AppRole.PRACTITIONER));
        assertTrue(user.hasRole(AppRole.PRACTITIONER));
    }

    @Test
    void anAdministratorMayHaveNoPractitionerButOthersMust() {
        UserAccount admin = new UserAccount("admin", HASH, null, Set.of(AppRole.ADMIN));
        assertNull(admin.getPractitioner());
        assertViolation("user.practitioner-required", "practitioner", () -> admin.grantRole(AppRole.COORDINATOR));
        assertEquals(Set.of(AppRole.ADMIN), admin.getRoles());
        assertViolation("user.practitioner-required", "practitioner",
                () -> new UserAccount("coord", HASH, null, Set.of(AppRole.COORDINATOR)));

        UserAccount tess = account("tess");
        assertViolation("user.practitioner-required", "practitioner", () -> tess.linkPractitioner(null));
        assertEquals(f.teacher, tess.getPractitioner());
    }

    @Test
    void enabledByDefaultAndRolesReadOnly() {
        UserAccount user = account("tess");
        assertTrue(user.isEnabled());
        user.disable();
        assertFalse(user.isEnabled());
        assertThrows(UnsupportedOperationException.class, () -> user.getRoles().add(AppRole.ADMIN));
    }
}
