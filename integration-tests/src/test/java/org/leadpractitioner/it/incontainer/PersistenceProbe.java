package org.leadpractitioner.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;

/** Test-only bean deployed with the in-container tests: reaches the application's persistence unit. */
@Stateless
@PermitAll
public class PersistenceProbe {

    @PersistenceContext(unitName = "lead-practitioner")
    EntityManager em;

    public String providerDelegateClass() {
        return em.getDelegate().getClass().getName();
    }

    public String databaseProductName() throws SQLException {
        return em.unwrap(Connection.class).getMetaData().getDatabaseProductName();
    }

    public String latestMigration() {
        return String.valueOf(em.createNativeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC")
                .setMaxResults(1).getSingleResult());
    }

    /**
     * PostgreSQL only: makes the server drop every connection of the application's pool, this one
     * included, as a database restart does. Counts them first; the terminating call itself then fails.
     */
    public long applicationConnections() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND usename = current_user AND application_name = 'PostgreSQL JDBC Driver'").getSingleResult()).longValue();
    }

    public void terminateAllApplicationConnections() {
        em.createNativeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND usename = current_user AND application_name = 'PostgreSQL JDBC Driver'"
                + " ORDER BY (pid = pg_backend_pid())").getResultList();
    }

    /** A round trip through the pool and the persistence unit. */
    public long ping() {
        return em.createQuery("SELECT COUNT(n) FROM NeedLevel n WHERE n.code = 'UNIVERSAL'", Long.class).getSingleResult();
    }

    /** Stores an audit event at the given instant and reads it back from the database. */
    public java.time.Instant roundTrip(java.time.Instant at) {
        org.leadpractitioner.domain.core.AuditEvent event = new org.leadpractitioner.domain.core.AuditEvent(at, "platform-it",
                org.leadpractitioner.domain.core.AuditAction.VIEW, "PlatformIT", 0L, null, null, "time zone round trip", null);
        em.persist(event);
        em.flush();
        em.clear();
        return em.find(org.leadpractitioner.domain.core.AuditEvent.class, event.getId()).getAt();
    }

    public java.util.List<String> needLevelCodes() {
        return em.createQuery("SELECT n.code FROM NeedLevel n ORDER BY n.rank", String.class).getResultList();
    }
}
