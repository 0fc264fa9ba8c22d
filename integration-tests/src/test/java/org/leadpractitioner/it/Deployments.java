package org.leadpractitioner.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments the integration tests use: always the EAR the build produced (ear/target), never a
 * hand-picked list of classes, so the tests exercise what an authority deploys.
 */
public final class Deployments {

    public static final String WAR = "lp-web.war";

    private Deployments() {
    }

    /** The built EAR as it is (for black-box tests over HTTP). */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("ear.file", "../ear/target/lead-practitioner.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("Build the EAR first (run the tests from the project root: ./mvnw verify): " + file);
        }
        return ShrinkWrap.create(ZipImporter.class, "lead-practitioner.ear").importFrom(file).as(EnterpriseArchive.class);
    }

    /** The built EAR with the given test classes added to its WAR, for in-container tests. */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClass(Deployments.class);
        return ear;
    }
}
