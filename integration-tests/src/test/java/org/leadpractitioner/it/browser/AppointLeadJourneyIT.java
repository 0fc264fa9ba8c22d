package org.leadpractitioner.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.leadpractitioner.it.api.ApiClient;
import org.leadpractitioner.it.api.Casework;
import org.leadpractitioner.it.api.TestPeople;
import org.leadpractitioner.it.api.TestPeople.Person;
import org.openqa.selenium.By;

/**
 * Appointing a lead practitioner in the browser: the family worker sees the drift flag on the case, proposes
 * themselves with the rules checked on screen, accepts; their line manager finds it waiting on the home page,
 * agrees and records the family's wish; the case then shows its lead. axe-core runs on every page.
 */
@ExtendWith(ArquillianExtension.class)
class AppointLeadJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_family_worker_proposes_themselves_accepts_and_their_manager_agrees() throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person manager = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person worker = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, manager.practitionerId(),
                "PRACTITIONER");
        Casework work = new Casework(worker.api());
        String family = "Journey" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Sarah", family, "MOTHER", true);
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), "NONE", mum);
        long caseId = work.open(familyId, mum, amy);

        try (Browser browser = new Browser(base)) {
            browser.signIn(worker.username());
            browser.open("app/case.xhtml?id=" + caseId);
            assertTrue(browser.find(By.id("leadTable")).getText().contains("No lead practitioner in force"));
            browser.checkPage("lead-01-case-without-a-lead");

            browser.find(By.id("proposeLead")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("lead-propose.xhtml"));
            browser.checkPage("lead-02-propose-form");
            // the ranked candidates, each with its reasons; choosing one fills in the form and checks the rules
            assertTrue(browser.driver().getPageSource().contains("Working with the family on this case since"));
            org.openqa.selenium.WebElement choose = browser.find(By.xpath("//button[normalize-space(.)='Propose Fay Worker" + t + "']"));
            choose.click();
            browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(choose)::apply);
            browser.waitFor(d -> d.getPageSource().contains("What the rules say about Fay Worker" + t));
            // the practitioner can also be found by name
            browser.find(By.id("propose:practitionerId_input")).clear();
            browser.find(By.id("propose:practitionerId_input")).sendKeys("Worker" + t);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#propose\\:practitionerId_panel li.ui-autocomplete-item")).isEmpty());
            browser.find(By.cssSelector("#propose\\:practitionerId_panel li.ui-autocomplete-item")).click();
            browser.find(By.id("propose:checkRules")).click();
            browser.waitFor(d -> d.getPageSource().contains("What the rules say about"));
            assertTrue(browser.driver().getPageSource().contains("No statutory rule applies to these children"));
            browser.checkPage("lead-03-rules-checked");
            browser.find(By.id("propose:proposeButton")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("appointment.xhtml"));
            assertTrue(browser.driver().getPageSource().contains("to accept"));
            browser.checkPage("lead-04-proposed");

            browser.find(By.id("decide:accept")).click();
            browser.waitFor(d -> d.getPageSource().contains("the line manager, to agree"));
            browser.checkPage("lead-05-accepted");
            browser.find(By.linkText("Sign out")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));

            browser.signIn(manager.username());
            browser.waitFor(d -> d.getPageSource().contains("Waiting for your decision"));
            assertTrue(browser.find(By.id("leads-form:waiting")).getText().contains("Fay Worker" + t));
            browser.checkPage("lead-06-manager-home");
            browser.find(By.linkText("Fay Worker" + t)).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("appointment.xhtml"));
            browser.find(By.id("decide:agree")).click();
            browser.waitFor(d -> d.getPageSource().contains("You agreed to the appointment"));
            browser.find(By.cssSelector("label[for='wish:wish:0']")).click();
            browser.find(By.id("wish:recordWish")).click();
            browser.waitFor(d -> d.getPageSource().contains("The family's wish is recorded"));
            assertTrue(browser.driver().getPageSource().contains("In force."));
            browser.checkPage("lead-07-confirmed");

            browser.open("app/case.xhtml?id=" + caseId);
            String leads = browser.find(By.id("leadTable")).getText();
            assertTrue(leads.contains("Fay Worker" + t) && !leads.contains("No lead practitioner in force"), leads);
            browser.checkPage("lead-08-case-with-its-lead");
        }
    }
}
