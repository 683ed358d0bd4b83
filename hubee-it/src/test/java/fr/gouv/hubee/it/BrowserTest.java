package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/** Base of the browser tests: a fresh Chromium per test, and the login form as a user fills it. */
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "HubEE-demo-2026!";

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    /**
     * Every journey runs under the portal's strict policy (nonces, no inline handlers, no eval):
     * anything the browser refused would be a broken button for a real user.
     */
    @AfterEach
    void closeBrowser() {
        try {
            assertEquals(java.util.List.of(), browser.cspViolations(), "Content-Security-Policy violations");
        } finally {
            browser.close();
        }
    }

    protected void login(String email, String password) {
        browser.open("connexion.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.submit(By.id("submit"));
    }
}
