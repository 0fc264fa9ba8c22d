package org.leadpractitioner.core.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.leadpractitioner.domain.core.AppRole;
import org.leadpractitioner.domain.core.UserAccount;

/**
 * A fresh installation has no users. When {@code lp.bootstrap-admin.password} (or the environment
 * variable {@code LP_BOOTSTRAP_ADMIN_PASSWORD}) is set and no user exists yet, this creates the user
 * {@code admin} with the role ADMIN, who can then create everyone else. It does nothing once any user
 * exists, so the setting can stay in place safely.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class BootstrapAdministrator {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @PostConstruct
    void createFirstAdministrator() {
        Settings.get("lp.bootstrap-admin.password").ifPresent(password -> {
            long users = em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
            if (users == 0) {
                em.persist(new UserAccount(USERNAME, hasher.hash(password.toCharArray()), null, Set.of(AppRole.ADMIN)));
                LOG.info("Created the bootstrap administrator '" + USERNAME + "': create the real users, then remove the setting");
            }
        });
    }
}
