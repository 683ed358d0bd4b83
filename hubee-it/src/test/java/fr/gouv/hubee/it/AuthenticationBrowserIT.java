package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Getting into the portal as people do, in Chromium, with the mails read from GreenMail:
 * activation, forgotten password, two-step login, lockout, expiry, deactivation, logout, CSRF.
 */
@ExtendWith(ArquillianExtension.class)
class AuthenticationBrowserIT extends BrowserTest {

    static final String PASSWORD = DEMO_PASSWORD;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private void choosePassword(String password, String confirmation) {
        browser.type(By.id("password"), password);
        browser.type(By.id("confirmation"), confirmation);
        browser.submit(By.id("submit"));
    }

    private String messages() {
        return browser.textOf(By.id("messages"));
    }

    @Test
    void firstLoginThroughTheActivationMail() throws Exception {
        String email = "aline.martin@mairie-clamart.test";
        Support.post("users", Map.of("as", "sophie.bernard@mairie-clamart.test", "email", email,
                "firstName", "Aline", "lastName", "Martin", "procedure", "CERTDC"));

        MimeMessage mail = Mails.waitForNth(email, 1);
        assertEquals("HubEE - Créez votre mot de passe", mail.getSubject());
        assertTrue(Mails.text(mail).contains("valable 48 heures"));
        assertTrue(Mails.html(mail).contains("Créer mon mot de passe"));
        browser.driver().get(Mails.link(mail));
        assertEquals("Créer votre mot de passe", browser.textOf(By.tagName("h1")));

        choosePassword("motdepasse", "motdepasse");
        String refused = messages();
        assertTrue(refused.contains("au moins un chiffre"), refused);
        assertTrue(refused.contains("lettre en majuscule"), refused);
        assertTrue(refused.contains("caractère spécial"), refused);

        choosePassword("Aline-2026!", "Aline-2026?");
        assertTrue(messages().contains("La confirmation ne correspond pas"));

        choosePassword("Aline-2026!", "Aline-2026!");
        assertEquals("Aline Martin", browser.textOf(By.id("user-name")));
        assertEquals("Télédossiers", browser.textOf(By.id("page-title")));

        // The link is single-use.
        browser.driver().get(Mails.link(mail));
        assertTrue(browser.textOf(By.id("link-invalid")).contains("n'est pas ou plus valable"));
        assertTrue(Support.audit(email).contains("PASSWORD_CHANGED,LOGIN_SUCCESS"), Support.audit(email));
    }

    @Test
    void expiredActivationLinkIsRefusedWithTheWayOut() throws Exception {
        String email = "bruno.retard@mairie-clamart.test";
        Support.post("users", Map.of("as", "sophie.bernard@mairie-clamart.test", "email", email,
                "firstName", "Bruno", "lastName", "Retard", "procedure", "EtatCivil"));
        MimeMessage mail = Mails.waitForNth(email, 1);
        assertEquals("1", Support.post("tokens/age", Map.of("email", email, "purpose", "ACTIVATION", "hours", "49")));

        browser.driver().get(Mails.link(mail));
        assertTrue(browser.textOf(By.id("link-expired")).contains("Ce lien a expiré"));
        assertTrue(browser.driver().findElements(By.id("password")).isEmpty());
        browser.click(By.id("forgot-link"));
        assertEquals("Mot de passe oublié", browser.textOf(By.tagName("h1")));

        // Issue #17: the account used to show « Actif : Oui » and nothing let its administrator send a new link.
        loginWithCode(UserAdminBrowserIT.SOPHIE);
        browser.open("app/utilisateurs.xhtml");
        browser.click(By.cssSelector("a[title='Modifier le compte de Bruno Retard']"));
        assertEquals("En attente d’activation", browser.textOf(By.id("active")));
        browser.click(By.id("user:resend-activation"));
        assertTrue(browser.textOf(By.id("user:messages")).contains("Un lien d’activation valable 48 heures a été envoyé"));
        browser.logout();
        browser.driver().get(Mails.link(Mails.waitForNth(email, 2)));
        browser.type(By.id("password"), "Bruno-Retard-2026!");
        browser.type(By.id("confirmation"), "Bruno-Retard-2026!");
        browser.submit(By.id("submit"));
        assertEquals("Bruno Retard", browser.textOf(By.id("user-name")));
    }

