package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The deployed portal in a real Chromium: welcome page, login, home page behind login, logout. */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.realEar();
    }

    @Test
    void agentLogsInSeesHisCountsAndLogsOut() {
        browser.open("");
        assertEquals("Bienvenue sur HubEE", browser.textOf(By.id("welcome-title")));
        browser.click(By.id("login-link"));

        browser.type(By.id("email"), "Lucas.Petit@mairie-clamart.test");
        browser.type(By.id("password"), DEMO_PASSWORD);
        browser.submit(By.id("submit"));

        assertEquals("Lucas Petit", browser.textOf(By.id("user-name")));
        String nouveaux = browser.textOf(By.id("count-NOUVEAU"));
        assertTrue(nouveaux.matches("\\(\\d+\\)") && !nouveaux.equals("(0)"), "new dossiers counted: " + nouveaux);
        assertTrue(browser.textOf(By.id("list:tab-NOUVEAU")).startsWith("Nouveaux"));

        browser.logout();
        assertEquals("Bienvenue sur HubEE", browser.textOf(By.id("welcome-title")));

        // The private page now sends back to the login form.
        browser.open("app/accueil.xhtml");
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("connexion.xhtml"));
        assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
    }

    @Test
    void wrongPasswordIsRefusedInFrench() {
        login("lucas.petit@mairie-clamart.test", "mauvais-mot-de-passe");
        assertTrue(browser.textOf(By.id("messages")).contains("Identifiant ou mot de passe incorrect."));
        assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
    }

    /** The guard of every browser test (BrowserTest): Chromium's refusals of a policy are seen. */
    @Test
    void whatAPolicyRefusesIsSeenByTheTests() {
        browser.driver().get("data:text/html,<meta http-equiv='Content-Security-Policy' content=\"script-src 'none'\">"
                + "<script>document.title='ran'</script>");
        assertFalse(browser.cspViolations().isEmpty());
    }

    @Test
    void portalPagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE_URL)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the welcome page keeps no session");
        // A protected page remembers where to come back after login: that session's cookie.
        HttpResponse<Void> remembered = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + "app/teledossiers.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = remembered.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure flag over plain HTTP: " + cookie);
    }
}
