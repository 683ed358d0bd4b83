package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/** « Gestion des comptes » in Chromium, as the local administrator of Clamart (two-step login). */
@ExtendWith(ArquillianExtension.class)
class UserAdminBrowserIT extends BrowserTest {

    static final String SOPHIE = "sophie.bernard@mairie-clamart.test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private void loginAsSophie() throws Exception {
        loginWithCode(SOPHIE);
    }

    private List<String> column(int index) {
        return browser.driver().findElements(By.cssSelector("#users-form\\:users tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    private void waitFound(String expectedPrefix) {
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("users-found")).getText().startsWith(expectedPrefix));
    }

    /** Picks the option with this label in a PrimeFaces select menu, as a click would. */
    private void select(String widget, String label) {
        ((JavascriptExecutor) browser.driver()).executeScript("var w = PF(arguments[0]); var label = arguments[1];"
                + " var value = w.input.find('option').filter(function() { return this.text === label; }).val();"
                + " w.selectValue(value); w.callBehavior('valueChange');", widget, label);
    }

    @Test
    void filtersAddUpAndTheSingleAdministratorHintShows() throws Exception {
        loginAsSophie();
        browser.click(By.id("menu-users"));
        String all = browser.textOf(By.id("users-found"));
        assertTrue(browser.textOf(By.id("users-form:single-admin")).contains("au moins deux"));
        assertTrue(column(5).get(column(2).indexOf("Sophie")).contains("Sans habilitations"));

        select("actorMenu", "Agent");
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("users-found")).getText().equals(all));
        String agents = browser.textOf(By.id("users-found"));
        assertTrue(column(3).stream().allMatch("Agent"::equals), column(3).toString());

        // Other tests of this run may add agents: the démarche filter narrows the agents to those habilitated.
        select("procedureMenu", "Formulaire QF - quotient familial");
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("users-found")).getText().equals(agents));
        assertTrue(column(1).contains("Moreau"), column(1).toString());
        assertTrue(!column(1).contains("Petit") && !column(1).contains("Bernard"), column(1).toString());
        assertTrue(column(3).stream().allMatch("Agent"::equals), "the filters add up");

        browser.click(By.id("users-form:reset"));
        waitFound(all.split(" ")[0] + " ");
        browser.click(By.id("users-form:more-filters"));
        // As a user does: type, then Enter (issue #17: Enter used to close the panel and filter nothing).
        browser.type(By.id("users-form:name"), "pe");
        browser.driver().findElement(By.id("users-form:name")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFound("1 ");
        assertEquals("1 utilisateur trouvé", browser.textOf(By.id("users-found")));
        assertEquals(List.of("Petit"), column(1));
        assertTrue(browser.driver().findElement(By.id("users-form:name")).isDisplayed(), "the search panel stays open");
    }

    /** Ticks démarches in a PrimeFaces checkbox menu by label, as clicks would. */
    private void check(String widget, String... labels) {
        for (String label : labels) {
            ((JavascriptExecutor) browser.driver()).executeScript("var w = PF(arguments[0]); var label = arguments[1];"
                    + " var value = w.jq.find('.ui-helper-hidden label').filter(function() { return this.textContent === label; }).prev('input').val();"
                    + " w.selectValue(value); w.callBehavior('change');", widget, label);
        }
    }

    private void waitEnabled(By button) {
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(button).isEnabled() && !d.findElement(button).getAttribute("class").contains("ui-state-disabled"));
    }

    private void activate(String email, String password) throws Exception {
        browser.driver().get(Mails.link(Mails.waitForNth(email, 1)));
        browser.type(By.id("password"), password);
        browser.type(By.id("confirmation"), password);
        browser.submit(By.id("submit"));
    }

    private List<String> options(String selectCss) {
        return browser.driver().findElements(By.cssSelector(selectCss)).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    @Test
    void createdAgentActivatesHisAccountAndSeesOnlyHisHabilitatedDemarche() throws Exception {
        loginAsSophie();
        browser.click(By.id("menu-users"));
        browser.click(By.id("add-user"));
        assertEquals("Ajouter un utilisateur", browser.textOf(By.id("page-title")));
        assertTrue(!browser.driver().findElement(By.id("new-user:add")).isEnabled(), "nothing typed yet");

        select("actorTypeMenu", "Agent");
        check("proceduresMenu", "Formulaire QF - quotient familial");
        browser.type(By.id("new-user:email"), "accueil@mairie-clamart.test");
        browser.type(By.id("new-user:lastName"), "Nouvel");
        browser.type(By.id("new-user:firstName"), "Agathe");
        browser.type(By.id("new-user:phone"), "01 46 42");
        assertTrue(browser.textOf(By.id("new-user:phone-error")).contains("n'est pas un numéro français"));
        browser.type(By.id("new-user:phone"), "01 46 42 12 34");
        browser.awaitAjax();
        waitEnabled(By.id("new-user:add"));
        browser.click(By.id("new-user:add"));
        assertTrue(browser.textOf(By.id("new-user:messages")).contains("boîtes fonctionnelles"),
                "a functional mailbox is refused with a French message");

        String email = "agathe.nouvel@mairie-clamart.test";
        browser.type(By.id("new-user:email"), email);
        browser.awaitAjax();
        waitEnabled(By.id("new-user:add"));
        browser.click(By.id("new-user:add"));
        browser.wait(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("utilisateurs.xhtml"));
        assertTrue(browser.textOf(By.id("users-form:messages")).contains(email + " a été créé"));
        assertTrue(column(1).contains("Nouvel"), column(1).toString());

        browser.logout();
        activate(email, "Agathe-2026!");
        assertEquals("Agathe Nouvel", browser.textOf(By.id("user-name")));
        assertEquals(List.of("Formulaire QF - quotient familial"), options(".ui-helper-hidden label[for^='list:procedures:']"));
        List<String> shown = browser.driver().findElements(By.cssSelector(".hubee-row-procedure")).stream()
                .map(e -> e.getText()).distinct().toList();
        assertEquals(List.of("Formulaire QF - quotient familial"), shown);
    }

    @Test
    void editRefusesAnInvalidPhoneInFrenchAndDeactivationRefusesTheLogin() throws Exception {
        String email = "bruno.edite@mairie-clamart.test";
        Support.post("users", java.util.Map.of("as", SOPHIE, "email", email, "firstName", "Bruno", "lastName", "Edite",
                "procedure", "CERTDC"));
        activate(email, "Bruno-2026!");
        assertEquals("Bruno Edite", browser.textOf(By.id("user-name")));
        browser.logout();

        loginAsSophie();
        browser.click(By.id("menu-users"));
        browser.click(By.cssSelector("a[title='Modifier le compte de Bruno Edite']"));
        assertEquals("Compte utilisateur - Bruno Edite", browser.textOf(By.id("page-title")));
        assertTrue(browser.driver().findElements(By.id("user:save")).isEmpty(), "no save button before a change");

        browser.type(By.id("user:phone"), "01 46 42");
        assertTrue(browser.textOf(By.id("user:phone-error")).contains("n'est pas un numéro français"));
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("user:save")).isEnabled());
        assertTrue(browser.textOf(By.id("user:incomplete")).contains("numéro de téléphone français valide"));

        browser.click(By.id("user:cancel"));
        browser.wait(Duration.ofSeconds(10)).until(d -> d.findElements(By.id("user:save")).isEmpty());
        assertEquals("+33146421234", browser.driver().findElement(By.id("user:phone")).getAttribute("value"));

        // Issue #17: a number written as people write it (spaces, dots) is accepted and stored as +33….
        browser.type(By.id("user:phone"), "01.46.61.67.03");
        browser.type(By.id("user:function"), "Officier d'état civil");
        browser.awaitAjax();
        assertEquals("", browser.driver().findElement(By.id("user:phone-error")).getText(), "no error for a well-written number");
        waitEnabled(By.id("user:save"));
        browser.click(By.id("user:save"));
        assertTrue(browser.textOf(By.id("user:messages")).contains("enregistrées"));
        assertEquals("+33146616703", browser.driver().findElement(By.id("user:phone")).getAttribute("value"));

        browser.click(By.id("user:toggle-active"));
        browser.click(By.id("active-form:active-confirm"));
        browser.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("active")).getText().equals("Non"));
        assertEquals("Activer le compte", browser.textOf(By.id("user:toggle-active")));

        // « Journal des droits »: the deactivation, who did it; the filters go into the URL.
        browser.click(By.id("menu-audit-local"));
        assertEquals("Journal des droits", browser.textOf(By.id("page-title")));
        assertTrue(browser.driver().findElements(By.id("audit-type")).isEmpty(), "a local administrator reads rights changes only");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('audit-from').value = arguments[0];",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
        browser.click(By.id("audit-filter"));
        browser.wait(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("du="));
        List<String> rows = browser.driver().findElements(By.cssSelector("tr.hubee-audit-row")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        assertTrue(rows.stream().anyMatch(r -> r.contains("Droits modifiés") && r.contains("Bruno Edite")
                && r.contains("désactivé par Sophie BERNARD") && r.contains("127.0.0.1")), rows.toString());
        browser.logout();

        login(email, "Bruno-2026!");
        assertTrue(browser.textOf(By.id("messages")).contains("Votre compte est désactivé"));
    }
}