    @Test
    void forgottenPasswordEndToEndWithoutRevealingAccounts() throws Exception {
        String email = "nadia.roux@mairie-toulon.test";
        browser.open("connexion.xhtml");
        browser.click(By.id("forgot-link"));
        browser.type(By.id("email"), "personne@nulle-part.test");
        browser.submit(By.id("submit"));
        String neutral = messages();
        assertTrue(neutral.contains("Si un compte actif existe pour cette adresse"), neutral);

        browser.open("mot-de-passe-oublie.xhtml");
        browser.type(By.id("email"), "Nadia.Roux@mairie-toulon.test");
        browser.submit(By.id("submit"));
        assertEquals(neutral, messages(), "the same answer for an existing account");

        MimeMessage mail = Mails.waitForNth(email, 1);
        assertEquals("HubEE - Réinitialisation de votre mot de passe", mail.getSubject());
        assertTrue(Mails.to("personne@nulle-part.test").isEmpty());
        browser.driver().get(Mails.link(mail));
        choosePassword(PASSWORD, PASSWORD);
        assertTrue(messages().contains("différent de l'actuel"));
        choosePassword("Toulon-2026#", "Toulon-2026#");
        assertEquals("Nadia Roux", browser.textOf(By.id("user-name")));

        browser.logout();
        login(email, "Toulon-2026#");
        assertEquals("Nadia Roux", browser.textOf(By.id("user-name")));
    }

    @Test
    void administratorLogsInWithTheCodeSentByMail() throws Exception {
        String email = "paul.garnier@mairie-toulon.test";
        int before = Mails.to(email).size();
        login(email, PASSWORD);
        assertEquals("Vérification en deux étapes", browser.textOf(By.tagName("h1")));
        MimeMessage mail = Mails.waitForNth(email, before + 1);
        assertEquals("HubEE - Votre code de connexion", mail.getSubject());
        String code = Mails.code(mail);

        String wrong = code.equals("000000") ? "111111" : "000000";
        browser.type(By.id("code"), wrong);
        browser.submit(By.id("submit"));
        assertTrue(messages().contains("Le code saisi est incorrect."));

        browser.type(By.id("code"), code);
        browser.submit(By.id("submit"));
        assertEquals("Paul Garnier", browser.textOf(By.id("user-name")));
        // A local administrator without dossier role lands on his subscriptions (guide §5.2.3).
        assertEquals("Abonnements", browser.textOf(By.id("page-title")));
        String audit = Support.audit(email);
        assertTrue(audit.contains("CODE_SENT,CODE_REJECTED,CODE_ACCEPTED,LOGIN_SUCCESS"), audit);
        assertFalse(audit.contains(code), "no code in the audit");
    }

    /**
     * After repeated failures the account is slowed down, even for the right password, with the
     * answer an unknown account gets (issue #16: a lockout must not confirm that an account
     * exists); the owner is told by mail.
     */
    @Test
    void repeatedFailuresSlowTheAccountDownEvenForTheRightPasswordWithTheSameAnswer() throws Exception {
        String email = "marc.dupuis@logiciels-mairies.test";
        int mailsBefore = Mails.to(email).size();
        for (int i = 1; i <= 5; i++) {
            login(email, "Mauvais-" + i);
            assertTrue(messages().contains("Identifiant ou mot de passe incorrect."), "attempt " + i);
        }
        login(email, PASSWORD);
        assertTrue(messages().contains("Identifiant ou mot de passe incorrect."), "slowed down even with the right password");
        assertFalse(messages().contains("verrouillé"), "nothing says the account exists");
        assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
        login("personne.inconnue@mairie.test", "Mauvais-1");
        String unknown = messages();
        login(email, PASSWORD);
        assertEquals(unknown, messages(), "the same answer as for an unknown account");
        assertTrue(Support.audit(email).contains("LOCKOUT,LOGIN_REFUSED_LOCKED"), Support.audit(email));
        assertEquals("HubEE - Tentatives de connexion à votre compte", Mails.waitForNth(email, mailsBefore + 1).getSubject());
    }

