package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent who works with the keyboard only (RGAA 7.3, 12.13; issue #17): skip link, login, the
 * « En cours » tab, a dossier opened, its status changed through the menu and the confirmation
 * dialog, and back to the list — Tab, Enter and arrows, never the mouse.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardBrowserIT extends BrowserTest {

    private static final int MAX_TABS = 120;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses Tab until the focused element is the one wanted; fails if the keyboard cannot reach it. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement element = focused();
            if (wanted.test(element)) {
                return element;
            }
        }
        throw new AssertionError(what + " cannot be reached with Tab");
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    @Test
    void anAgentChangesAStatusWithTheKeyboardOnly() throws Exception {
        browser.open("connexion.xhtml");
        WebElement skip = tabTo("the skip link", id("skip-link"));
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        tabTo("the e-mail field", id("email"));
        press("lucas.petit@mairie-clamart.test");
        tabTo("the password field", id("password"));
        press(DEMO_PASSWORD, Keys.ENTER);
        browser.textOf(By.id("user-name"));

        tabTo("the « En cours » tab", id("list:tab-EN_COURS"));
        press(Keys.ENTER);
        browser.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("list:tab-EN_COURS")).getAttribute("class")
                .contains("hubee-tab-active"));
        browser.awaitAjax();
        WebElement consult = tabTo("a dossier's « Consulter »", e -> e.getAttribute("class") != null
                && e.getAttribute("class").contains("hubee-consult"));
        assertTrue(consult.getText().contains("Consulter"));
        press(Keys.ENTER);
        String number = browser.textOf(By.id("number"));
        String status = browser.textOf(By.id("status"));

        tabTo("the status menu", id("dossier:change-status_label"));
        // The arrow picks the first status offered; the confirmation dialog opens, focus inside it.
        press(Keys.ARROW_DOWN);
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.wait(Duration.ofSeconds(5)).until(d -> focused().getAttribute("id").startsWith("status-form:"));
        // Escape: the dialog closes, nothing chosen, the focus back on the menu.
        press(Keys.ESCAPE);
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.wait(Duration.ofSeconds(5)).until(d -> "dossier:change-status_label".equals(focused().getAttribute("id")));
        assertEquals("Modifier le statut", browser.textOf(By.id("dossier:change-status_label")));
        press(Keys.ARROW_DOWN);
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.wait(Duration.ofSeconds(5)).until(d -> focused().getAttribute("id").startsWith("status-form:"));
        String target = browser.textOf(By.id("status-summary"));
        tabTo("« Valider »", id("status-form:status-confirm"));
        press(Keys.ENTER);
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.wait(Duration.ofSeconds(10)).until(d -> !d.findElement(By.id("status")).getText().equals(status));
        assertTrue(target.contains(browser.textOf(By.id("status"))), target + " / " + browser.textOf(By.id("status")));

        tabTo("« Retour à la liste »", e -> "Retour à la liste des télédossiers".equals(e.getText()));
        press(Keys.ENTER);
        browser.textOf(By.id("found"));
        assertTrue(browser.driver().getCurrentUrl().contains("teledossiers.xhtml"), browser.driver().getCurrentUrl());
        assertEquals(target.contains("Refusé") || target.contains("Traité") || target.contains("attente"), true,
                "the dossier " + number + " left « En cours »: " + target);
    }
}
