package org.leadpractitioner.core.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import org.leadpractitioner.core.Page;
import org.leadpractitioner.core.RecordNotFound;
import org.leadpractitioner.core.Versions;
import org.leadpractitioner.core.infrastructure.PasswordHasher;
import org.leadpractitioner.core.security.Roles;
import org.leadpractitioner.domain.RuleViolation;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.Practitioner;
import org.leadpractitioner.domain.core.UserAccount;

/** Sign-ins and their roles, for administrators. Passwords are stored as bcrypt only. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public Page<UserView> list(int offset, int limit) {
        List<UserView> rows = em.createNamedQuery(UserAccount.FIND_ALL_ORDERED, UserAccount.class)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(UserAccountService::view).toList();
        return new Page<>(rows, em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult(), offset, limit);
    }

    public UserView create(@NotNull @Valid UserInput input) {
        String username = UserAccount.normaliseUsername(input.username());
        if (em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findAny().isPresent()) {
            throw new RuleViolation("user.username-taken", "username",
                    "The username " + username + " is already in use. Choose another.");
        }
        Practitioner practitioner = null;
        if (input.practitionerId() != null) {
            practitioner = em.find(Practitioner.class, input.practitionerId());
            if (practitioner == null) {
                throw new RuleViolation("practitioner.unknown", "practitionerId",
                        "There is no practitioner " + input.practitionerId() + ". Choose one from the list.");
            }
        }
        EnumSet<AppRole> caseRoles = EnumSet.of(AppRole.PRACTITIONER, AppRole.SUPERVISOR, AppRole.COORDINATOR);
        if (practitioner == null && input.roles().stream().anyMatch(caseRoles::contains)) {
            throw new RuleViolation("user.practitioner-required", "practitionerId",
                    "Practitioner, supervisor and coordinator sign-ins must be linked to a practitioner record. Choose the practitioner.");
        }
        UserAccount user = new UserAccount(username, hasher.hash(input.password().toCharArray()), practitioner, input.roles());
        em.persist(user);
        em.flush();
        return view(user);
    }

    public UserView get(long id) {
        return view(find(id));
    }

    public UserView setEnabled(long id, boolean enabled) {
        return setEnabled(find(id), enabled);
    }

    /** As {@link #setEnabled(long, boolean)}, refused when the account changed since the caller read {@code expectedVersion}. */
    public UserView setEnabled(long id, long expectedVersion, boolean enabled) {
        UserAccount user = find(id);
        Versions.require(user.getVersion(), expectedVersion, "user");
        return setEnabled(user, enabled);
    }

    private UserView setEnabled(UserAccount user, boolean enabled) {
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        em.flush(); // so that the view carries the new version
        return view(user);
    }

    private UserAccount find(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new RecordNotFound("User", id);
        }
        return user;
    }

    static UserView view(UserAccount u) {
        Practitioner p = u.getPractitioner();
        return new UserView(u.getId(), u.getVersion(), u.getUsername(), u.isEnabled(), p == null ? null : p.getId(),
                p == null ? null : p.displayName(), u.getRoles());
    }
}
