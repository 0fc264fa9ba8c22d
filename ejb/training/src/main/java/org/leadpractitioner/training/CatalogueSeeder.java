package org.leadpractitioner.training;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.leadpractitioner.domain.training.Course;

/**
 * Seeds an empty catalogue with the four core-competency modules of the Newham guidance at start-up. Only an empty
 * catalogue (the first start on a new database): once the authority has a catalogue, it keeps the modules like any
 * other course, and a module it renamed or withdrew is never brought back.
 */
@Startup
@Singleton
@DependsOn("lp-core.jar#SchemaMigrator")
public class CatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void seedCoreCompetencyModules() {
        long courses = em.createQuery("SELECT COUNT(c) FROM Course c", Long.class).getSingleResult();
        if (courses == 0) {
            Course.coreCompetencyModules().forEach(em::persist);
            LOG.info("Seeded the training catalogue with the four core-competency modules");
        }
    }
}
