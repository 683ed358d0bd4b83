package fr.gouv.hubee.it;

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

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    protected void login(String email, String password) {
        browser.open("connexion.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.submit(By.id("submit"));
    }
}
