package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.text;
import static fr.gouv.hubee.it.ApiFieldClientsIT.aCase;
import static fr.gouv.hubee.it.ApiFieldClientsIT.attachment;
import static fr.gouv.hubee.it.ApiFieldClientsIT.folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of the reference hub that operator test kits and town-hall software depend on, each
 * as they would meet it: statuses set by either side (only closing and reopening are the
 * operator's), deposits invisible until sent, cases frozen while their folder is not completed,
 * referential round trips, token requests in every form seen in the wild, and bad input answered
 * with a 400 or 413 in the contract's words — never a 500, never half-written.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractRulesIT {

    static final String SECRET = "HubEE-it-rules-secret-2026";
    static final String CLAYE = "21770118000017";
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    @BeforeAll
    static void subscribers() throws Exception {
        Support.apiSubscriber(CLAYE, "77118", "CERTDC", "si-it-claye-certdc", SECRET, true);
    }

    private static String dgs() throws Exception {
        return Api.token("osl-dgs-demo", Api.DEMO_SECRET, "OSL");
    }

    /** A CERTDC case sent by DGS to Claye and completed; returns its id. */
    private static String certdcCase(String dgs, String number) throws Exception {
        byte[] pdf = "%PDF-1.4 c".getBytes(StandardCharsets.UTF_8);
        JsonObject folder = new OperatorSoftware("CertDc", dgs).send(folder("CERTDC", number,
                List.of(aCase(CLAYE, "77118", number + "-01")),
                List.of(attachment("c.pdf", "application/pdf", pdf.length, number + "-01"))), List.of(pdf));
        return text(folder.getJsonArray("cases").getJsonObject(0), "id");
    }

    private static String status(String token, String caseId) throws Exception {
        return text(QueueSoftware.object(Api.call("GET", "teledossiers/v1/cases/" + caseId + "?lite=true", token,
                null), 200), "status");
    }

    private static int events(String token, String caseId) throws Exception {
        return QueueSoftware.object(Api.call("GET", "teledossiers/v1/cases/" + caseId, token, null), 200)
                .getJsonArray("events").size();
    }

    @Test
    void eitherSideSetsACaseStatusOnlyClosingAndReopeningAreTheOperators() throws Exception {
        String dgs = dgs();
        String claye = Api.token("si-it-claye-certdc", SECRET, "SI");
        String caseId = certdcCase(dgs, "DGS-RUL-" + RUN + "-1");
        String path = "teledossiers/v1/cases/" + caseId;

        // The partners' test kit: the operator sets SI_RECEIVED, IN_PROGRESS and DONE itself.
        assertEquals(204, Api.call("PATCH", path, dgs, "{\"status\":\"SI_RECEIVED\"}").statusCode());
        HttpResponse<String> inProgress = Api.call("POST", path + "/events", dgs, "{\"actionType\":\"STATUS_UPDATE\","
                + "\"caseNewStatus\":\"IN_PROGRESS\",\"caseCurrentStatus\":\"HUBEE_NOTIFIED\",\"notification\":true}");
        assertEquals(201, inProgress.statusCode(), inProgress.body());
        assertEquals("SI_RECEIVED", text(Api.object(inProgress), "caseCurrentStatus"), "the status as it really was");
        assertEquals(204, Api.call("PATCH", path, dgs, "{\"status\":\"DONE\"}").statusCode());
        assertEquals("DONE", status(claye, caseId));

        // The README's two rules: the town hall neither closes nor reopens; nothing written when refused.
        int before = events(claye, caseId);
        assertEquals("Status CLOSED is set by the operator only", Api.error(Api.call("POST", path + "/events", claye,
                "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"CLOSED\",\"notification\":true}")));
        assertEquals("Status HUBEE_NOTIFIED (reopening) is set by the operator only",
                Api.error(Api.call("PATCH", path, claye, "{\"status\":\"HUBEE_NOTIFIED\"}")));
        assertTrue(Api.error(Api.call("PATCH", path, dgs, "{\"status\":\"FINISHED\"}"))
                .startsWith("#/status: FINISHED is not one of HUBEE_NOTIFIED, SENT, SI_RECEIVED"));
        assertEquals("DONE", status(claye, caseId));
        assertEquals(before, events(claye, caseId));

        // The town hall sets any other status, in any order (no state machine on the API).
        assertEquals(204, Api.call("PATCH", path, claye, "{\"status\":\"SI_INTG_ERROR\"}").statusCode());
        assertEquals(204, Api.call("PATCH", path, claye, "{\"status\":\"ADD_AWAITING\"}").statusCode());
        // The operator closes, then reopens.
        assertEquals(204, Api.call("PATCH", path, dgs, "{\"status\":\"CLOSED\"}").statusCode());
        assertEquals(204, Api.call("PATCH", path, dgs, "{\"status\":\"HUBEE_NOTIFIED\"}").statusCode());
        assertEquals("HUBEE_NOTIFIED", status(claye, caseId));
    }

    @Test
    void aDepositInProgressIsInvisibleToTheOtherSideUntilSent() throws Exception {
        String dgs = dgs();
        String claye = Api.token("si-it-claye-certdc", SECRET, "SI");
        String caseId = certdcCase(dgs, "DGS-RUL-" + RUN + "-2");
        byte[] annex = "%PDF-1.4 annexe".getBytes(StandardCharsets.UTF_8);
        JsonObject deposit = QueueSoftware.object(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", dgs,
                "{\"actionType\":\"ATTACH_DEPOSIT\",\"notification\":true,\"attachments\":[{\"fileName\":\"annexe.pdf\","
                        + "\"type\":\"Annexe\",\"size\":" + annex.length + ",\"mimeType\":\"application/pdf\"}]}"), 201);
        String eventPath = "teledossiers/v1/cases/" + caseId + "/events/" + text(deposit, "id");
        String filePath = eventPath + "/attachments/" + text(deposit.getJsonArray("attachments").getJsonObject(0), "id");

        // In progress: the town hall neither reads it, nor lists it, nor is notified of it.
        assertEquals("Event is not found", Api.error(Api.call("GET", eventPath, claye, null)));
        assertEquals("Event is not found", Api.error(Api.call("PATCH", eventPath, claye, "{\"status\":\"RECEIVED\"}")));
        assertFalse(caseEventIds(claye, caseId).contains(text(deposit, "id")));
        assertTrue(caseEventIds(dgs, caseId).contains(text(deposit, "id")), "its transmitter sees its draft");
        assertEquals(404, Api.download(filePath, claye).statusCode());

        assertEquals(204, Api.upload(filePath, dgs, annex, Api.sha256(annex)).statusCode());
        assertEquals(204, Api.call("PATCH", eventPath, dgs, "{\"status\":\"SENT\"}").statusCode());
        assertEquals("SENT", text(QueueSoftware.object(Api.call("GET", eventPath, claye, null), 200), "status"));
        assertTrue(caseEventIds(claye, caseId).contains(text(deposit, "id")));
        assertEquals(200, Api.download(filePath, claye).statusCode());

        // The town hall acknowledges it (twice: its software crashed before deleting): DGS is told once.
        assertEquals(204, Api.call("PATCH", eventPath, claye, "{\"status\":\"RECEIVED\"}").statusCode());
        assertEquals(204, Api.call("PATCH", eventPath, claye, "{\"status\":\"RECEIVED\"}").statusCode());
        assertEquals(1, Api.array(Api.call("GET", "teledossiers/v1/notifications?eventDetails=true&maxResult=1000", dgs,
                null)).getValuesAs(JsonObject.class).stream().filter(n -> text(deposit, "id").equals(text(n, "eventId"))
                && "RECEIVED".equals(text(n, "eventStatus"))).count());
    }

    private static List<String> caseEventIds(String token, String caseId) throws Exception {
        return QueueSoftware.object(Api.call("GET", "teledossiers/v1/cases/" + caseId, token, null), 200)
                .getJsonArray("events").getValuesAs(JsonObject.class).stream().map(e -> text(e, "id")).toList();
    }

    @Test
    void theCasesOfAFolderNotCompletedKeepTheirStatus() throws Exception {
        String dgs = dgs();
        String number = "DGS-RUL-" + RUN + "-3";
        JsonObject folder = QueueSoftware.object(Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC",
                number, List.of(aCase(CLAYE, "77118", number + "-01")),
                List.of(attachment("c.pdf", "application/pdf", 3, number + "-01")))), 201);
        String caseId = text(folder.getJsonArray("cases").getJsonObject(0), "id");
        String folderRefusal = Api.error(Api.call("PATCH", "teledossiers/v1/folders/" + text(folder, "id"), dgs,
                "{\"globalStatus\":\"IN_PROGRESS\"}"));
        assertEquals(folderRefusal, Api.error(Api.call("PATCH", "teledossiers/v1/cases/" + caseId, dgs,
                "{\"status\":\"CLOSED\"}")));
        assertEquals(folderRefusal, Api.error(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", dgs,
                "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"IN_PROGRESS\",\"notification\":true}")));
        JsonObject after = QueueSoftware.object(Api.call("GET", "teledossiers/v1/folders/" + text(folder, "id"), dgs,
                null), 200);
        assertEquals("HUBEE_RECEIVED", text(after.getJsonArray("cases").getJsonObject(0), "status"));
        assertEquals(0, events(dgs, caseId));
    }

    @Test
    void aSubscriptionReadWithItsDelegateIsPutBackUnchanged() throws Exception {
        String admin = Api.token("admin-demo", Api.DEMO_SECRET, "ADMIN");
        String id = Support.subscription("21920023500014", "JeChangeDeCoordonnees");
        HttpResponse<String> read = Api.call("GET", "referential/v1/subscriptions/" + id, admin, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("marc.dupuis@logiciels-mairies.test", Api.object(read).getJsonObject("delegationActor").getString("email"));
        HttpResponse<String> put = Api.call("PUT", "referential/v1/subscriptions/" + id, admin, read.body());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals(Api.object(read), Api.object(put), "nothing changed");
        assertEquals(Api.object(read), Api.object(Api.call("GET", "referential/v1/subscriptions/" + id, admin, null)));
    }

    @Test
    void tokensAsClientsInTheFieldAskForThem() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("osl-dila-demo:" + Api.DEMO_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        // JSON body with HTTP Basic.
        String token = Api.accessToken(Api.tokenRequest("application/json",
                "{\"grant_type\":\"client_credentials\",\"scope\":\"OSL\"}", "Authorization", basic));
        assertEquals(200, Api.call("GET", "teledossiers/v1/notifications?maxResult=1", token, null).statusCode());
        // JSON body carrying the client's credentials.
        Api.accessToken(Api.tokenRequest("application/json", "{\"grant_type\":\"client_credentials\",\"scope\":\"OSL\","
                + "\"client_id\":\"osl-dila-demo\",\"client_secret\":\"" + Api.DEMO_SECRET + "\"}"));
        // RFC 6749 client_secret_post.
        Api.accessToken(Api.tokenRequest("application/x-www-form-urlencoded", Api.form("grant_type",
                "client_credentials", "scope", "OSL", "client_id", "osl-dila-demo", "client_secret", Api.DEMO_SECRET)));
        assertEquals(401, Api.tokenRequest("application/json", "{\"grant_type\":\"client_credentials\",\"scope\":\"OSL\","
                + "\"client_id\":\"osl-dila-demo\",\"client_secret\":\"wrong\"}").statusCode());
        assertEquals(400, Api.tokenRequest("application/json", "{\"grant_type\":\"password\",\"scope\":\"OSL\"}",
                "Authorization", basic).statusCode());
    }

    @Test
    void badInputIsA400OrA413InTheContractsWordsNeverA500AndNothingIsWritten() throws Exception {
        String dgs = dgs();
        String number = "DGS-RUL-" + RUN + "-4";
        String longest = "É".repeat(255);
        String names = "{\"processCode\":\"CERTDC\",\"externalId\":\"" + number + "\",\"applicant\":{\"firstName\":\""
                + longest + "\",\"lastName\":\"" + longest + "\"},\"cases\":[" + aCase(CLAYE, "77118", number + "-01")
                + "],\"attachments\":[" + attachment("c.pdf", "application/pdf", 3, number + "-01") + "]}";
        HttpResponse<String> longNames = Api.call("POST", "teledossiers/v1/folders", dgs, names);
        assertEquals(201, longNames.statusCode(), longNames.body());
        assertEquals(longest, Api.object(longNames).getJsonObject("applicant").getString("lastName"));
        assertNull(Api.text(Api.object(longNames).getJsonObject("applicant"), "email"));

        String refused = number + "-X";
        assertEquals(400, Api.call("POST", "teledossiers/v1/folders", dgs, names.replace(number, refused)
                .replace("\"lastName\":\"" + longest, "\"lastName\":\"" + longest + "E")).statusCode());
        List<String> cases = IntStream.rangeClosed(1, 101).mapToObj(i -> aCase(CLAYE, "77118", refused + "-" + i)).toList();
        assertEquals("#/cases: at most 100 cases per folder", Api.error(Api.call("POST", "teledossiers/v1/folders", dgs,
                folder("CERTDC", refused, cases, List.of()))));
        List<String> files = IntStream.rangeClosed(1, 101).mapToObj(i -> attachment("f" + i + ".pdf", "application/pdf", 3,
                refused + "-1")).toList();
        assertEquals("#/attachments: at most 100 attachments per folder", Api.error(Api.call("POST",
                "teledossiers/v1/folders", dgs, folder("CERTDC", refused, List.of(aCase(CLAYE, "77118", refused + "-1")),
                        files))));
        for (String name : List.of("../../etc/passwd", "dossier/acte.pdf", "dossier\\\\acte.pdf", "..", "acte\\u0007.pdf",
                "acte\\n.pdf", "facture\\u202Efdp.exe")) {
            HttpResponse<String> response = Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC", refused,
                    List.of(aCase(CLAYE, "77118", refused + "-1")), List.of(attachment(name, "application/pdf", 3,
                            refused + "-1"))));
            assertEquals(400, response.statusCode(), name + ": " + response.body());
            assertTrue(Api.error(response).startsWith("#/attachments/0/fileName: "), response.body());
        }
        String padding = " ".repeat(1_100_000);
        HttpResponse<String> tooLarge = Api.call("POST", "teledossiers/v1/folders", dgs, "{\"comment\":\"" + padding + "\","
                + names.substring(1).replace(number, refused));
        assertEquals(413, tooLarge.statusCode(), tooLarge.body().substring(0, Math.min(200, tooLarge.body().length())));
        assertEquals("0", Support.get("folders/count", "externalId", refused));

        // An event's file name is checked the same way (the other side writes it to disk too).
        String caseId = certdcCase(dgs, number + "-E");
        assertTrue(Api.error(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", dgs,
                "{\"actionType\":\"ATTACH_DEPOSIT\",\"attachments\":[{\"fileName\":\"../annexe.pdf\",\"type\":\"Annexe\","
                        + "\"size\":3,\"mimeType\":\"application/pdf\"}]}")).startsWith("#/attachments/0/fileName: "));
        assertEquals(0, events(dgs, caseId));
    }

    @Test
    void everyNotificationCarriesItsKeysEvenNull() throws Exception {
        String dgs = dgs();
        String claye = Api.token("si-it-claye-certdc", SECRET, "SI");
        String caseId = certdcCase(dgs, "DGS-RUL-" + RUN + "-5");
        List<JsonObject> plain = new ArrayList<>();
        for (String query : List.of("", "?eventDetails=true")) {
            List<JsonObject> mine = Api.array(Api.call("GET", "teledossiers/v1/notifications" + query, claye, null))
                    .getValuesAs(JsonObject.class).stream().filter(n -> caseId.equals(text(n, "caseId"))).toList();
            assertEquals(1, mine.size());
            assertNull(text(mine.get(0), "eventId"), "a new case");
            plain.add(mine.get(0));
        }
        assertFalse(plain.get(0).containsKey("eventStatus"), "event details only when asked");
        assertNull(text(plain.get(1), "eventActionType"));
        assertNull(text(plain.get(1), "eventStatus"));
        assertEquals(plain.get(0).keySet().stream().sorted().collect(Collectors.joining(",")),
                "caseId,dateTime,eventId,id,processCode,recipient,transmitter");
    }

    /** The content decides, not the declared type: an HTML page declared as a PDF is REJECTED and not kept (issue #16). */
    @Test
    void aFileWhoseContentIsNotItsDeclaredTypeIsRejected() throws Exception {
        String dgs = dgs();
        String number = "DGS-RUL-" + RUN + "-html";
        byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        JsonObject folder = QueueSoftware.object(Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC", number,
                List.of(aCase(CLAYE, "77118", number + "-01")),
                List.of(attachment("certificat.pdf", "application/pdf", page.length, number + "-01")))), 201);
        String attachmentId = text(folder.getJsonArray("attachments").getJsonObject(0), "id");
        HttpResponse<String> refused = Api.upload("teledossiers/v1/folders/" + text(folder, "id") + "/attachments/"
                + attachmentId, dgs, page, null);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Api.error(refused).startsWith("File content is text/html"), refused.body());
        JsonObject after = QueueSoftware.object(Api.call("GET", "teledossiers/v1/folders/" + text(folder, "id"), dgs, null), 200);
        assertEquals("REJECTED", text(after.getJsonArray("attachments").getJsonObject(0), "status"));
    }
}
