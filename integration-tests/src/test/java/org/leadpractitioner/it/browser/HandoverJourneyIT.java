package org.leadpractitioner.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Handing the lead role over in the browser, planned with the keyboard alone (issue 3): Fay, who leads for Amy and
 * Ben, reaches "Plan a handover" from the case's lead panel, hands Amy (not Ben) over to Ike with the rules checked on
 * screen, and records telling the family, pressing only TAB, arrows, SPACE and ENTER. Ike then accepts, his line
 * manager agrees and Fay records the family's wish; the case shows Ike leading for Amy and Fay still for Ben. axe-core
 * runs on every new state of a page.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverJourneyIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void the_outgoing_lead_plans_a_handover_with_the_keyboard_and_the_incoming_lead_takes_over_once_agreed()
            throws Exception {
        ApiClient admin = ApiClient.anonymous(base).as(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD);
        String t = TestPeople.token();
        long agency = TestPeople.agency(admin, "Family Help " + t);
        Person mo = TestPeople.person(admin, "Mo", "Manager" + t, "SENIOR_MANAGER", agency, null, "PRACTITIONER", "SUPERVISOR");
        Person fay = TestPeople.person(admin, "Fay", "Worker" + t, "FAMILY_WORKER", agency, mo.practitionerId(), "PRACTITIONER");
        Person ike = TestPeople.person(admin, "Ike", "Incoming" + t, "FAMILY_WORKER", agency, mo.practitionerId(), "PRACTITIONER");
        Casework work = new Casework(fay.api());
        String family = "Keys" + t;
        long familyId = work.family(family, false);
        long mum = work.member(familyId, "Sarah", family, "MOTHER", true);
        long amy = work.child(familyId, "Amy", family, LocalDate.now().minusYears(9), "NONE", mum);
        long ben = work.child(familyId, "Ben", family, LocalDate.now().minusYears(4), "NONE", mum);
        long caseId = work.open(familyId, mum, amy, ben);
        long fayAppointment = work.appointLead(caseId, fay, mo, amy, ben);
        String today = UK.format(LocalDate.now());
        String tomorrow = UK.format(LocalDate.now().plusDays(1));
        String fayName = "Fay Worker" + t;
        String ikeName = "Ike Incoming" + t;

        try (Browser browser = new Browser(base)) {
            browser.signIn(fay.username());
            browser.open("app/case.xhtml?id=" + caseId);
            browser.checkPage("handover-01-case-with-its-lead");

            // from here to the recorded notice: the keyboard only
            String planLink = "planHandover-" + fayAppointment;
            assertTrue(browser.find(By.id(planLink)).getText().startsWith("Plan a handover from " + fayName));
            browser.tabTo(planLink);
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("handover-plan.xhtml"));
            assertEquals("Plan a handover of the lead role", browser.heading());
            browser.checkPage("handover-02-plan-form");

            // both children are ticked: Ben keeps Fay
            String benBox = checkboxLabelled(browser, "Ben ");
            assertTrue(browser.find(By.id(benBox)).isSelected(), "every child of the outgoing lead is ticked at first");
            browser.tabTo(benBox);
            browser.press(Keys.SPACE);
            assertTrue(!browser.find(By.id(benBox)).isSelected(), "SPACE unticks Ben");
            assertTrue(browser.find(By.id(checkboxLabelled(browser, "Amy "))).isSelected());

            // the incoming lead, through the autocomplete
            browser.tabTo("handover:practitionerId_input");
            browser.press("Incoming" + t);
            browser.waitFor(d -> d.findElements(By.cssSelector("#handover\\:practitionerId_panel li.ui-autocomplete-item"))
                    .stream().anyMatch(WebElement::isDisplayed));
            browser.press(Keys.ARROW_DOWN);
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.findElement(By.id("handover:practitionerId_input")).getDomProperty("value")
                    .startsWith(ikeName));

            // the rules' dry run, before anything is saved
            browser.tabTo("handover:checkRules");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.getPageSource().contains("What the rules say about " + ikeName));
            browser.checkPage("handover-03-rules-checked");

            browser.tabTo("handover:effectiveDate_input");
            browser.press(tomorrow, Keys.ESCAPE); // the outgoing lead leads until then
            String transfer = radioLabelled(browser, "handover:reason", "Transfer between teams");
            browser.tabTo("handover:reason:0"); // the first of the group, none being chosen yet
            browser.pressUntilFocused(Keys.ARROW_DOWN, transfer); // an arrow moves to the next reason and chooses it
            assertTrue(browser.find(By.id(transfer)).isSelected());
            browser.tabTo("handover:meeting:0"); // Team Around the Family (TAF) meeting
            browser.press(Keys.SPACE);
            assertTrue(browser.find(By.id("handover:meeting:0")).isSelected());
            browser.tabTo("handover:meetingDate_input");
            browser.press(today, Keys.ESCAPE);
            // Ben keeps Fay, so the family will have two leads: the reason is required
            browser.tabTo("handover:severalLeadsReason");
            browser.press("Ben's needs are met at nursery with Fay; Amy's school network works with Ike's team.");

            browser.tabTo("handover:planHandover");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> onHandoverPage(d) || d.getPageSource().contains("There is a problem"));
            assertTrue(onHandoverPage(browser.driver()), () -> "the handover was refused: "
                    + browser.find(By.id("lp-error-summary")).getText());
            assertEquals("Handover of the lead role", browser.heading());
            String planned = browser.driver().getPageSource();
            assertTrue(planned.contains("is planned") && planned.contains("Waiting for " + ikeName + " to accept"), planned);
            browser.checkPage("handover-04-planned");

            browser.tabTo("notice:familyTold");
            browser.press(Keys.ENTER);
            browser.waitFor(d -> d.getPageSource().contains("You recorded telling the family"));
            assertTrue(browser.driver().findElements(By.id("notice:familyTold")).isEmpty(), "told once");
            assertTrue(!browser.driver().findElements(By.id("notice:networkTold")).isEmpty(), "the network is still to tell");
            browser.checkPage("handover-05-family-told");
            // end of the keyboard-only part

            String href = browser.find(By.id("incomingAppointment")).getDomAttribute("href");
            long incoming = Long.parseLong(href.substring(href.indexOf("id=") + 3));
            signOut(browser);

            browser.signIn(ike.username());
            browser.open("app/appointment.xhtml?id=" + incoming);
            browser.find(By.id("decide:accept")).click();
            browser.waitFor(d -> d.getPageSource().contains("the line manager, to agree"));
            browser.checkPage("handover-06-incoming-accepted");
            signOut(browser);

            browser.signIn(mo.username());
            browser.open("app/appointment.xhtml?id=" + incoming);
            browser.find(By.id("decide:agree")).click();
            browser.waitFor(d -> d.getPageSource().contains("You agreed to the appointment"));
            signOut(browser);

            browser.signIn(fay.username());
            browser.open("app/appointment.xhtml?id=" + incoming);
            browser.find(By.cssSelector("label[for='wish:wish:0']")).click();
            browser.find(By.id("wish:recordWish")).click();
            browser.waitFor(d -> d.getPageSource().contains("The family's wish is recorded"));
            browser.checkPage("handover-07-incoming-confirmed");

            browser.open("app/case.xhtml?id=" + caseId);
            List<String> rows = browser.find(By.id("leadTable")).findElements(By.cssSelector("tbody tr")).stream()
                    .map(WebElement::getText).toList();
            String amyRow = rows.stream().filter(r -> r.contains("Amy " + family)).findFirst().orElseThrow(() -> new AssertionError(rows));
            String benRow = rows.stream().filter(r -> r.contains("Ben " + family)).findFirst().orElseThrow(() -> new AssertionError(rows));
            assertTrue(amyRow.contains(fayName) && amyRow.contains(ikeName + " leads from"),
                    "Fay leads for Amy until tomorrow, then Ike: " + amyRow);
            assertTrue(benRow.contains(fayName) && !benRow.contains(ikeName), benRow);
            assertTrue(browser.driver().getPageSource().contains("Open the handover from"), "the case lists its handovers");
            browser.checkPage("handover-08-case-after-the-handover");
        }
    }

    private static boolean onHandoverPage(WebDriver d) {
        return d.getCurrentUrl().contains("/app/handover.xhtml");
    }

    /** The id of the plan form's child checkbox whose label starts with the child's given name. */
    private static String checkboxLabelled(Browser browser, String givenName) {
        return browser.driver().findElements(By.cssSelector("label[for^='handover:childIds:']")).stream()
                .filter(l -> l.getText().startsWith(givenName)).findFirst()
                .orElseThrow(() -> new AssertionError("No child checkbox for " + givenName)).getDomAttribute("for");
    }

    /** The id of the radio button of a group whose label is {@code text}. */
    private static String radioLabelled(Browser browser, String groupId, String text) {
        return browser.driver().findElements(By.cssSelector("label[for^='" + groupId + ":']")).stream()
                .filter(l -> l.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No choice '" + text + "' in " + groupId)).getDomAttribute("for");
    }

    private static void signOut(Browser browser) {
        browser.find(By.linkText("Sign out")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
    }
}
