package org.leadpractitioner.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.core.infrastructure.PasswordHasher;
import org.leadpractitioner.domain.core.Child;
import org.leadpractitioner.domain.core.EarlyHelpCase;
import org.leadpractitioner.it.Deployments;

/**
 * The platform facts every area relies on, checked inside the running server with the real EAR:
 * EclipseLink is the JPA provider and weaves the entities, Flyway owns the schema, the database is the
 * one the environment chose, and passwords are hashed in the form the security realm reads.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PlatformIT.class, PersistenceProbe.class);
    }

    @EJB
    PersistenceProbe probe;

    @Inject
    PasswordHasher hasher;

    @Test
    void eclipselink_is_the_jpa_provider() {
        assertTrue(probe.providerDelegateClass().startsWith("org.eclipse.persistence."),
                "entity manager delegate was " + probe.providerDelegateClass());
    }

    @Test
    void entities_are_woven_so_lazy_associations_stay_lazy() {
        for (Class<?> entity : new Class<?>[] {Child.class, EarlyHelpCase.class}) {
            boolean woven = Arrays.stream(entity.getInterfaces())
                    .anyMatch(i -> i.getName().equals("org.eclipse.persistence.internal.weaving.PersistenceWeaved"));
            assertTrue(woven, entity.getSimpleName() + " was not woven: lazy @ManyToOne would load eagerly");
        }
    }

    @Test
    void flyway_has_migrated_the_schema_and_seeded_the_continuum_of_need() {
        assertFalse(probe.latestMigration().isBlank());
        assertTrue(probe.needLevelCodes().containsAll(java.util.List.of("UNIVERSAL", "LEVEL_1_PLUS", "LEVEL_2_ESCALATING",
                "STATUTORY_CIN", "CHILD_PROTECTION")), probe.needLevelCodes().toString());
    }

    @Test
    void the_database_is_the_one_the_environment_chose() throws Exception {
        String driver = System.getenv().getOrDefault("LP_DB_DRIVER", "h2").toLowerCase(Locale.ROOT);
        String expected = driver.equals("postgresql") ? "PostgreSQL" : "H2";
        assertEquals(expected, probe.databaseProductName());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "LP_DB_DRIVER", matches = "postgresql", disabledReason = "needs PostgreSQL (the CI's second run)")
    void recovers_by_itself_after_the_database_drops_every_connection() throws Exception {
        assertEquals("PostgreSQL", probe.databaseProductName());
        probe.ping(); // the pool holds live connections
        assertTrue(probe.applicationConnections() >= 1);
        try {
            probe.terminateAllApplicationConnections();
        } catch (Exception expected) {
            // its own connection was terminated too
        }
        // the pool's validation and exception sorter must flush the dead connections without anyone's help
        Exception last = null;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                assertEquals(1, probe.ping());
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the application did not recover within 20 s after the connections were dropped", last);
    }

    @Test
    void instants_survive_the_clocks_going_forward_in_london() {
        // the test server runs in Europe/London, as UK authorities' servers do; 01:30 UTC on the last
        // Sunday of March is a wall-clock time that does not exist in London
        assertEquals("Europe/London", java.util.TimeZone.getDefault().getID());
        for (String instant : new String[] {"2027-03-28T01:30:00Z", "2027-10-31T01:30:00Z", "2026-11-23T12:00:00.123Z"}) {
            java.time.Instant at = java.time.Instant.parse(instant);
            assertEquals(at, probe.roundTrip(at), "stored and read back " + instant);
        }
    }

    @Test
    void passwords_are_bcrypt_in_modular_crypt_form_and_verify() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(hasher.matches("correct horse battery".toCharArray(), hash));
        assertFalse(hasher.matches("correct horse battery!".toCharArray(), hash));
        assertFalse(hash.equals(hasher.hash("correct horse battery".toCharArray())), "every hash has its own salt");
    }
}
