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

    static final String SOPHIE = "sophie.bernard@mairie-clamart.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    private void loginAsSophie() throws Exception {
        int before = Mails.to(SOPHIE).size();
        login(SOPHIE, DEMO_PASSWORD);
        browser.type(By.id("code"), Mails.code(Mails.waitForNth(SOPHIE, before + 1)));
        browser.submit(By.id("submit"));
        browser.textOf(By.id("user-name"));
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
        assertTrue(column(3).stream().allMatch("Agent"::equals), column(3).toString());

        select("procedureMenu", "Formulaire QF - quotient familial");
        waitFound("1 ");
        assertEquals(List.of("Moreau"), column(1));

        browser.click(By.id("users-form:reset"));
        waitFound(all.split(" ")[0] + " ");
        browser.click(By.id("users-form:more-filters"));
        browser.type(By.id("users-form:name"), "pe");
        browser.click(By.id("users-form:search"));
        waitFound("1 ");
        assertEquals(List.of("Petit"), column(1));
    }
}
