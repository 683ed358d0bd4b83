package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page and every dialog, as each actor reaches them, through axe-core (WCAG 2.0 and 2.1, A
 * and AA): zero violations (issue #17). One list of findings per actor, so a failure names every
 * page at once.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private final List<String> findings = new ArrayList<>();

    private void check(String what) {
        browser.awaitAjax();
        browser.accessibilityViolations().forEach(v -> findings.add(what + ": " + v));
    }

    private void page(String path) {
        browser.open(path);
        check(path);
    }

    /** Opens a dialog by its widget, checks the page with it open, then closes it. */
    private void dialog(String path, String widget) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("PF(arguments[0]).show();", widget);
        browser.wait(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return PF(arguments[0]).isVisible();", widget)));
        check(path + " + " + widget);
        js.executeScript("PF(arguments[0]).hide();", widget);
    }

    private void assertNoFindings() {
        assertEquals(List.of(), findings, findings.size() + " accessibility violation(s)");
    }

    @Test
    void publicPages() {
        for (String path : List.of("", "connexion.xhtml", "mot-de-passe-oublie.xhtml", "cgu.xhtml", "aide.xhtml",
                "accessibilite.xhtml", "pas-de-page.xhtml", "nouveau-mot-de-passe.xhtml?jeton=perime")) {
            page(path);
        }
        login("lucas.petit@mairie-clamart.test", "mauvais-mot-de-passe");
        check("connexion.xhtml after a wrong password");
        assertNoFindings();
    }

    @Test
    void agentListDetailAndTheirDialogs() throws Exception {
        login("lucas.petit@mairie-clamart.test", DEMO_PASSWORD);
        browser.textOf(By.id("user-name"));
        page("app/teledossiers.xhtml");
        page("app/teledossiers.xhtml?statut=EN_COURS");
        browser.driver().findElements(By.cssSelector(".hubee-row input[type=checkbox]")).get(0).click();
        browser.wait(Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("selected-count")).getText().startsWith("1 "));
        check("app/teledossiers.xhtml with one dossier ticked");
        for (String widget : List.of("statusDialog", "ackDialog", "downloadDialog", "bulkDownloadDialog")) {
            dialog("app/teledossiers.xhtml", widget);
        }
        String detail = "app/teledossier.xhtml?id=" + Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS");
        page(detail);
        for (String widget : List.of("statusDialog", "messageDialog", "uploadDialog")) {
            dialog(detail, widget);
        }
        // The deposit dialog with a file chosen and not yet sent, then cancelled.
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("PF('uploadDialog').show();");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("justificatif-", ".pdf");
        java.nio.file.Files.writeString(file, "%PDF-1.4 justificatif");
        browser.driver().findElement(By.cssSelector("#upload-form\\:upload input[type=file]")).sendKeys(file.toString());
        browser.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
        check(detail + " + a file chosen in the deposit dialog");
        browser.click(By.cssSelector("#upload-form\\:upload .ui-fileupload-cancel"));
        js.executeScript("PF('uploadDialog').hide();");
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("upload-form:upload-dialog")));
        browser.click(By.id("dossier:add-comment"));
        browser.awaitAjax();
        check(detail + " after an empty comment");
        assertNoFindings();
    }

    /** WCAG 1.4.10: at 320 CSS px (a phone, or 400 % zoom) the pages reflow without sideways scrolling. */
    @Test
    void pagesReflowAt320Pixels() throws Exception {
        login("lucas.petit@mairie-clamart.test", DEMO_PASSWORD);
        browser.textOf(By.id("user-name"));
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
        for (String path : List.of("app/teledossiers.xhtml?statut=EN_COURS",
                "app/teledossier.xhtml?id=" + Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS"), "aide.xhtml")) {
            browser.open(path);
            browser.awaitAjax();
            Object widths = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            List<?> w = (List<?>) widths;
            if (((Number) w.get(0)).longValue() > ((Number) w.get(1)).longValue()) {
                findings.add(path + ": " + w.get(0) + " px of content in a " + w.get(1) + " px wide window");
            }
        }
        assertNoFindings();
    }

    @Test
    void consultationOnlyAgent() throws Exception {
        newAgentLoggedIn("lea.lecture@mairie-clamart.test", "CERTDC", true);
        page("app/teledossiers.xhtml");
        page("app/teledossier.xhtml?id=" + Support.dossier(Demo.CLAMART, "CERTDC", "IN_PROGRESS"));
        assertNoFindings();
    }

    @Test
    void localAdministratorUsersSubscriptionsAndJournal() throws Exception {
        loginWithCode(UserAdminBrowserIT.SOPHIE);
        page("app/utilisateurs.xhtml");
        browser.click(By.id("users-form:more-filters"));
        check("app/utilisateurs.xhtml, more filters");
        page("app/utilisateur-nouveau.xhtml");
        browser.click(By.id("menu-users"));
        browser.click(By.cssSelector("a.pi-pencil"));
        browser.textOf(By.id("page-title"));
        check("app/utilisateur.xhtml");
        dialog("app/utilisateur.xhtml", "activeDialog");
        page("app/abonnements.xhtml");
        browser.click(By.cssSelector("[id$='subscriptions'] tbody a"));
        browser.textOf(By.id("page-title"));
        check("app/abonnement.xhtml");
        for (String widget : List.of("activateDialog", "suspendDialog")) {
            dialog("app/abonnement.xhtml", widget);
        }
        page("app/journal-audit.xhtml");
        assertNoFindings();
    }

    @Test
    void technicalDelegateApiSubscription() throws Exception {
        login("marc.dupuis@logiciels-mairies.test", DEMO_PASSWORD);
        browser.textOf(By.id("user-name"));
        page("app/abonnements.xhtml");
        browser.click(By.cssSelector("[id$='subscriptions'] tbody a"));
        browser.textOf(By.id("page-title"));
        check("app/abonnement.xhtml (API)");
        if (!browser.driver().findElements(By.id("subscription:regenerate")).isEmpty()) {
            dialog("app/abonnement.xhtml (API)", "regenerateDialog");
        }
        assertNoFindings();
    }

    @Test
    void nationalAdministratorAndTheCodeStep() throws Exception {
        String ines = "ines.lambert@numerique.test";
        int before = Mails.to(ines).size();
        login(ines, DEMO_PASSWORD);
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        check("code.xhtml");
        browser.type(By.id("code"), Mails.code(Mails.waitForNth(ines, before + 1)));
        browser.submit(By.id("submit"));
        browser.textOf(By.id("user-name"));
        for (String path : List.of("app/administration-abonnement.xhtml", "app/administration-clients-api.xhtml",
                "app/administration-taches.xhtml", "app/journal-audit.xhtml", "app/abonnements.xhtml")) {
            page(path);
        }
        assertNoFindings();
    }
}
