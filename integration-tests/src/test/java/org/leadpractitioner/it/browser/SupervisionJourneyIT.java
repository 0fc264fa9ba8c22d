package org.leadpractitioner.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervisor sees their team with supervision overdue, records a session (the draft saves itself while typed),
 * adds one of the supervisee's cases with a decision, an action and a training need, and signs it; the supervisee
 * confirms it, finds the need on their training record, and the decision on the case. Every page is checked with
 * axe-core (WCAG 2.2 AA).
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionJourneyIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_supervisor_records_and_signs_a_session_and_the_supervisee_confirms_it() throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person sam = TestPeople.person(admin, "Sam", "Supervisor" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER",
                "SUPERVISOR");
        Person pat = TestPeople.person(admin, "Pat", "Worker" + t, "FAMILY_WORKER", agency, sam.practitionerId(),
                LocalDate.now().minusMonths(3), "PRACTITIONER");
        Casework work = new Casework(pat.api());
        String family = "Oak" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Lee", family, "MOTHER", true);
        long child = work.child(familyId, "Rae", family, LocalDate.now().minusYears(6), "NONE", mum);
        long caseId = work.open(familyId, mum, child);
        String today = UK.format(LocalDate.now());

        try (Browser browser = new Browser(base)) {
            browser.signIn(sam.username());
            browser.find(By.linkText("Supervision")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("supervision.xhtml"));
            String team = browser.find(By.id("team")).getText();
            assertTrue(team.contains("Pat Worker" + t) && team.contains("Overdue"), team);
            browser.checkPage("supervision-01-team");

            new Select(browser.find(By.id("plan:superviseeId"))).selectByVisibleText("Pat Worker" + t + " (Family worker)");
            browser.find(By.cssSelector("label[for='plan:type:0']")).click();
            browser.find(By.id("plan:heldOn_input")).sendKeys(today, Keys.ESCAPE);
            browser.find(By.id("plan:startRecording")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("supervision-session.xhtml"));
            browser.checkPage("supervision-02-new-record");

            // the draft saves itself when a field is left
            browser.find(By.id("record:workload")).sendKeys("Nine families; room for one more.");
            browser.find(By.id("record:durationMinutes")).click();
            browser.waitFor(d -> d.findElement(By.id("record:draftStatus")).getText().contains("saved"));
            browser.find(By.id("record:durationMinutes")).sendKeys("60", Keys.TAB);

            new Select(browser.find(By.id("addCase:caseId"))).selectByIndex(1);
            browser.find(By.id("addCase:discussion")).sendKeys("Attendance is up to 92%.");
            browser.find(By.id("addCase:decision")).sendKeys("Plan the step down to universal services.");
            browser.find(By.id("addCase:addDiscussion")).click();
            browser.waitFor(d -> d.getPageSource().contains("Attendance is up to 92%."));

            browser.find(By.id("action:description")).sendKeys("Book the review meeting");
            browser.find(By.cssSelector("label[for='action:ownerId:0']")).click();
            browser.find(By.id("action:dueOn_input")).sendKeys(UK.format(LocalDate.now().plusDays(7)), Keys.ESCAPE);
            browser.find(By.id("action:addAction")).click();
            browser.waitFor(d -> d.findElement(By.id("actions:actionTable")).getText().contains("Book the review meeting"));

            browser.find(By.id("need:description")).sendKeys("Chairing meetings where parents disagree");
            browser.find(By.id("need:addNeed")).click();
            browser.waitFor(d -> d.getPageSource().contains("Chairing meetings where parents disagree"));
            browser.checkPage("supervision-03-written-up");

            browser.find(By.id("sign:signRecord")).click();
            browser.waitFor(d -> !d.findElements(By.id("sign:confirmSign")).isEmpty());
            browser.checkPage("supervision-03b-confirm-signing");
            browser.find(By.id("sign:confirmSign")).click();
            browser.waitFor(d -> d.getPageSource().contains("You signed the record"));
            assertTrue(browser.driver().getPageSource().contains("Nine families; room for one more."),
                    "what was typed is in the signed record");
            browser.checkPage("supervision-04-signed");
            browser.find(By.linkText("Sign out")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));

            browser.signIn(pat.username());
            browser.find(By.linkText("Supervision")).click();
            browser.waitFor(d -> d.getPageSource().contains("waiting for your response"));
            browser.checkPage("supervision-05-supervisee");
            browser.find(By.partialLinkText("with Sam Supervisor" + t)).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("supervision-session.xhtml"));
            browser.find(By.id("respond:comment")).sendKeys("A fair record.");
            browser.find(By.id("respond:confirm")).click();
            browser.waitFor(d -> !d.findElements(By.id("respond:confirmConfirm")).isEmpty());
            browser.find(By.id("respond:confirmConfirm")).click();
            browser.waitFor(d -> d.getPageSource().contains("Confirmed by the supervisee"));
            browser.checkPage("supervision-06-confirmed");

            browser.find(By.linkText("My training")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("training.xhtml"));
            assertTrue(browser.driver().getPageSource().contains("Chairing meetings where parents disagree"),
                    "the need from supervision is on the training record");
            browser.checkPage("supervision-07-training-record");

            // a course completed, with its certificate uploaded
            new Select(browser.find(By.id("addCourse:courseId"))).selectByVisibleText(
                    "Core competencies 3: relationship-based practice and systemic thinking (needed for the lead role)");
            browser.find(By.xpath("//form[@id='addCourse']//label[contains(., 'Completed')]")).click();
            browser.find(By.id("addCourse:courseDate_input")).sendKeys(today, Keys.ESCAPE);
            browser.find(By.id("addCourse:addRecord")).click();
            browser.waitFor(d -> !d.findElements(By.cssSelector("[aria-label='Attach evidence for Core competencies 3:"
                    + " relationship-based practice and systemic thinking']")).isEmpty());
            browser.find(By.cssSelector("[aria-label='Attach evidence for Core competencies 3:"
                    + " relationship-based practice and systemic thinking']")).click();
            browser.waitFor(d -> !d.findElements(By.id("evidence:file")).isEmpty());
            java.nio.file.Path certificate = java.nio.file.Files.createTempFile("certificate", ".pdf");
            java.nio.file.Files.writeString(certificate, "%PDF-1.4 certificate");
            browser.find(By.id("evidence:file")).sendKeys(certificate.toString());
            browser.find(By.id("evidence:upload")).click();
            browser.waitFor(d -> d.getPageSource().contains(certificate.getFileName().toString()));
            browser.checkPage("supervision-07b-evidence-uploaded");

            browser.open("app/case.xhtml?id=" + caseId);
            browser.waitFor(d -> d.getPageSource().contains("Decisions made in supervision"));
            assertTrue(browser.driver().getPageSource().contains("Plan the step down to universal services."));
            browser.checkPage("supervision-08-case-note");
        }
    }

    @Test
    void the_coordinator_keeps_the_course_catalogue_and_the_supervision_policies() throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person cy = TestPeople.person(admin, "Cy", "Coordinator" + t, "EARLY_HELP_COORDINATOR", agency, null,
                "PRACTITIONER", "COORDINATOR");

        try (Browser browser = new Browser(base)) {
            browser.signIn(cy.username());
            browser.find(By.linkText("Courses")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("courses.xhtml"));
            assertTrue(browser.find(By.id("list:courses")).getText().contains("Core competencies 1"));
            browser.checkPage("catalogue-01-courses");

            browser.find(By.id("form:title")).sendKeys("Working with fathers " + t);
            browser.find(By.id("form:provider")).sendKeys("Northbridge workforce development");
            browser.find(By.id("form:create")).click(); // no duration: refused on the field, the rest kept
            browser.waitFor(d -> d.getPageSource().contains("There is a problem"));
            assertTrue(browser.find(By.id("form:title")).getAttribute("value").equals("Working with fathers " + t));
            browser.checkPage("catalogue-02-refused");
            browser.find(By.id("form:durationMinutes")).sendKeys("180");
            browser.find(By.xpath("//form[@id='form']//label[contains(., 'Multi-agency working')]")).click();
            browser.find(By.id("form:create")).click();
            browser.waitFor(d -> d.findElement(By.id("list:courses")).getText().contains("Working with fathers " + t));

            browser.find(By.linkText("Supervision policies")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("supervision-policies.xhtml"));
            browser.checkPage("catalogue-03-policies");
            new Select(browser.find(By.id("form:agencyId"))).selectByVisibleText("Family Help " + t);
            new Select(browser.find(By.id("form:role"))).selectByVisibleText("Family worker");
            browser.find(By.id("form:frequencyAmount")).sendKeys("3");
            browser.find(By.cssSelector("label[for='form:frequencyUnit:0']")).click(); // weeks
            browser.find(By.id("form:expectedDurationMinutes")).sendKeys("60");
            browser.find(By.id("form:create")).click();
            browser.waitFor(d -> d.findElement(By.id("list:policies")).getText().contains("Family Help " + t));
            assertTrue(browser.find(By.id("list:policies")).getText().toLowerCase(java.util.Locale.UK).contains("every 3 weeks"),
                    browser.find(By.id("list:policies")).getText());
            browser.checkPage("catalogue-04-policy-added");
        }
    }
}