    @Test
    void expiredPasswordMustBeChangedAtLogin() throws Exception {
        String email = "chloe.moreau@mairie-clamart.test";
        Support.post("users/expire-password", Map.of("email", email));
        login(email, PASSWORD);
        assertEquals("Votre mot de passe a expiré", browser.textOf(By.tagName("h1")));
        browser.open("app/accueil.xhtml");
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("connexion.xhtml"));

        login(email, PASSWORD);
        choosePassword("Chloe-2026!", "Chloe-2026!");
        assertEquals("Chloé Moreau", browser.textOf(By.id("user-name")));
        assertTrue(Support.audit(email).contains("PASSWORD_EXPIRED,PASSWORD_CHANGED,LOGIN_SUCCESS"), Support.audit(email));
    }

    /**
     * ASVS 3.3.3: a reset through the mailed link, in another browser, ends the session opened
     * with the old password — its next page is the login page saying why (issue #16).
     */
    @Test
    void aPasswordResetElsewhereEndsTheOtherSessions() throws Exception {
        String email = "karim.benali@hauts-de-seine.test";
        login(email, PASSWORD);
        assertEquals("Karim Benali", browser.textOf(By.id("user-name")));
        int before = Mails.to(email).size();
        Browser other = new Browser();
        try {
            other.open("mot-de-passe-oublie.xhtml");
            other.type(By.id("email"), email);
            other.submit(By.id("submit"));
            other.driver().get(Mails.link(Mails.waitForNth(email, before + 1)));
            other.type(By.id("password"), "Karim-Nouveau-2026!");
            other.type(By.id("confirmation"), "Karim-Nouveau-2026!");
            other.submit(By.id("submit"));
            assertEquals("Karim Benali", other.textOf(By.id("user-name")), "the new session is open");

            browser.open("app/accueil.xhtml");
            browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("connexion.xhtml"));
            assertTrue(browser.textOf(By.id("session-revoked")).contains("Votre session a pris fin"));
            assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
            other.open("app/accueil.xhtml");
            assertEquals("Karim Benali", other.textOf(By.id("user-name")), "the session of the reset goes on");
        } finally {
            other.close();
        }
    }

    @Test
    void deactivatedAccountIsRefused() throws Exception {
        String email = "aude.depart@mairie-clamart.test";
        Support.post("users", Map.of("as", "sophie.bernard@mairie-clamart.test", "email", email,
                "firstName", "Aude", "lastName", "Départ", "procedure", "CERTDC"));
        browser.driver().get(Mails.link(Mails.waitForNth(email, 1)));
        choosePassword("Aude-2026!", "Aude-2026!");
        assertEquals("Aude Départ", browser.textOf(By.id("user-name")));
        browser.logout();

        Support.post("users/deactivate", Map.of("email", email));
        login(email, "Aude-2026!");
        assertTrue(messages().contains("Votre compte est désactivé. Contactez l'administrateur local de votre service."));
        assertTrue(browser.driver().findElements(By.id("user-name")).isEmpty());
    }

    @Test
    void afterLogoutTheBackButtonShowsNothingPrivate() {
        login("lucas.petit@mairie-clamart.test", PASSWORD);
        assertEquals("Lucas Petit", browser.textOf(By.id("user-name")));
        browser.logout();
        assertEquals("Bienvenue sur HubEE", browser.textOf(By.id("welcome-title")));
        browser.driver().navigate().back();
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("connexion.xhtml"));
        assertFalse(browser.driver().getPageSource().contains("Lucas Petit"));
    }

    @Test
    void aPostWithoutAValidViewStateIsRejected() throws Exception {
        login("lucas.petit@mairie-clamart.test", PASSWORD);
        assertEquals("Lucas Petit", browser.textOf(By.id("user-name")));
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session.isHttpOnly());

        // A forged « Déconnexion » POST, as another site could send it with the user's cookie.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + "app/teledossiers.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user-menu=user-menu&user-menu%3Alogout=user-menu%3Alogout"
                        + "&jakarta.faces.ViewState=-1234567890%3A987654321"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("La page a expiré"), forged.statusCode() + " " + forged.body());

        // The forged logout did nothing: the session is still logged in.
        browser.open("app/teledossiers.xhtml");
        assertEquals("Lucas Petit", browser.textOf(By.id("user-name")));
        HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + "app/teledossiers.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }
}
