package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agent portal in Chromium (guide §4): counts and filters, sort and paging, the confirmed
 * consultation and download, bulk status change and bulk ZIP, message, comment and upload rules,
 * the month-grouped history. Assertions read the page itself, so other tests' changes to the
 * shared demo data do not matter.
 */
@ExtendWith(ArquillianExtension.class)
class DossierPortalBrowserIT extends BrowserTest {

    static final String LUCAS = "lucas.petit@mairie-clamart.test";
    static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy 'à' HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    @BeforeEach
    void loginAsLucas() {
        login(LUCAS, DEMO_PASSWORD);
        browser.textOf(By.id("found"));
    }

    private long tabCount(String status) {
        Matcher m = COUNT.matcher(browser.textOf(By.id("list:tab-" + status)));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private long found() {
        return Long.parseLong(browser.textOf(By.id("found")).split(" ")[0]);
    }

    private void showTab(String status) {
        String before = browser.textOf(By.id("found"));
        browser.click(By.id("list:tab-" + status));
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> {
            try {
                return d.findElement(By.id("list:tab-" + status)).getAttribute("class").contains("hubee-tab-active");
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        browser.textOf(By.id("found"));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector(".hubee-row"));
    }

    private void waitForAjax() {
        browser.wait(java.time.Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    @Test
    void countsAndEachFilter() throws Exception {
        assertEquals(tabCount("NOUVEAU"), found(), "the list opens on Nouveaux");
        long all = tabCount("TOUS");
        long sum = 0;
        for (String s : List.of("NOUVEAU", "RECU", "EN_COURS", "EN_ATTENTE", "REFUSE", "TRAITE", "CLOS")) {
            sum += tabCount(s);
        }
        assertEquals(all, sum, "the tabs add up to « Tous les télédossiers »");
        showTab("EN_COURS");
        assertEquals(tabCount("EN_COURS"), found());
        assertTrue(rows().stream().allMatch(r -> "EN_COURS".equals(r.getAttribute("data-status"))));

        // Header search, accents and case ignored.
        browser.type(By.id("header-search"), "lefevre");
        browser.submit(By.id("header-search-submit"));
        long unaccented = found();
        assertTrue(unaccented > 0);
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("LEFÈVRE")));
        browser.open("app/teledossiers.xhtml?recherche=" + java.net.URLEncoder.encode("LEFÈVRE", "UTF-8"));
        assertEquals(unaccented, found());

        // Démarche filter (multi-select), then Réinitialiser.
        browser.open("app/teledossiers.xhtml?statut=TOUS");
        long everything = found();
        browser.click(By.cssSelector("#list\\:procedures .ui-selectcheckboxmenu-trigger"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[contains(.,'Certificat de décès')]]//div[contains(@class,'ui-chkbox-box')]"));
        waitForAjax();
        browser.driver().findElement(By.tagName("h1")).click();
        waitForAjax();
        long certdc = found();
        assertTrue(certdc > 0 && certdc < everything, certdc + " of " + everything);
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("Certificat de décès électronique")));
        browser.click(By.id("list:reset"));
        waitForAjax();
        assertEquals(everything, found());

        // Period: an end date long ago finds nothing, a start date today only today's dossiers.
        browser.click(By.id("list:more-filters"));
        waitForAjax();
        // Typed and left in one stale-tolerant step: the form may be re-rendered under the field.
        browser.type(By.id("list:to_input"), "01/01/2020" + Keys.TAB);
        waitForAjax();
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> found() == 0);
        assertTrue(browser.textOf(By.cssSelector(".hubee-empty")).contains("Aucun télédossier"));
    }

    @Test
    void theListRefreshesItselfKeepingItsFiltersAndAStartOnlyPeriodRunsToToday() throws Exception {
        // Filters: état civil only, transmitted from today on.
        browser.click(By.cssSelector("#list\\:procedures .ui-selectcheckboxmenu-trigger"));
        browser.click(By.xpath("//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[contains(.,'état civil')]]//div[contains(@class,'ui-chkbox-box')]"));
        waitForAjax();
        browser.driver().findElement(By.tagName("h1")).click();
        browser.click(By.id("list:more-filters"));
        waitForAjax();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.type(By.id("list:from_input"), today + Keys.TAB);
        waitForAjax();
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> today.equals(d.findElement(By.id("list:from_input")).getAttribute("value")));
        long before = found();

