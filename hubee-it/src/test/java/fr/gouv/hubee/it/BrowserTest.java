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

    /** An administrator's two steps: password, then the code mailed to him (GreenMail). */
    protected void loginWithCode(String email) throws Exception {
        loginWithCode(email, DEMO_PASSWORD);
    }

    protected void loginWithCode(String email, String password) throws Exception {
        int before = Mails.to(email).size();
        login(email, password);
        browser.type(By.id("code"), Mails.code(Mails.waitForNth(email, before + 1)));
        browser.submit(By.id("submit"));
        browser.textOf(By.id("user-name"));
    }

    /**
     * An agent of Clamart created by Sophie, habilitated to {@code procedure}, who activates his
     * account through the mailed link and lands logged in; {@code consultationOnly}: the
     * consultation role only.
     */
    protected void newAgentLoggedIn(String email, String procedure, boolean consultationOnly) throws Exception {
        Support.post("users", java.util.Map.of("as", UserAdminBrowserIT.SOPHIE, "email", email, "firstName", "Léa",
                "lastName", "Lecture", "procedure", procedure, "consultation", Boolean.toString(consultationOnly)));
        browser.driver().get(Mails.link(Mails.waitForNth(email, 1)));
        browser.type(By.id("password"), "Lea-Lecture-2026!");
        browser.type(By.id("confirmation"), "Lea-Lecture-2026!");
        browser.submit(By.id("submit"));
        browser.textOf(By.id("user-name"));
    }

    protected void login(String email, String password) {
        browser.open("connexion.xhtml");
        browser.type(By.id("email"), email);
        browser.type(By.id("password"), password);
        browser.submit(By.id("submit"));
    }
}
