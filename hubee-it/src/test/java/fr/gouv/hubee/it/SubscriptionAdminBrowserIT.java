package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A subscription's life as DataPass and a new local administrator live it: DataPass intake over
 * HTTP, activation mail, activation date, API credentials shown once and regenerated, suspension.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionAdminBrowserIT extends BrowserTest {

    static final String MARSEILLE = "21130055300016";
    static final String ADMIN = "jeanne.martin@marseille.test";
    static final String PASSWORD = "Jeanne-2026!";
    static final String DELEGATE = "luc.integrateur@editeur-sud.test";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private static String request(String siret, String adminEmail, String frequency) {
        return """
                {"datapassId": 4242, "processCode": "recensementCitoyen",
                 "subscriber": {"type": "SI", "companyRegister": "%s", "branchCode": "13055"},
                 "notificationFrequency": "%s", "email": "etat-civil@marseille.test",
                 "localAdministrator": {"firstName": "Jeanne", "lastName": "Martin", "email": "%s",
                                        "function": "DGS", "phoneNumber": "0491551111"},
                 "delegationActor": {"firstName": "Luc", "lastName": "Integrateur", "email": "%s"}}
                """.formatted(siret, frequency, adminEmail, DELEGATE);
    }

    private void waitText(By locator, String expected) {
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(locator).getText().contains(expected));
    }

    @Test
    void dataPassIntakeThenActivationCredentialsAndSuspensionInThePortal() throws Exception {
        String datapass = Api.token("datapass-demo", Api.DEMO_SECRET, "DATAPASS");
        HttpResponse<String> created = Api.postJson("referential/v1/subscriptions", datapass,
                request(MARSEILLE, ADMIN, "unitaire"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"status\":\"Inactif\""), created.body());
        assertEquals(ADMIN, Api.object(created).getJsonObject("localAdministrator").getString("email"), created.body());

        HttpResponse<String> duplicate = Api.postJson("referential/v1/subscriptions", datapass,
                request(MARSEILLE, ADMIN, "unitaire"));
        assertEquals(400, duplicate.statusCode());
        assertEquals("{\"errors\":[{\"code\":400,\"message\":\"The subscriber already holds a subscription to this process\"}]}",
                duplicate.body());
        HttpResponse<String> invalid = Api.postJson("referential/v1/subscriptions", datapass,
                request("21130055300017", "pas-une-adresse", "unitaire"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("#/localAdministrator/email: String is not a valid email value"), invalid.body());
        assertEquals(401, Api.postJson("referential/v1/subscriptions", null, request(MARSEILLE, ADMIN, "unitaire")).statusCode());
        String operator = Api.token("osl-dila-demo", Api.DEMO_SECRET, "OSL");
        HttpResponse<String> wrongScope = Api.postJson("referential/v1/subscriptions", operator,
                request("21690123100011", "x.y@lyon.test", "unitaire"));
        assertEquals(403, wrongScope.statusCode());
        assertTrue(wrongScope.body().contains("Unauthorized user"));

        assertEquals("HubEE - Créez votre mot de passe", Mails.waitForNth(DELEGATE, 1).getSubject(),
                "the unknown delegate gets his account too");

        // The new local administrator: DataPass account, activation mail, then the mailed code.
        browser.driver().get(Mails.link(Mails.waitForNth(ADMIN, 1)));
        browser.type(By.id("password"), PASSWORD);
        browser.type(By.id("confirmation"), PASSWORD);
        browser.submit(By.id("submit"));
        browser.logout();
        loginWithCode(ADMIN, PASSWORD);
        assertEquals("Abonnements", browser.textOf(By.id("page-title")));
        assertTrue(browser.textOf(By.id("subscriptions")).contains("Inactif"));

        LocalDate today = LocalDate.now(PARIS);
        LocalDate start = today.plusDays(3);
        browser.click(By.xpath("//tr[contains(@class, 'hubee-subscription-row')][contains(., 'recensementCitoyen')]//a[contains(@id, 'edit')]"));
        assertTrue(browser.textOf(By.id("page-title")).contains("recensementCitoyen"));
        assertEquals("Inactif", browser.textOf(By.id("status")));
        // Issue #17: a past date used to give « Erreur de validation: la valeur doit être … ou supérieur ».
        browser.click(By.id("subscription:activate"));
        // Typed over the proposed date, as people do (select all, type).
        org.openqa.selenium.WebElement dateField = browser.driver().findElement(By.id("activate-form:activation_input"));
        dateField.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        dateField.sendKeys(today.minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), org.openqa.selenium.Keys.TAB);
        browser.click(By.id("activate-form:activate-confirm"));
        String refusal = browser.textOf(By.cssSelector(".ui-messages-error"));
        assertTrue(refusal.contains("La date ne peut pas être antérieure au " + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                refusal);
        assertFalse(refusal.contains("Erreur de validation"), refusal);
        assertEquals("Inactif", browser.textOf(By.id("status")));
        browser.click(By.id("subscription:activate"));
        // The date is picked in the calendar, as the guide asks (« ne pas saisir directement la date »).
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "PF('activationPicker').setDate(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
                start.getYear(), start.getMonthValue(), start.getDayOfMonth());
        browser.click(By.id("activate-form:activate-confirm"));
        waitText(By.id("activation-date"), start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertEquals("Inactif", browser.textOf(By.id("status")), "active only from that date");
        assertFalse(Support.routing(MARSEILLE, "recensementCitoyen", today), "a dossier sent before the date is refused");
        assertTrue(Support.routing(MARSEILLE, "recensementCitoyen", start), "from that date it is accepted");

        // Access mode API: the secret is shown once, and works against POST /token.
        browser.click(By.cssSelector("label[for='subscription:access-mode:1']"));
        browser.click(By.id("subscription:save"));
        String clientId = browser.textOf(By.id("revealed-client-id"));
        String secret = browser.textOf(By.id("revealed-secret"));
        assertTrue(secret.length() >= 40, secret);
        assertEquals(200, Api.tokenResponse(clientId, secret, "SI").statusCode());
        browser.driver().navigate().refresh();
        assertEquals(clientId, browser.textOf(By.id("client-id")));
        assertTrue(browser.driver().findElements(By.id("revealed-secret")).isEmpty(), "shown once only");
        assertFalse(browser.driver().getPageSource().contains(secret), "nowhere in the page any more");

        browser.click(By.id("subscription:regenerate"));
        browser.click(By.id("regenerate-form:regenerate-confirm"));
        String regenerated = browser.textOf(By.id("revealed-secret"));
        assertNotEquals(secret, regenerated);
        assertEquals(401, Api.tokenResponse(clientId, secret, "SI").statusCode(), "the old secret no longer works");
        assertEquals(200, Api.tokenResponse(clientId, regenerated, "SI").statusCode());

        // Issue #17: the API mode gave no way to its documentation, and going back to the portal no word of warning.
        assertTrue(browser.driver().findElement(By.id("subscription:api-documentation")).getAttribute("href").endsWith("/api/openapi"));
        browser.click(By.cssSelector("label[for='subscription:access-mode:0']"));
        assertTrue(browser.textOf(By.id("subscription:portal-switch-warning")).contains("restent dans votre logiciel"));
        browser.driver().navigate().refresh();
        assertTrue(browser.driver().findElements(By.id("subscription:portal-switch-warning")).isEmpty(), "nothing changed without saving");

        // Suspension: no new dossiers afterwards.
        browser.click(By.id("subscription:suspend"));
        browser.click(By.id("suspend-form:suspend-confirm"));
        waitText(By.id("status"), "Suspendu");
        assertEquals(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), browser.textOf(By.id("suspension-date")));
        assertFalse(Support.routing(MARSEILLE, "recensementCitoyen", start));
        assertEquals("Réactiver l'abonnement", browser.textOf(By.id("subscription:activate")));
    }

    /** Issue #17: « Ce champ est obligatoire. » five times without the field's name, and « Démarche * * ». */
    @Test
    void theNationalFormNamesEveryMissingField() throws Exception {
        loginWithCode("ines.lambert@numerique.test", DEMO_PASSWORD);
        browser.open("app/administration-abonnement.xhtml");
        String label = browser.driver().findElement(By.cssSelector("label[for^='intake:process']"))
                .getText();
        assertFalse(label.contains("* *") || label.contains("**"), label);
        browser.click(By.cssSelector("[id$=':create']"));
        String messages = browser.textOf(By.cssSelector(".ui-messages-error"));
        for (String field : new String[] {"Démarche", "N° SIRET", "Code guichet (code INSEE)", "Email"}) {
            assertTrue(messages.contains("Le champ « " + field), field + " in: " + messages);
        }
        assertFalse(messages.contains("Ce champ est obligatoire"), messages);
    }

    @Test
    void aLocalAdministratorCannotOpenAnotherOrganisationsSubscriptionOrUserByUrl() throws Exception {
        String clamartSubscription = Support.subscription("21920023500014", "CERTDC");
        String clamartUser = Support.user("lucas.petit@mairie-clamart.test");
        loginWithCode("paul.garnier@mairie-toulon.test", DEMO_PASSWORD);
        browser.open("app/abonnement.xhtml?id=" + clamartSubscription);
        assertTrue(browser.textOf(By.tagName("h1")).contains("Accès refusé"), browser.textOf(By.tagName("h1")));
        assertFalse(browser.driver().getPageSource().contains("COMMUNE DE CLAMART"));
        browser.open("app/utilisateur.xhtml?id=" + clamartUser);
        assertTrue(browser.textOf(By.tagName("h1")).contains("Accès refusé"));
        assertFalse(browser.driver().getPageSource().contains("lucas.petit"));
    }
}