        // The operator sends a new état civil dossier: it is transmitted now.
        Support.post("dossier/new", java.util.Map.of("siret", Demo.CLAMART, "procedure", "EtatCivil",
                "at", java.time.Instant.now().toString(), "attachment", "false"));
        assertEquals(300, ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return PF('listPoll').cfg.frequency")).intValue(), "refresh every 5 minutes");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("PF('listPoll').cfg.fn()");
        waitForAjax();
        // The refresh says what is new; the list is shown again when the agent asks (issue #17).
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("news-text"), "1 nouveau télédossier"));
        browser.click(By.id("list:show-news"));
        waitForAjax();
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> found() == before + 1);
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("état civil")), "démarche filter kept");
        assertEquals(today, browser.driver().findElement(By.id("list:from_input")).getAttribute("value"), "period kept");
        assertTrue(transmissionDates().stream().allMatch(d -> !d.toLocalDate().isBefore(java.time.LocalDate.parse(today,
                DateTimeFormatter.ofPattern("dd/MM/yyyy")))), "start only: from that day to today");
    }

    @Test
    void aLinkCarriesItsFiltersAndWhatItCannotReadIsSaid() {
        browser.open("app/teledossiers.xhtml?statut=TOUS");
        long everything = found();

        browser.open("app/teledossiers.xhtml?statut=TOUS&demarche=CERTDC&du=2020-01-01&tri=modification-desc&taille=20");
        long certdc = found();
        assertTrue(certdc > 0 && certdc < everything, certdc + " of " + everything);
        assertEquals(Math.min(20, certdc), rows().size(), "20 per page");
        assertTrue(rows().stream().allMatch(r -> r.getText().contains("Certificat de décès électronique")));
        assertEquals("01/01/2020", browser.driver().findElement(By.id("list:from_input")).getAttribute("value"),
                "the period is shown, its panel open");
        assertEquals("UPDATED_DESC", ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return PF('sortMenu').getSelectedValue()"));
        List<LocalDateTime> updated = dates("hubee-row-updated", "Mis à jour le ");
        assertTrue(isSorted(updated, true), updated.toString());
        assertTrue(browser.driver().findElements(By.cssSelector("#list\\:messages .ui-messages-error")).isEmpty());

        // Unreadable parts are ignored and said; the readable one (the status) still applies.
        browser.open("app/teledossiers.xhtml?statut=TOUS&demarche=INCONNUE&au=hier&tri=au-hasard&taille=30");
        assertTrue(browser.textOf(By.id("list:messages")).contains("Une partie du lien n'a pas pu être lue"));
        assertEquals(everything, found());
        assertEquals(Math.min(10, everything), rows().size(), "the default page size");
        browser.open("app/teledossiers.xhtml?statut=PERDU");
        assertTrue(browser.textOf(By.id("list:messages")).contains("Une partie du lien n'a pas pu être lue"));
        assertEquals(tabCount("NOUVEAU"), found(), "the default tab");
    }

    @Test
    void sortingPageSizesAndExports() throws Exception {
        showTab("TOUS");
        assertTrue(browser.driver().findElements(By.id("list:previous")).isEmpty(), "no « précédent » on the first page");
        choose("pageSizeMenu", "20");
        assertEquals(20, rows().size());
        waitForRange("1 - 20 /");
        List<LocalDateTime> desc = transmissionDates();
        assertTrue(isSorted(desc, true), desc.toString());

        browser.click(By.id("list:next"));
        waitForAjax();
        waitForRange("21 - 40 /");
        assertFalse(browser.driver().findElements(By.id("list:previous")).isEmpty());

        choose("sortMenu", "TRANSMITTED_ASC");
        waitForRange("1 - 20 /");
        assertTrue(isSorted(transmissionDates(), false));

        choose("pageSizeMenu", "100");
        long total = found();
        assertEquals(Math.min(100, total), rows().size());

        // Exports of the filtered list (all pages), CSV and XLSX.
        browser.clearDownloads();
        browser.click(By.id("list:export-csv"));
        List<String> lines = Files.readAllLines(browser.downloaded("teledossiers.csv"));
        assertTrue(lines.get(0).contains("\"Numéro\";\"Statut\";\"Démarche\""), lines.get(0));
        assertEquals(total, lines.size() - 1, "one line per dossier found");
        browser.click(By.id("list:export-xlsx"));
        Path xlsx = browser.downloaded("teledossiers.xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(xlsx.toFile())) {
            ZipEntry sheet = workbook.getEntry("xl/worksheets/sheet1.xml");
            String xml = new String(workbook.getInputStream(sheet).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xml.contains("r=\"" + (total + 1) + "\""), "header + one row per dossier");
            assertFalse(xml.contains("r=\"" + (total + 2) + "\""));
        }
    }

    /** Ticks a row's checkbox (PrimeFaces Ajax) and waits for the action bar to count the selection. */
    private void check(int row, int expectedCount) {
        WebElement box = rows().get(row).findElement(By.cssSelector("input[type=checkbox]"));
        // As a user scrolls a row out from under the docked action bar before ticking it.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("selected-count")).getText().startsWith(expectedCount + " "));
    }

    /** Picks an option of a PrimeFaces select menu through its widget, as a click on the item would. */
    private void choose(String widget, String value) {
        waitForAjax();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var w = PF(arguments[0]); if (w.getSelectedValue() != arguments[1]) { w.selectValue(arguments[1]); w.callBehavior('valueChange'); }", widget, value);
        waitForAjax();
    }

    /** The paginator's range once the Ajax update shows it (a new sort or size starts on page 1). */
    private void waitForRange(String prefix) {
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("range")).getText().startsWith(prefix));
    }

    private List<LocalDateTime> transmissionDates() {
        return dates("hubee-row-transmitted", "Transmis le ");
    }

    /** The rows' dates of one kind, read from « <label> 21/11/26 à 14:05[ par …] ». */
    private List<LocalDateTime> dates(String cssClass, String label) {
        List<LocalDateTime> dates = new ArrayList<>();
        for (WebElement row : rows()) {
            String text = row.findElement(By.className(cssClass)).getText().replace(label, "");
            dates.add(LocalDateTime.parse(text.substring(0, "dd/MM/yy à HH:mm".length()), SHORT));
        }
        return dates;
    }

    private static boolean isSorted(List<LocalDateTime> dates, boolean descending) {
        for (int i = 1; i < dates.size(); i++) {
            int c = dates.get(i - 1).compareTo(dates.get(i));
            if (descending ? c < 0 : c > 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void consultingANewDossierAsksForConfirmationThenMarksItReceived() {
        String number = rows().get(0).getAttribute("data-number");
        rows().get(0).findElement(By.className("hubee-consult")).click();
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("list:ack-dialog")));
        browser.submit(By.id("list:ack-confirm"));
        assertEquals(number, browser.textOf(By.id("number")));
        assertEquals("Reçu", browser.textOf(By.id("status")));
        assertTrue(browser.textOf(By.id("history")).contains("Lucas PETIT a changé le statut : Nouveau > Reçu"));
    }

    @Test
    void downloadingAReceivedDossierAsksForConfirmationStreamsItsZipAndStartsProcessing() throws Exception {
        showTab("RECU");
        WebElement row = rows().get(0);
        String number = row.getAttribute("data-number");
        row.findElement(By.className("hubee-download")).click();
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("list:download-dialog")));
        browser.click(By.id("list:download-confirm"));
        Path zip = browser.downloaded(number + ".zip");
        List<String> entries = zipEntries(zip);
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.endsWith(".pdf")) && entries.stream().anyMatch(e -> e.endsWith(".xml")));

        browser.open("app/teledossiers.xhtml?recherche=" + number);
        assertEquals("EN_COURS", rows().get(0).getAttribute("data-status"));
    }

    @Test
    void bulkStatusChangeThenBulkZipWithOneFolderPerDossier() throws Exception {
        // A laptop's window: the list is longer than the screen.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 640));
        showTab("EN_COURS");
        List<String> numbers = List.of(rows().get(0).getAttribute("data-number"), rows().get(1).getAttribute("data-number"));
        check(0, 1);
        // Issue #17: the bar of bulk actions used to appear below the last row, out of sight.
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.getElementById('selected-count').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;"), "the selection bar is in sight");
        check(1, 2);
        assertTrue(browser.driver().findElements(By.id("list:bulk-ACKNOWLEDGE")).isEmpty(), "En cours offers no « Accuser réception »");
        browser.click(By.id("list:bulk-REQUEST_COMPLEMENTS"));
        String summary = browser.textOf(By.id("status-summary"));
        assertTrue(summary.contains("En cours") && summary.contains("En attente de compléments"), summary);
        assertEquals("Ce changement s’appliquera à 2 télédossiers sélectionnés.", browser.textOf(By.id("status-count")),
                "the dialog says how many dossiers it changes");
        browser.type(By.id("list:bulk-comment"), "Merci de fournir le justificatif manquant.");
        browser.click(By.id("list:status-confirm"));
        waitForAjax();
        assertTrue(browser.textOf(By.id("list:messages")).contains("2 télédossier(s) passé(s) au statut « En attente de compléments »"));

        showTab("EN_ATTENTE");
        browser.clearDownloads();
        int selected = 0;
        for (int i = 0; i < rows().size() && selected < 2; i++) {
            if (numbers.contains(rows().get(i).getAttribute("data-number"))) {
                check(i, ++selected);
            }
        }
        assertEquals(2, selected, "both dossiers are now awaiting complements");
        // En attente de compléments offers « Finaliser le traitement » only (guide §4.3.2).
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id^='list:bulk-']")).stream()
                        .map(e -> e.getAttribute("id").replace("list:bulk-", ""))
                        .filter(id -> !id.startsWith("download")).toList().equals(List.of("FINISH")));
        browser.click(By.id("list:bulk-download-now"));
        List<String> entries = zipEntries(browser.downloaded(".zip"));
        for (String number : numbers) {
            assertEquals(2, entries.stream().filter(e -> e.startsWith(number + "/")).count(), entries.toString());
        }
    }

    @Test
    void detailPageLimitsRefusesAForbiddenUploadAndGroupsTheHistoryByMonth() throws Exception {
        browser.open("app/teledossiers.xhtml?statut=CLOS");
        rows().get(0).findElement(By.className("hubee-consult")).click();
        browser.textOf(By.id("number"));
        List<String> months = browser.driver().findElements(By.className("hubee-month-label")).stream().map(WebElement::getText).toList();
        assertFalse(months.isEmpty());
        List<YearMonth> parsed = months.stream().map(m -> YearMonth.parse(m.toLowerCase(Locale.FRENCH),
                DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH))).toList();
        assertEquals(parsed.stream().distinct().sorted(java.util.Comparator.reverseOrder()).toList(), parsed,
                "one heading per month, most recent first");
        assertTrue(browser.textOf(By.id("history")).contains("Le Portail HubEE a récupéré le télédossier."));

        // An état civil dossier: messages allowed, uploads of PDF only.
        browser.open("app/teledossier.xhtml?id=" + Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS"));
        browser.click(By.id("dossier:message-button"));
        String longText = "x".repeat(520);
        browser.type(By.id("message-form:message"), longText);
        assertEquals(500, browser.driver().findElement(By.id("message-form:message")).getAttribute("value").length(), "500 characters at most");
        assertTrue(browser.textOf(By.id("message-form:message-counter")).contains("0/500"));
        browser.click(By.id("message-form:send-message"));
        waitForAjax();
        assertTrue(browser.textOf(By.id("dossier:messages")).contains("Le message a été envoyé"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("message-form:message-dialog")));

        browser.type(By.id("dossier:comment"), "Pièce d'identité vérifiée");
        assertTrue(browser.textOf(By.id("dossier:comment-counter")).contains(String.valueOf(500 - "Pièce d'identité vérifiée".length())));
        browser.click(By.id("dossier:add-comment"));
        waitForAjax();
        String feedback = browser.textOf(By.id("dossier:messages"));
        String history = browser.textOf(By.id("history"));
        assertTrue(history.contains("Lucas PETIT a ajouté un commentaire : Pièce d'identité vérifiée"), feedback + " / " + history);

        Path text = Files.createTempFile("justificatif", ".txt");
        Files.writeString(text, "pas un PDF");
        browser.click(By.id("dossier:upload-button"));
        assertTrue(browser.textOf(By.id("upload-hint")).contains("Taille maximale"), "the limits are said before the choice");
        browser.driver().findElement(By.cssSelector("#upload-form\\:upload input[type=file]")).sendKeys(text.toString());
        // Issue #17: choosing a file used to send it at once; now the list waits for « Ajouter les pièces jointes ».
        Thread.sleep(500);
        assertFalse(browser.textOf(By.id("attachments")).contains(text.getFileName().toString()), "nothing sent before confirming");
        browser.click(By.cssSelector("#upload-form\\:upload .ui-fileupload-upload"));
        // The upload has its own request, outside PrimeFaces' Ajax queue: wait for its answer.
        browser.wait(java.time.Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier:messages"), "justificatif"));
        String refusal = browser.textOf(By.id("dossier:messages"));
        assertTrue(refusal.contains("n'est pas accepté") && refusal.contains("application/pdf"), refusal);
        assertFalse(browser.textOf(By.id("attachments")).contains(text.getFileName().toString()));
    }

    /**
     * Issue #17: the 5-minute refresh re-rendered the whole list: ticked rows, an open dialog and
     * the comment being typed in it were lost without a word. Now it only says what is new.
     */
    @Test
    void theAutoRefreshKeepsWorkInProgressAndSaysWhatIsNew() throws Exception {
        browser.open("app/teledossiers.xhtml?statut=NOUVEAU");
        check(0, 1);
        WebElement action = browser.driver().findElements(By.cssSelector("[id^='list:bulk-']")).stream()
                .filter(b -> !b.getAttribute("id").startsWith("list:bulk-download")).findFirst().orElseThrow();
        action.click();
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("list:status-dialog")));
        browser.type(By.id("list:bulk-comment"), "Pièces vérifiées, en attente du service");
        Support.post("dossier/new", Map.of("siret", Demo.CLAMART, "procedure", "EtatCivil", "at",
                java.time.Instant.now().toString(), "attachment", "true"));

        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("PF('listPoll').cfg.fn();");
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("news-text"), "1 nouveau télédossier"));
        assertTrue(browser.driver().findElement(By.id("list:status-dialog")).isDisplayed(), "the dialog is still open");
        assertEquals("Pièces vérifiées, en attente du service",
                browser.driver().findElement(By.id("list:bulk-comment")).getAttribute("value"), "the comment is still there");
        assertTrue(browser.textOf(By.id("selected-count")).startsWith("1 "), "the row is still ticked");
    }

    /**
     * Issue #17: the page size, sort and démarche were lost on F5 (the address did not follow),
     * and the left menu's counts ignored the filters the tabs followed.
     */
    @Test
    void theFiltersSurviveF5AndTheMenuCountsAsTheTabs() throws Exception {
        showTab("EN_COURS");
        choose("pageSizeMenu", "20");
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("taille=20"));
        choose("sortMenu", "UPDATED_ASC");
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("tri=modification-asc"));
        // One démarche ticked in the filter, as a click on its box would.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("var w = PF('procedureFilterMenu'); var label = arguments[0];"
                + " var value = w.jq.find('.ui-helper-hidden label').filter(function() { return this.textContent === label; })"
                + ".prev('input').val(); w.selectValue(value); w.callBehavior('change');", "Certificat de décès électronique");
        browser.wait(java.time.Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("demarche=CERTDC"));
        browser.driver().navigate().refresh();
        browser.textOf(By.id("found"));
        assertEquals("20", browser.driver().findElement(By.id("list:page-size_input")).getAttribute("value"));
        assertEquals("UPDATED_ASC", browser.driver().findElement(By.id("list:sort_input")).getAttribute("value"));
        assertTrue(browser.textOf(By.id("list:tab-EN_COURS")).contains("En cours"));
        assertEquals(tabCount("EN_COURS"), menuCount("EN_COURS"), "the menu counts as the tabs do");
    }

    private long menuCount(String status) {
        Matcher m = COUNT.matcher(browser.textOf(By.id("menu-" + status)));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    /** Issue #17: a dossier's link opened while logged out used to land on the list after login. */
    @Test
    void aDossierLinkOpenedLoggedOutLeadsToTheDossierAfterLogin() throws Exception {
        browser.logout();
        String id = Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS");
        browser.open("app/teledossier.xhtml?id=" + id);
        assertTrue(browser.driver().getCurrentUrl().contains("connexion.xhtml"), browser.driver().getCurrentUrl());
        browser.type(By.id("email"), LUCAS);
        browser.type(By.id("password"), DEMO_PASSWORD);
        browser.submit(By.id("submit"));
        browser.textOf(By.id("number"));
        assertTrue(browser.driver().getCurrentUrl().contains("teledossier.xhtml?id=" + id), browser.driver().getCurrentUrl());
    }

    /** Issue #17: an empty message used to close its dialog and show the error on the page behind it. */
    @Test
    void anEmptyMessageIsRefusedInsideItsDialog() throws Exception {
        browser.open("app/teledossier.xhtml?id=" + Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS"));
        browser.click(By.id("dossier:message-button"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("message-form:message-dialog")));
        browser.click(By.id("message-form:send-message"));
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-form:message-error"), "Saisissez le message"));
        browser.awaitAjax();
        assertTrue(browser.driver().findElement(By.id("message-form:message-dialog")).isDisplayed(), "the dialog stays open");
    }

    /** Picks a status in the detail page's « Modifier le statut » menu with the mouse, as an agent does. */
    private void pickStatus(String label) throws InterruptedException {
        browser.click(By.id("dossier:change-status"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("dossier:change-status_panel")));
        Thread.sleep(400); // the panel slides open: let it settle, as the eye does, before clicking an item
        browser.click(By.cssSelector("#dossier\\:change-status_items li[data-label='" + label + "']"));
        try {
            browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-form:status-dialog")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no dialog after choosing " + label + "; menu: "
                    + browser.driver().findElement(By.id("dossier:change-status")).getAttribute("outerHTML"), e);
        }
    }

    /**
     * Issue #17: « Annuler » in the status dialog used to leave the cancelled choice in the menu
     * (choosing it again did nothing), and nothing said that Refusé and Traité are final.
     */
    @Test
    void aCancelledStatusChoiceLeavesTheMenuAsItWasAndAFinalStatusIsAnnounced() throws Exception {
        String id = Support.dossier(Demo.CLAMART, "EtatCivil", "IN_PROGRESS");
        String before = Support.get("dossier/trace", "id", id);
        browser.open("app/teledossier.xhtml?id=" + id);
        pickStatus("Refusé");
        assertTrue(browser.textOf(By.id("status-final")).contains("définitif"));
        browser.click(By.id("status-form:status-cancel"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.awaitAjax();
        assertEquals("Modifier le statut", browser.textOf(By.id("dossier:change-status_label")));

        pickStatus("Refusé");
        assertTrue(browser.driver().findElement(By.id("status-form:status-dialog")).isDisplayed(), "the same choice opens the dialog again");
        browser.click(By.id("status-form:status-cancel"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-form:status-dialog")));
        browser.awaitAjax();
        pickStatus("En attente de compléments");
        assertTrue(browser.driver().findElements(By.id("status-final")).isEmpty(), "not final, nothing to warn");
        assertEquals(before, Support.get("dossier/trace", "id", id), "nothing was changed");
    }

    /** Issue #17: a dossier whose files were purged used to give a 22-byte empty ZIP without a word. */
    @Test
    void aDossierWhoseFilesWerePurgedSaysSoInsteadOfAnEmptyZip() throws Exception {
        String id = Support.get("dossier", "siret", Demo.CLAMART, "procedure", "CERTDC", "status", "CLOSED", "purged", "true");
        browser.open("app/teledossier.xhtml?id=" + id);
        String number = browser.textOf(By.id("number"));
        assertTrue(browser.textOf(By.id("nothing-to-download")).contains("Il n'y a rien à télécharger"));
        assertTrue(browser.driver().findElements(By.id("dossier:download-all")).isEmpty(), "no button that gives nothing");

        browser.open("app/teledossiers.xhtml?statut=CLOS&recherche=" + number);
        rows().get(0).findElement(By.className("hubee-download")).click();
        browser.wait(java.time.Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:messages"), "rien à télécharger"));
        Thread.sleep(1000);
        try (var files = Files.list(browser.downloads())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".zip")), "no empty ZIP");
        }
    }

    /**
     * Issue #17: a consultation-only agent used to see row checkboxes that led nowhere; the number
     * was plain text (the guide says click it); the header search showed to people without a
     * dossier role and led them to « Accès refusé ».
     */
    @Test
    void aConsultationOnlyAgentOpensByTheNumberAndTicksNothing() throws Exception {
        browser.logout();
        newAgentLoggedIn("lea.consultation@mairie-clamart.test", "CERTDC", true);
        browser.open("app/teledossiers.xhtml");
        assertFalse(rows().isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector(".hubee-row input[type=checkbox]")).isEmpty(), "nothing to tick");
        String number = rows().get(0).getAttribute("data-number");
        rows().get(0).findElement(By.linkText(number)).click();
        assertEquals(number, browser.textOf(By.id("number")));
        assertEquals(1, browser.driver().findElements(By.id("header-search")).size(), "she may search dossiers");

        browser.logout();
        login("marc.dupuis@logiciels-mairies.test", DEMO_PASSWORD);
        browser.textOf(By.id("user-name"));
        assertTrue(browser.driver().findElements(By.id("header-search")).isEmpty(), "no dossier role, no dossier search");
    }

    /** Issue #17: the footer's links went to « # ». */
    @Test
    void theFooterLeadsToTheTermsTheHelpAndTheAccessibilityDeclaration() {
        browser.click(By.id("footer-help"));
        assertEquals("Aide - Foire aux questions", browser.textOf(By.tagName("h1")));
        browser.click(By.id("footer-accessibility"));
        assertEquals("Déclaration d'accessibilité", browser.textOf(By.tagName("h1")));
        assertTrue(browser.textOf(By.id("contenu")).contains("Défenseur des droits"));
        assertTrue(browser.textOf(By.id("a11y-status")).contains("partiellement conforme"));
        browser.click(By.id("footer-cgu"));
        assertEquals("Conditions générales d'utilisation", browser.textOf(By.tagName("h1")));
    }

    @Test
    void anotherOrganisationsDossierByUrlIsRefused() throws Exception {
        browser.open("app/teledossier.xhtml?id=" + Support.dossier(Demo.TOULON, "CERTDC", "HUBEE_NOTIFIED"));
        assertEquals("Télédossier introuvable", browser.textOf(By.id("error-title")));
        assertTrue(browser.driver().findElements(By.id("number")).isEmpty());
    }

    /**
     * A Toulon agent opening a Clamart dossier by its URL gets the same answer as for a dossier that
     * does not exist — HTTP 404, one neutral sentence — and nothing is written on the dossier.
     */
    @Test
    void aTownHallAgentGetsA404ThatSaysNothingForAnotherTownHallsDossier() throws Exception {
        String clamart = Support.dossier(Demo.CLAMART, "CERTDC", "HUBEE_NOTIFIED");
        String before = Support.get("dossier/trace", "id", clamart);
        browser.driver().manage().deleteAllCookies();
        login("nadia.roux@mairie-toulon.test", DEMO_PASSWORD);
        String neutral = "Ce télédossier est introuvable ou ne vous est pas accessible.";
        for (String id : List.of(clamart, java.util.UUID.randomUUID().toString(), "pas-un-identifiant")) {
            String url = "app/teledossier.xhtml?id=" + id;
            browser.open(url);
            assertEquals("Télédossier introuvable", browser.textOf(By.id("error-title")), id);
            assertEquals(neutral, browser.textOf(By.id("error-text")), id);
            assertTrue(browser.driver().findElements(By.id("number")).isEmpty());
            assertEquals(404L, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));", url), id);
        }
        assertEquals(before, Support.get("dossier/trace", "id", clamart), "nothing written");
    }

    static List<String> zipEntries(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(in.readAllBytes().length > 0, e.getName() + " is empty");
                names.add(e.getName());
            }
        }
        return names;
    }
}
