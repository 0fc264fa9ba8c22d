package org.leadpractitioner.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * The area boundaries of docs/adr/0002, as rules the build enforces. Allowed calls between areas:
 * escalation → meetings → assignment → training, escalation → assignment; every area → core; core → none.
 */
@AnalyzeClasses(packages = "org.leadpractitioner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.leadpractitioner.";

    @ArchTest
    static final ArchRule areas_form_no_cycles = slices().matching(ROOT + "(core|training|assignment|meetings|escalation)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule core_calls_no_area = noClasses().that().resideInAPackage(ROOT + "core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    ROOT + "training..", ROOT + "assignment..", ROOT + "meetings..", ROOT + "escalation..", ROOT + "web..");

    @ArchTest
    static final ArchRule training_calls_only_core = noClasses().that().resideInAPackage(ROOT + "training..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    ROOT + "assignment..", ROOT + "meetings..", ROOT + "escalation..", ROOT + "web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule assignment_calls_training_and_core = noClasses().that().resideInAPackage(ROOT + "assignment..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "meetings..", ROOT + "escalation..", ROOT + "web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule meetings_calls_assignment_and_core = noClasses().that().resideInAPackage(ROOT + "meetings..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "training..", ROOT + "escalation..", ROOT + "web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule escalation_calls_meetings_assignment_and_core = noClasses().that().resideInAPackage(ROOT + "escalation..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "training..", ROOT + "web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domain_depends_on_no_service = noClasses().that().resideInAPackage(ROOT + "domain..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "core..", ROOT + "training..", ROOT + "assignment..",
                    ROOT + "meetings..", ROOT + "escalation..", ROOT + "web..");

    @ArchTest
    static final ArchRule domain_core_knows_no_area = noClasses().that().resideInAPackage(ROOT + "domain.core..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "domain.training..", ROOT + "domain.assignment..",
                    ROOT + "domain.meetings..", ROOT + "domain.escalation..");

    @ArchTest
    static final ArchRule area_entities_refer_to_other_areas_by_id = slices()
            .matching(ROOT + "domain.(training|assignment|meetings|escalation)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule web_never_uses_the_entity_manager = noClasses().that().resideInAPackage(ROOT + "web..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule boundaries_are_secured = classes().that().areAnnotatedWith(Stateless.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .because("every EJB boundary states who may call it (@RolesAllowed), or says explicitly that it checks the caller itself");

    @ArchTest
    static final ArchRule boundaries_return_no_entities = methods().that().arePublic()
            .and().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
            .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "an @Entity", c -> c.isAnnotatedWith(Entity.class)))
            .because("REST and Faces receive DTOs mapped inside the transaction, never managed entities")
            .allowEmptyShould(true);
}
