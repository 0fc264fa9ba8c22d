package org.leadpractitioner.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;

/**
 * Correcting the record in the browser: a child's name and home, a father's parental responsibility, and a
 * sibling joining the case and leaving it again (after a confirmation). A mistake is reported next to its field
 * and the typed input stays. axe-core runs on every page.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectRecordsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_practitioner_corrects_a_child_a_parent_and_the_children_on_the_case() throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person worker = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, null, "PRACTITIONER");
        Casework work = new Casework(worker.api());
        String family = "Correct" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Sarah", family, "MOTHER", true);
        work.member(familyId, "Tom", family, "FATHER", true);
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), "NONE", mum);
        work.child(familyId, "Ben", family, LocalDate.now().minusYears(4), "NONE", mum);
        long caseId = work.open(familyId, mum, amy);

        try (Browser browser = new Browser(base)) {
            browser.signIn(worker.username());

            // the child's details: a blank name is refused next to the field, then the correction is saved
            browser.open("app/child.xhtml?id=" + amy);
            browser.find(By.id("edit:change")).click();
            browser.waitFor(d -> !d.findElements(By.id("details:givenName")).isEmpty());
            WebElement given = browser.find(By.id("details:givenName"));
            given.clear();
            browser.find(By.id("details:save")).click();
            browser.waitFor(d -> d.getPageSource().contains("Enter the child's first name"));
            browser.checkPage("correct-01-child-name-missing");
            browser.find(By.id("details:givenName")).sendKeys("Amelia");
            browser.find(By.cssSelector("label[for='details:livesWithMemberIds:1']")).click(); // and Tom (by name order)
            browser.find(By.id("details:save")).click();
            browser.waitFor(d -> d.getPageSource().contains("details are saved"));
            assertEquals("Amelia " + family, browser.heading());
            String home = browser.driver().getPageSource();
            assertTrue(home.contains("Tom " + family) && home.contains("Sarah " + family), "lives with both parents now");
            browser.checkPage("correct-02-child-saved");

            // the father's parental responsibility
            browser.open("app/family.xhtml?id=" + familyId);
            WebElement tomsRow = browser.find(By.xpath("//tr[td[contains(., 'Tom " + family + "')]]"));
            tomsRow.findElement(By.cssSelector("button")).click();
            browser.waitFor(d -> d.getPageSource().contains("Change Tom " + family + "'s details"));
            browser.checkPage("correct-03-member-form");
            WebElement pr = browser.find(By.id("memberChanges:holdsParentalResponsibility"));
            assertTrue(pr.isSelected());
            browser.find(By.cssSelector("label[for='memberChanges:holdsParentalResponsibility']")).click();
            browser.find(By.id("memberChanges:saveMember")).click();
            browser.waitFor(d -> d.getPageSource().contains("Tom " + family + "'s details are saved"));
            String tom = browser.find(By.xpath("//tr[td[contains(., 'Tom " + family + "')]]/td[3]")).getText();
            assertEquals("No", tom.trim(), "Tom no longer holds parental responsibility");

            // Ben joins the case, then leaves it after a confirmation
            browser.open("app/case.xhtml?id=" + caseId);
            browser.find(By.xpath("//select[@id='joining:childId']/option[contains(., 'Ben')]")).click();
            browser.find(By.id("joining:addChild")).click();
            browser.waitFor(d -> d.getPageSource().contains("The child is added to the case"));
            assertTrue(browser.find(By.id("leaving:childTable")).getText().contains("Ben " + family));
            browser.checkPage("correct-04-ben-joined");
            browser.find(By.xpath("//button[@aria-label='Remove from the case: Ben " + family + "']")).click();
            browser.waitFor(d -> d.getPageSource().contains("Their lead"));
            browser.checkPage("correct-05-confirm-removal");
            browser.find(By.id("leaving:confirmRemove")).click();
            browser.waitFor(d -> d.getPageSource().contains("is no longer on the case"));
            assertFalse(browser.find(By.id("leaving:childTable")).getText().contains("Ben " + family));
            browser.checkPage("correct-06-ben-left");
        }
    }
}
