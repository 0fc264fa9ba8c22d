package org.leadpractitioner.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.leadpractitioner.core.infrastructure.PasswordHasher;
import org.leadpractitioner.core.infrastructure.Settings;
import org.leadpractitioner.domain.core.Agency;
import org.leadpractitioner.domain.core.NeedLevel;
import org.leadpractitioner.domain.core.UserAccount;

/**
 * Loads the fictional Northbridge demo data (docs/demo-data.md) at start-up, when the setting
 * {@value #SETTING} is {@code true} (the {@code run} profile sets it) and the database holds no agency yet,
 * so a restart, or a real installation, is never touched. A login that already exists (the bootstrap
 * {@code admin}, which is created first) is left as it is. Everything is saved in one transaction: if any
 * rule refuses the data, nothing is saved and the deployment fails with the rule's message.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigrator", "BootstrapAdministrator"})
public class DemoData {

    /** System property {@code lp.demo-data} or environment variable {@code LP_DEMO_DATA}. */
    public static final String SETTING = "lp.demo-data";

    /** The one password of every demo login; never enable the demo data on a real installation. */
    public static final String PASSWORD = "Demo-Password-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadWhenWanted() {
        if (!Settings.flag(SETTING)) {
            return;
        }
        if (databaseHasAgencies()) {
            LOG.info("Demo data not loaded: the database already holds agencies (" + SETTING + " only fills an empty one)");
            return;
        }
        try {
            Northbridge.Built built = build();
            persist(built);
            logLoaded(built);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The demo data could not be loaded, nothing was saved: " + e.getMessage(), e);
        }
    }

    private boolean databaseHasAgencies() {
        return em.createNamedQuery(Agency.COUNT_ALL, Long.class).getSingleResult() > 0;
    }

    private Northbridge.Built build() {
        // bcrypt is deliberately slow: hash the shared demo password once for every demo login
        String hash = hasher.hash(PASSWORD.toCharArray());
        DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock), clock.getZone());
        return new Northbridge(calendar, hash, this::userExists, this::needLevel).build();
    }

    private boolean userExists(String username) {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normaliseUsername(username))
                .getResultStream().findAny().isPresent();
    }

    private NeedLevel needLevel(String code) {
        return em.createNamedQuery(NeedLevel.FIND_BY_CODE, NeedLevel.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The level of need " + code
                        + " is missing: the demo data expects the levels seeded by the first migration"));
    }

    /** Reference data first, then people, then families (with members, children, circumstances), then cases. */
    private void persist(Northbridge.Built built) {
        built.agencies().forEach(em::persist);
        built.practitioners().forEach(em::persist);
        built.users().forEach(em::persist);
        built.families().forEach(em::persist);
        built.declinedConsents().forEach(em::persist);
        built.cases().forEach(em::persist);
        em.flush();
    }

    private static void logLoaded(Northbridge.Built built) {
        String skipped = built.skippedUsernames().isEmpty() ? ""
                : " (existing login(s) left unchanged: " + String.join(", ", built.skippedUsernames()) + ")";
        LOG.info("Loaded the FICTIONAL Northbridge demo data: " + built.agencies().size() + " agencies, "
                + built.practitioners().size() + " practitioners, " + built.users().size() + " demo logins" + skipped
                + ", " + built.families().size() + " families, " + built.children() + " children, "
                + built.cases().size() + " early help cases (" + built.openCases() + " open). Logins: docs/demo-data.md");
    }
}
