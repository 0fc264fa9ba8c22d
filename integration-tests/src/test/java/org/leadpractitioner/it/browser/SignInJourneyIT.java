package org.leadpractitioner.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadpractitioner.it.Deployments;
import org.openqa.selenium.By;

/**
 * Signing in and out as a person would, in a real browser, with axe-core on every page. Uses the bootstrap
 * administrator the test server is started with.
 */
@ExtendWith(ArquillianExtension.class)
class SignInJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_wrong_password_is_refused_with_an_accessible_message_then_the_right_one_signs_in_and_out() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("app/home.xhtml");
            assertEquals("Sign in", browser.heading(), "a page of the application asks an anonymous visitor to sign in");
            browser.checkPage("sign-in-01-login-page");

            browser.find(By.id("j_username")).sendKeys("admin");
            browser.find(By.id("j_password")).sendKeys("not-the-password");
            browser.find(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(d -> d.getPageSource().contains("There is a problem"));
            assertTrue(browser.find(By.cssSelector(".lp-error-summary")).getText().contains("username or password is not right"));
            browser.checkPage("sign-in-02-wrong-password");

            browser.open("app/home.xhtml");
            browser.find(By.id("j_username")).sendKeys("admin");
            browser.find(By.id("j_password")).sendKeys("it-admin-Secret1");
            browser.find(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(d -> d.getPageSource().contains("Signed in as"));
            assertTrue(browser.find(By.cssSelector(".lp-user")).getText().contains("admin"));
            browser.checkPage("sign-in-03-home");

            browser.find(By.linkText("Sign out")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("login.xhtml"));
            browser.open("app/home.xhtml");
            assertEquals("Sign in", browser.heading(), "after signing out the pages ask for a sign-in again");
        }
    }

    @Test
    void the_accessibility_statement_is_public() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("accessibility.xhtml");
            assertTrue(browser.heading().toLowerCase().contains("accessibility"), browser.heading());
            browser.checkPage("accessibility-statement");
        }
    }
}
