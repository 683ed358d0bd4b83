package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Where the API and the portal meet, seen in Chromium: what an operator's software declares is
 * shown as the operator's, never as an agent of the town hall; a file an agent deposits in the
 * portal reaches the operator's software as a sent deposit it can download.
 */
@ExtendWith(ArquillianExtension.class)
class ApiPortalBrowserIT extends BrowserTest {

    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    @Test
    void whatAnOperatorDeclaresIsShownAsTheOperators() throws Exception {
        String dgs = Api.token("osl-dgs-demo", Api.DEMO_SECRET, "OSL");
        String number = "DGS-WEB-" + RUN;
        byte[] pdf = "%PDF-1.4 certificat".getBytes(StandardCharsets.UTF_8);
        JsonObject folder = new OperatorSoftware("CertDc", dgs).send(ApiFieldClientsIT.folder("CERTDC", number,
                List.of(ApiFieldClientsIT.aCase(JobsIT.TOULON, "83137", number + "-01")),
                List.of(ApiFieldClientsIT.attachment("certificat.pdf", "application/pdf", pdf.length, number + "-01"))),
                List.of(pdf));
        String caseId = text(folder.getJsonArray("cases").getJsonObject(0), "id");
        HttpResponse<String> message = Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", dgs,
                "{\"actionType\":\"SENDING_MESSAGE\",\"message\":\"Le volet médical suit.\",\"author\":\"Jean Dupont\","
                        + "\"notification\":true}");
        assertEquals(201, message.statusCode(), message.body());

        login("nadia.roux@mairie-toulon.test", DEMO_PASSWORD);
        browser.textOf(By.id("found"));
        browser.open("app/teledossier.xhtml?id=" + caseId);
        String history = browser.textOf(By.id("history"));
        assertTrue(history.contains("DIRECTION GENERALE DE LA SANTE (déclaré : Jean Dupont) a envoyé un message :"
                + " Le volet médical suit."), history);
        assertFalse(history.contains("Jean Dupont a "), "never shown like an agent of the town hall: " + history);
    }

    @Test
    void aFileDepositedInThePortalReachesTheOperatorsSoftware() throws Exception {
        String dila = Api.token("osl-dila-demo", Api.DEMO_SECRET, "OSL");
        String number = "DILA-WEB-" + RUN;
        byte[] request = "%PDF-1.4 demande".getBytes(StandardCharsets.UTF_8);
        JsonObject folder = new OperatorSoftware("service-public.fr", dila).send(ApiFieldClientsIT.folder("EtatCivil",
                number, List.of(ApiFieldClientsIT.aCase(Demo.CLAMART, "92023", number + "-01")),
                List.of(ApiFieldClientsIT.attachment("demande.pdf", "application/pdf", request.length, number + "-01"))),
                List.of(request));
        String caseId = text(folder.getJsonArray("cases").getJsonObject(0), "id");

        login(DossierPortalBrowserIT.LUCAS, DEMO_PASSWORD);
        browser.textOf(By.id("found"));
        browser.open("app/teledossier.xhtml?id=" + caseId);
        // A new dossier opens with the reception dialog: the agent confirms, the dossier is Reçu.
        browser.click(By.id("ack-form:ack-confirm"));
        browser.wait(java.time.Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("ack-form:ack-dialog")));
        Path act = Files.createTempFile("acte-", ".pdf");
        byte[] content = "%PDF-1.4 acte de naissance déposé".getBytes(StandardCharsets.UTF_8);
        Files.write(act, content);
        browser.click(By.id("dossier:upload-button"));
        browser.driver().findElement(By.cssSelector("#upload-form\\:upload input[type=file]")).sendKeys(act.toString());
        browser.click(By.cssSelector("#upload-form\\:upload .ui-fileupload-upload"));
        browser.wait(java.time.Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), act.getFileName().toString()));

        // The operator's software: one notification, a sent deposit whose file it downloads.
        JsonObject note = Api.array(Api.call("GET", "teledossiers/v1/notifications?eventDetails=true&maxResult=1000",
                dila, null)).getValuesAs(JsonObject.class).stream()
                .filter(n -> caseId.equals(text(n, "caseId")) && "ATTACH_DEPOSIT".equals(text(n, "eventActionType")))
                .findFirst().orElseThrow();
        assertEquals("SENT", text(note, "eventStatus"));
        String eventPath = "teledossiers/v1/cases/" + caseId + "/events/" + text(note, "eventId");
        JsonObject deposit = Api.object(Api.call("GET", eventPath, dila, null));
        assertEquals("Lucas PETIT", text(deposit, "author"));
        JsonObject file = deposit.getJsonArray("attachments").getJsonObject(0);
        HttpResponse<byte[]> downloaded = Api.download(eventPath + "/attachments/" + text(file, "id"), dila);
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(content, downloaded.body());
        String sha256 = java.util.Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-256").digest(content));
        assertEquals(sha256, downloaded.headers().firstValue("digest").orElse(null), "the digest the operator checks");
        assertEquals(204, Api.call("PATCH", eventPath, dila, "{\"status\":\"RECEIVED\"}").statusCode());
    }
}
