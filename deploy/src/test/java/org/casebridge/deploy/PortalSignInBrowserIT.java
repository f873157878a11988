package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal foundation in a real browser against the real stack: a DSL signs in at the identity provider and comes
 * back signed in, "Hide this page" blanks the screen at once, and signing out ends the session at the portal and at
 * the provider.
 */
@ExtendWith(WholeStack.class)
class PortalSignInBrowserIT {

    @Test
    void aUserSignsInHidesThePageAndSignsOut(LocalStack stack) {
        URI portal = stack.baseUri(Service.CASE).resolve("/portal");
        try (PortalBrowser browser = PortalBrowser.start()) {
            browser.signIn(portal, "dsl.clapton");
            assertThat(browser.text()).contains("Signed in as", "Designated safeguarding lead", "Clapton Park Academy");

            browser.find(By.id("exit-this-page")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver ->
                            !driver.findElement(By.tagName("body")).getText().contains("Signed in as"));
            assertThat(browser.driver().getTitle()).isEqualTo("New tab");

            browser.open(portal);
            assertThat(browser.text())
                    .as("hiding the page keeps the user signed in")
                    .contains("Signed in as");
            browser.click("Sign out").expectHeading("You have signed out");

            browser.open(portal);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> !driver.findElements(By.id("username")).isEmpty());
            assertThat(browser.driver().getCurrentUrl())
                    .as("signed out at the identity provider too")
                    .startsWith(stack.baseUri(Service.IDENTITY).toString().replaceAll("/$", ""));
        }
    }
}
