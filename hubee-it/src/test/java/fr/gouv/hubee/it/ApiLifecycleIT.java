package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's API walkthrough over real HTTP, as operator and town-hall software call it:
 * token → folder → upload → complete → the SI reads its notification → downloads → status event →
 * the operator reads it and closes. CERTDC (DGS, two recipient SIs) and EtatCivil (DILA, one).
 */
@ExtendWith(ArquillianExtension.class)
class ApiLifecycleIT {

    static final String SECRET = "HubEE-it-api-secret-2026";
    static final String MEAUX = "21770284000012";
    static final String MELUN = "21770288000018";
    static final String PROVINS = "21770379000019";
    static final String SUSPENDED = "21770468000018";
    static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.earWithSupport();
    }

    @BeforeAll
    static void subscribers() throws Exception {
        subscribe(MEAUX, "77284", "CERTDC", "si-it-meaux-certdc", true);
        subscribe(MELUN, "77288", "CERTDC", "si-it-melun-certdc", true);
        subscribe(PROVINS, "77379", "EtatCivil", "si-it-provins-etatcivil", true);
        subscribe(SUSPENDED, "77468", "CERTDC", "si-it-suspendu-certdc", false);
    }

    private static void subscribe(String siret, String branch, String procedure, String clientId, boolean active)
            throws Exception {
        Support.apiSubscriber(siret, branch, procedure, clientId, SECRET, active);
    }

    private static String si(String clientId) throws Exception {
        return Api.token(clientId, SECRET, "SI");
    }

    private static String osl(String clientId) throws Exception {
        return Api.token(clientId, Api.DEMO_SECRET, "OSL");
    }

    private static String recipient(String siret, String branch) {
        return "{\"type\":\"SI\",\"companyRegister\":\"" + siret + "\",\"branchCode\":\"" + branch + "\"}";
    }

    private static String attachment(String name, String mime, int size, String... recipients) {
        return "{\"fileName\":\"" + name + "\",\"type\":\"Formulaire\",\"size\":" + size + ",\"mimeType\":\"" + mime
                + "\",\"recipients\":[" + String.join(",", java.util.Arrays.stream(recipients).map(r -> "\"" + r + "\"").toList()) + "]}";
    }

    private static String folder(String process, String externalId, List<String> cases, List<String> attachments) {
        return "{\"processCode\":\"" + process + "\",\"externalId\":\"" + externalId + "\","
                + "\"applicant\":{\"firstName\":\"Zoé\",\"lastName\":\"Bécaud\",\"email\":\"zoe.becaud@courriel.test\"},"
                + "\"cases\":[" + String.join(",", cases) + "],\"attachments\":[" + String.join(",", attachments) + "]}";
    }

    private static String aCase(String siret, String branch, String externalId) {
        return "{\"recipient\":" + recipient(siret, branch) + ",\"externalId\":\"" + externalId + "\"}";
    }

    /** The notifications of a token for one case, with their event details. */
    private static List<JsonObject> notificationsOf(String token, String caseId) throws Exception {
        HttpResponse<String> response = Api.call("GET", "teledossiers/v1/notifications?eventDetails=true&maxResult=1000", token, null);
        assertEquals(200, response.statusCode(), response.body());
        return Api.array(response).stream().map(v -> (JsonObject) v)
                .filter(n -> caseId.equals(n.getString("caseId", null))).toList();
    }

    private static HttpResponse<String> event(String token, String caseId, String json, String... headers) throws Exception {
        return Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", token, json, headers);
    }

    private static String caseStatus(String token, String caseId) throws Exception {
        HttpResponse<String> response = Api.call("GET", "teledossiers/v1/cases/" + caseId + "?lite=true", token, null);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response).getString("status");
    }

    @Test
    void certdcFolderForTwoTownHalls() throws Exception {
        String dgs = osl("osl-dgs-demo");
        String meaux = si("si-it-meaux-certdc");
        String melun = si("si-it-melun-certdc");
        String number = "DGS-IT-" + RUN + "-1";
        byte[] certificate = "%PDF-1.4 certificat de décès (test)".getBytes(StandardCharsets.UTF_8);
        byte[] annex = "<annexe>volet médical</annexe>".getBytes(StandardCharsets.UTF_8);

        // 1. The operator declares the folder: ids, cases and attachments come back in request order.
        HttpResponse<String> created = Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC", number,
                List.of(aCase(MEAUX, "77284", number + "-01"), aCase(MELUN, "77288", number + "-02")),
                List.of(attachment("certificat.pdf", "application/pdf", certificate.length, number + "-01", number + "-02"),
                        attachment("annexe.xml", "application/xml", annex.length, number + "-02"))),
                "editorName", "DGS", "applicationName", "CertDc", "softwareVersion", "3.2");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject folder = Api.object(created);
        String folderId = folder.getString("id");
        assertEquals("HUBEE_RECEIVED", folder.getString("globalStatus"));
        assertEquals("CertDc", folder.getJsonObject("partnerInfo").getString("applicationName"));
        JsonArray cases = folder.getJsonArray("cases");
        assertEquals(number + "-01", cases.getJsonObject(0).getString("externalId"));
        assertEquals(MEAUX, cases.getJsonObject(0).getJsonObject("recipient").getString("companyRegister"));
        assertEquals(number + "-02", cases.getJsonObject(1).getString("externalId"));
        assertEquals("HUBEE_RECEIVED", cases.getJsonObject(1).getString("status"));
        String meauxCase = cases.getJsonObject(0).getString("id");
        String melunCase = cases.getJsonObject(1).getString("id");
        JsonArray files = folder.getJsonArray("attachments");
        assertEquals("certificat.pdf", files.getJsonObject(0).getString("fileName"));
        assertEquals("PENDING", files.getJsonObject(0).getString("status"));
        assertEquals("annexe.xml", files.getJsonObject(1).getString("fileName"));
        String certificateId = files.getJsonObject(0).getString("id");
        String annexId = files.getJsonObject(1).getString("id");

        // Not completed: the town hall neither sees the case nor has a notification.
        assertEquals("Case is not found", Api.error(Api.call("GET", "teledossiers/v1/cases/" + meauxCase, meaux, null)));
        assertTrue(notificationsOf(meaux, meauxCase).isEmpty());

        // 2. Uploads: a wrong digest or size is rejected (and said so), then the right file is received.
        String path = "teledossiers/v1/folders/" + folderId + "/attachments/";
        HttpResponse<String> wrongDigest = Api.upload(path + certificateId, dgs, certificate, Api.sha256(annex));
        assertEquals(400, wrongDigest.statusCode());
        assertTrue(Api.error(wrongDigest).startsWith("Digest does not match the file"), wrongDigest.body());
        assertEquals("REJECTED", Api.object(Api.call("GET", "teledossiers/v1/folders/" + folderId, dgs, null))
                .getJsonArray("attachments").getJsonObject(0).getString("status"));
        assertEquals("Every attachment must be uploaded before the folder is completed",
                Api.error(Api.call("PATCH", "teledossiers/v1/folders/" + folderId, dgs, "{\"globalStatus\":\"HUBEE_COMPLETED\"}")));
        assertEquals(204, Api.upload(path + certificateId, dgs, certificate, Api.sha256(certificate)).statusCode());
        HttpResponse<String> tooBig = Api.upload(path + annexId, dgs, (new String(annex, StandardCharsets.UTF_8) + "!").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        HttpResponse<String> tooShort = Api.upload(path + annexId, dgs, java.util.Arrays.copyOf(annex, annex.length - 1), null);
        assertEquals(400, tooShort.statusCode());
        assertTrue(Api.error(tooShort).contains("does not match the declared size"), tooShort.body());
        assertEquals(204, Api.upload(path + annexId, dgs, annex, "SHA-256=" + Api.sha256(annex)).statusCode());
        assertEquals("Attachment is already received", Api.error(Api.upload(path + annexId, dgs, annex, null)));

        // 3. Completion: POST without the override header is 405; with it, PATCH.
        assertEquals("Method not allowed", Api.error(Api.call("POST", "teledossiers/v1/folders/" + folderId, dgs,
                "{\"globalStatus\":\"HUBEE_COMPLETED\"}")));
        assertEquals(204, Api.call("POST", "teledossiers/v1/folders/" + folderId, dgs,
                "{\"globalStatus\":\"HUBEE_COMPLETED\"}", "X-HTTP-Method-Override", "PATCH").statusCode());
        assertEquals("A folder can only be deleted while HUBEE_RECEIVED",
                Api.error(Api.call("DELETE", "teledossiers/v1/folders/" + folderId, dgs, null)));

        // 4. Each town hall has one notification for its own case, and reads only its case.
        List<JsonObject> meauxNotes = notificationsOf(meaux, meauxCase);
        assertEquals(1, meauxNotes.size());
        assertNull(Api.text(meauxNotes.get(0), "eventId"), "a new case has no event (the key is there, null)");
        assertEquals("CERTDC", meauxNotes.get(0).getString("processCode"));
        assertEquals(1, notificationsOf(melun, melunCase).size());
        assertTrue(notificationsOf(meaux, melunCase).isEmpty());
        assertEquals("Unauthorized user", Api.error(Api.call("GET", "teledossiers/v1/cases/" + melunCase, meaux, null)));
        JsonObject meauxView = Api.object(Api.call("GET", "teledossiers/v1/cases/" + meauxCase, meaux, null));
        assertEquals("HUBEE_NOTIFIED", meauxView.getString("status"));
        assertEquals(1, meauxView.getJsonArray("attachments").size(), "Meaux receives the certificate only");

        // 5. Downloads carry the digest; the annex is not Meaux's.
        HttpResponse<byte[]> download = Api.download("teledossiers/v1/cases/" + meauxCase + "/attachments/" + certificateId, meaux);
        assertEquals(200, download.statusCode());
        assertArrayEquals(certificate, download.body());
        assertEquals(Api.sha256(certificate), download.headers().firstValue("digest").orElseThrow());
        assertEquals(404, Api.download("teledossiers/v1/cases/" + meauxCase + "/attachments/" + annexId, meaux).statusCode());
        assertArrayEquals(annex, Api.download("teledossiers/v1/cases/" + melunCase + "/attachments/" + annexId, melun).body());

        // 6. Status by event only (no PATCH): the hub applies caseNewStatus and notifies the operator.
        HttpResponse<String> received = event(meaux, meauxCase, "{\"actionType\":\"STATUS_UPDATE\","
                + "\"caseNewStatus\":\"SI_RECEIVED\",\"notification\":true,\"author\":\"Logiciel état civil\"}");
        assertEquals(201, received.statusCode(), received.body());
        String eventId = Api.object(received).getString("id");
        assertEquals("HUBEE_NOTIFIED", Api.object(received).getString("caseCurrentStatus"));
        assertEquals("SI_RECEIVED", caseStatus(meaux, meauxCase));
        assertEquals("HUBEE_NOTIFIED", caseStatus(melun, melunCase), "the other town hall's case is untouched");
        assertEquals(204, Api.call("DELETE", "teledossiers/v1/notifications/" + meauxNotes.get(0).getString("id"), meaux, null).statusCode());
        assertEquals("Notification is not found", Api.error(Api.call("DELETE",
                "teledossiers/v1/notifications/" + meauxNotes.get(0).getString("id"), meaux, null)));

        // 7. Ping-pong: the operator's notification shows the event's current status.
        List<JsonObject> dgsNotes = notificationsOf(dgs, meauxCase);
        assertEquals(1, dgsNotes.size());
        assertEquals(eventId, dgsNotes.get(0).getString("eventId"));
        assertEquals("STATUS_UPDATE", dgsNotes.get(0).getString("eventActionType"));
        assertEquals("SENT", dgsNotes.get(0).getString("eventStatus"));
        assertEquals("Only the transmitter of an event can send it", Api.error(Api.call("PATCH",
                "teledossiers/v1/cases/" + meauxCase + "/events/" + eventId, dgs, "{\"status\":\"SENT\"}")));
        assertEquals(204, Api.call("PATCH", "teledossiers/v1/cases/" + meauxCase + "/events/" + eventId, dgs,
                "{\"status\":\"RECEIVED\"}").statusCode());
        assertEquals("RECEIVED", notificationsOf(dgs, meauxCase).get(0).getString("eventStatus"));
        assertEquals("RECEIVED", Api.object(Api.call("GET", "teledossiers/v1/cases/" + meauxCase + "/events/" + eventId,
                meaux, null)).getString("status"));

        // 8. CERTDC takes no file from town halls; an SI cannot close; internal comments stay internal.
        HttpResponse<String> deposit = event(meaux, meauxCase, "{\"actionType\":\"ATTACH_DEPOSIT\",\"notification\":true,"
                + "\"attachments\":[{\"fileName\":\"a.pdf\",\"type\":\"Justificatif\",\"size\":3,\"mimeType\":\"application/pdf\"}]}");
        assertEquals(400, deposit.statusCode());
        assertTrue(Api.error(deposit).contains("does not accept application/pdf from the SI"), deposit.body());
        assertEquals("Status CLOSED is set by the operator only", Api.error(event(meaux, meauxCase,
                "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"CLOSED\",\"notification\":true}")));
        assertEquals("SI_RECEIVED", caseStatus(meaux, meauxCase), "nothing written by a refused event");
        String comment = Api.object(event(meaux, meauxCase, "{\"actionType\":\"COM_ADD\",\"comment\":\"Appeler la famille\","
                + "\"notification\":true}")).getString("id");
        assertEquals("Event is not found", Api.error(Api.call("GET", "teledossiers/v1/cases/" + meauxCase + "/events/" + comment, dgs, null)));
        assertTrue(notificationsOf(dgs, meauxCase).stream().noneMatch(n -> comment.equals(n.getString("eventId", null))));
        JsonObject seenByDgs = Api.object(Api.call("GET", "teledossiers/v1/cases/" + meauxCase, dgs, null));
        assertEquals(1, seenByDgs.getJsonArray("events").size(), "the operator sees the status event only");

        // 9. The operator closes, then reopens; the town hall is notified of both.
        assertEquals(201, event(dgs, meauxCase, "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"CLOSED\","
                + "\"notification\":true,\"message\":\"Famille informée\"}").statusCode());
        assertEquals("CLOSED", caseStatus(meaux, meauxCase));
        assertEquals(201, event(dgs, meauxCase, "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"HUBEE_NOTIFIED\","
                + "\"notification\":true,\"message\":\"Réouverture\"}").statusCode());
        assertEquals("HUBEE_NOTIFIED", caseStatus(meaux, meauxCase));
        List<JsonObject> reopened = notificationsOf(meaux, meauxCase).stream()
                .filter(n -> "SENT".equals(n.getString("eventStatus"))).toList();
        assertEquals(2, reopened.size());
        assertTrue(reopened.stream().allMatch(n -> "STATUS_UPDATE".equals(n.getString("eventActionType"))));
        // And the acknowledgement of its own SI_RECEIVED event, which DGS set to RECEIVED in step 7.
        assertEquals(List.of(eventId), notificationsOf(meaux, meauxCase).stream()
                .filter(n -> "RECEIVED".equals(n.getString("eventStatus"))).map(n -> n.getString("eventId")).toList());
    }

    @Test
    void etatCivilFolderWithADepositFromTheTownHall() throws Exception {
        String dila = osl("osl-dila-demo");
        String provins = si("si-it-provins-etatcivil");
        String number = "DILA-IT-" + RUN + "-2";
        byte[] request = "%PDF-1.4 demande d'acte".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = Api.call("POST", "teledossiers/v1/folders", dila, folder("EtatCivil", number,
                List.of(aCase(PROVINS, "77379", number + "-01")),
                List.of(attachment("demande.pdf", "application/pdf", request.length, number + "-01"))));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject folder = Api.object(created);
        String caseId = folder.getJsonArray("cases").getJsonObject(0).getString("id");
        String fileId = folder.getJsonArray("attachments").getJsonObject(0).getString("id");
        assertEquals(204, Api.upload("teledossiers/v1/folders/" + folder.getString("id") + "/attachments/" + fileId, dila,
                request, Api.sha256(request)).statusCode());
        assertEquals(204, Api.call("PATCH", "teledossiers/v1/folders/" + folder.getString("id"), dila,
                "{\"globalStatus\":\"HUBEE_COMPLETED\"}").statusCode());

        JsonObject note = notificationsOf(provins, caseId).get(0);
        assertEquals("EtatCivil", note.getString("processCode"));
        assertArrayEquals(request, Api.download("teledossiers/v1/cases/" + caseId + "/attachments/" + fileId, provins).body());
        assertEquals(201, event(provins, caseId, "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"IN_PROGRESS\","
                + "\"notification\":true}").statusCode());
        assertEquals(204, Api.call("DELETE", "teledossiers/v1/notifications/" + note.getString("id"), provins, null).statusCode());

        // A deposit: IN_PROGRESS (no notification yet) → file uploaded → SENT → the operator is notified.
        byte[] answer = "%PDF-1.4 acte de naissance".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> deposit = event(provins, caseId, "{\"actionType\":\"ATTACH_DEPOSIT\",\"notification\":true,"
                + "\"message\":\"Acte joint\",\"attachments\":[{\"fileName\":\"acte.pdf\",\"type\":\"Acte\",\"size\":"
                + answer.length + ",\"mimeType\":\"application/pdf\"}]}", "softwareVersion", "2.1");
        assertEquals(201, deposit.statusCode(), deposit.body());
        JsonObject depositEvent = Api.object(deposit);
        String depositId = depositEvent.getString("id");
        String answerId = depositEvent.getJsonArray("attachments").getJsonObject(0).getString("id");
        assertEquals("IN_PROGRESS", depositEvent.getString("status"));
        assertEquals("2.1", depositEvent.getJsonObject("partnerInfo").getString("softwareVersion"));
        String eventPath = "teledossiers/v1/cases/" + caseId + "/events/" + depositId;
        assertTrue(notificationsOf(dila, caseId).stream().noneMatch(n -> depositId.equals(n.getString("eventId", null))));
        assertEquals("Every attachment must be uploaded before the event is sent",
                Api.error(Api.call("PATCH", eventPath, provins, "{\"status\":\"SENT\"}")));
        assertEquals(404, Api.download(eventPath + "/attachments/" + answerId, dila).statusCode(), "a draft is not readable");
        assertEquals(204, Api.upload(eventPath + "/attachments/" + answerId, provins, answer, Api.sha256(answer)).statusCode());
        assertEquals(204, Api.call("POST", eventPath, provins, "{\"status\":\"SENT\"}", "X-HTTP-Method-Override", "PATCH").statusCode());
        JsonObject depositNote = notificationsOf(dila, caseId).stream()
                .filter(n -> depositId.equals(n.getString("eventId", null))).findFirst().orElseThrow();
        assertEquals("ATTACH_DEPOSIT", depositNote.getString("eventActionType"));
        assertEquals("SENT", depositNote.getString("eventStatus"));
        HttpResponse<byte[]> fetched = Api.download(eventPath + "/attachments/" + answerId, dila);
        assertArrayEquals(answer, fetched.body());
        assertEquals(Api.sha256(answer), fetched.headers().firstValue("digest").orElseThrow());
        assertEquals("Only an ATTACH_DEPOSIT event in IN_PROGRESS can be deleted, by its transmitter",
                Api.error(Api.call("DELETE", eventPath, provins, null)));

        // A deposit abandoned while in progress can be deleted.
        String draft = Api.object(event(provins, caseId, "{\"actionType\":\"ATTACH_DEPOSIT\",\"attachments\":[{\"fileName\":"
                + "\"b.pdf\",\"type\":\"Acte\",\"size\":4,\"mimeType\":\"application/pdf\"}]}")).getString("id");
        assertEquals(204, Api.call("DELETE", "teledossiers/v1/cases/" + caseId + "/events/" + draft, provins, null).statusCode());
        assertEquals("Event is not found", Api.error(Api.call("GET", "teledossiers/v1/cases/" + caseId + "/events/" + draft, provins, null)));

        // Done by the town hall, closed by the operator once the citizen is informed.
        assertEquals(201, event(provins, caseId, "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"DONE\",\"notification\":true}").statusCode());
        assertEquals(204, Api.call("PATCH", "teledossiers/v1/cases/" + caseId, dila, "{\"status\":\"CLOSED\"}").statusCode());
        assertEquals("CLOSED", caseStatus(provins, caseId));
        assertEquals("Status HUBEE_NOTIFIED (reopening) is set by the operator only",
                Api.error(Api.call("PATCH", "teledossiers/v1/cases/" + caseId, provins, "{\"status\":\"HUBEE_NOTIFIED\"}")));
    }

    @Test
    void errorsInTheContractsWordsAndNothingWrittenWhenRefused() throws Exception {
        String dgs = osl("osl-dgs-demo");
        String dila = osl("osl-dila-demo");
        String meaux = si("si-it-meaux-certdc");

        assertTrue(Api.error(Api.call("GET", "teledossiers/v1/cases/not-a-uuid", meaux, null))
                .endsWith("[ERROR][REQUEST][GET /teledossiers/v1/cases/not-a-uuid @path.caseId] Input string \"not-a-uuid\" is not a valid UUID"));
        assertEquals("Case is not found", Api.error(Api.call("GET", "teledossiers/v1/cases/" + UUID.randomUUID(), meaux, null)));
        assertEquals("Folder is not found", Api.error(Api.call("GET", "teledossiers/v1/folders/" + UUID.randomUUID(), dgs, null)));
        assertEquals("Notification is not found", Api.error(Api.call("DELETE", "teledossiers/v1/notifications/" + UUID.randomUUID(), meaux, null)));
        assertEquals(401, Api.call("GET", "teledossiers/v1/notifications", null, null).statusCode());
        assertTrue(Api.error(Api.call("GET", "teledossiers/v1/notifications?maxResult=abc", meaux, null)).contains("@query.maxResult"));

        // Wrong scope: an SI token cannot create folders; another operator's démarche is not DILA's.
        String number = "DGS-IT-" + RUN + "-3";
        String body = folder("CERTDC", number, List.of(aCase(MEAUX, "77284", number + "-01")),
                List.of(attachment("c.pdf", "application/pdf", 3, number + "-01")));
        assertEquals("Unauthorized user", Api.error(Api.call("POST", "teledossiers/v1/folders", meaux, body)));
        assertEquals("Unauthorized user", Api.error(Api.call("POST", "teledossiers/v1/folders", dila, body)));

        // A recipient without an active subscription (suspended, or unknown): 400 naming it, nothing written.
        String refused = folder("CERTDC", number, List.of(aCase(MEAUX, "77284", number + "-01"),
                aCase(SUSPENDED, "77468", number + "-02")), List.of(attachment("c.pdf", "application/pdf", 3, number + "-01")));
        assertEquals("Recipient SI-" + SUSPENDED + "-77468 has no active subscription to process CERTDC",
                Api.error(Api.call("POST", "teledossiers/v1/folders", dgs, refused)));
        assertEquals("0", Support.get("folders/count", "externalId", number));
        assertEquals("Recipient SI-21770999000011-77999 has no active subscription to process CERTDC",
                Api.error(Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC", number,
                        List.of(aCase("21770999000011", "77999", number + "-01")), List.of()))));
        assertTrue(Api.error(Api.call("POST", "teledossiers/v1/folders", dgs, "{\"processCode\":\"CERTDC\"}"))
                .contains("#/applicant: must not be null"));
        assertEquals("0", Support.get("folders/count", "externalId", number));

        // A folder never completed can be deleted; other tenants get 403.
        HttpResponse<String> created = Api.call("POST", "teledossiers/v1/folders", dgs, body);
        assertEquals(201, created.statusCode(), created.body());
        String folderId = Api.object(created).getString("id");
        assertEquals("Unauthorized user", Api.error(Api.call("GET", "teledossiers/v1/folders/" + folderId, dila, null)));
        assertEquals("Unauthorized user", Api.error(Api.call("DELETE", "teledossiers/v1/folders/" + folderId, dila, null)));
        assertEquals(204, Api.call("DELETE", "teledossiers/v1/folders/" + folderId, dgs, null).statusCode());
        assertEquals("Folder is not found", Api.error(Api.call("GET", "teledossiers/v1/folders/" + folderId, dgs, null)));
    }

    @Test
    void aPortalSubscriberSeesTheApiFolderAndTheOperatorReadsThePortalsEvents() throws Exception {
        String dgs = osl("osl-dgs-demo");
        String number = "DGS-IT-" + RUN + "-4";
        byte[] pdf = "%PDF-1.4 portail".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = Api.call("POST", "teledossiers/v1/folders", dgs, folder("CERTDC", number,
                List.of(aCase(JobsIT.TOULON, "83137", number + "-01")),
                List.of(attachment("certificat.pdf", "application/pdf", pdf.length, number + "-01"))));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject folder = Api.object(created);
        String caseId = folder.getJsonArray("cases").getJsonObject(0).getString("id");
        String agent = "nadia.roux@mairie-toulon.test";
        assertEquals("0", Support.get("portal/lists", "as", agent, "search", number), "not in the portal before completion");
        assertEquals(204, Api.upload("teledossiers/v1/folders/" + folder.getString("id") + "/attachments/"
                + folder.getJsonArray("attachments").getJsonObject(0).getString("id"), dgs, pdf, null).statusCode());
        assertEquals(204, Api.call("PATCH", "teledossiers/v1/folders/" + folder.getString("id"), dgs,
                "{\"globalStatus\":\"HUBEE_COMPLETED\"}").statusCode());
        assertEquals("1", Support.get("portal/lists", "as", agent, "search", number));

        // Opening it in the portal acknowledges it: the operator reads that STATUS_UPDATE through the API.
        assertEquals("RECU", Support.post("portal/open", Map.of("as", agent, "id", caseId)));
        List<JsonObject> notes = notificationsOf(dgs, caseId);
        assertEquals(1, notes.size());
        assertEquals("STATUS_UPDATE", notes.get(0).getString("eventActionType"));
        JsonObject event = Api.object(Api.call("GET", "teledossiers/v1/cases/" + caseId + "/events/"
                + notes.get(0).getString("eventId"), dgs, null));
        assertEquals("SI_RECEIVED", event.getString("caseNewStatus"));
        assertEquals("Nadia ROUX", event.getString("author"));
        assertNull(Api.text(event, "comment"));
    }

    @Test
    void theNationalAdministrationCreatesOperatorCredentialsShownOnce() throws Exception {
        String admin = "ines.lambert@numerique.test";
        String[] created = Support.post("apiclients", Map.of("as", admin, "scope", "OSL", "siret", "11000101300017",
                "branch", "75107")).split(" ");
        String token = Api.token(created[0], created[1], "OSL");
        // The new operator client acts for DGS: it reads DGS's subscriptions, not DILA's.
        HttpResponse<String> subscriptions = Api.call("GET", "referential/v1/subscriptions?processCode=CERTDC&maxResult=2&orderBy=asc(si_company_register)", token, null);
        assertEquals(200, subscriptions.statusCode(), subscriptions.body());
        assertTrue(subscriptions.headers().firstValue("Content-Range").orElseThrow().matches("Subscriptions 0-1/\\d+"));
        assertEquals("Unauthorized user", Api.error(Api.call("GET", "referential/v1/subscriptions/"
                + Support.subscription("21830137200015", "EtatCivil"), token, null)));
        assertEquals(401, Api.tokenResponse(created[0], created[1], "ADMIN").statusCode(), "its scope only");

        String[] renewed = Support.post("apiclients", Map.of("as", admin, "regenerate", created[0])).split(" ");
        assertEquals(created[0], renewed[0]);
        assertEquals(401, Api.tokenResponse(created[0], created[1], "OSL").statusCode(), "old secret refused");
        assertEquals(401, Api.call("GET", "teledossiers/v1/notifications", token, null).statusCode(), "old tokens ended");
        Api.token(renewed[0], renewed[1], "OSL");
    }

    @Test
    void theAdministrationChangesASubscriptionAndServesTheContract() throws Exception {
        String siret = "21770505000010";
        subscribe(siret, "77505", "CERTDC", "si-it-nemours-certdc", false);
        String id = Support.subscription(siret, "CERTDC");
        String admin = Api.token("admin-demo", Api.DEMO_SECRET, "ADMIN");
        String body = "{\"datapassId\":99,\"processCode\":\"CERTDC\",\"subscriber\":" + recipient(siret, "77505")
                + ",\"localAdministrator\":{\"email\":\"admin@nemours.test\"},\"status\":\"Actif\","
                + "\"notificationFrequency\":\"quotidienne\",\"email\":\"etat-civil@nemours.test\"}";
        assertEquals("Unauthorized user", Api.error(Api.call("PUT", "referential/v1/subscriptions/" + id,
                osl("osl-dgs-demo"), body)));
        assertFalse(Support.routing(siret, "CERTDC", java.time.LocalDate.now(JobsIT.PARIS)));
        HttpResponse<String> updated = Api.call("PUT", "referential/v1/subscriptions/" + id, admin, body);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Actif", Api.object(updated).getString("status"));
        assertEquals("quotidienne", Api.object(updated).getString("notificationFrequency"));
        assertTrue(Support.routing(siret, "CERTDC", java.time.LocalDate.now(JobsIT.PARIS)));
        assertEquals("email is required unless notificationFrequency is aucune", Api.error(Api.call("PUT",
                "referential/v1/subscriptions/" + id, admin, body.replace("etat-civil@nemours.test", "pas-un-mail"))));
        assertEquals("Subscription is not found", Api.error(Api.call("PUT", "referential/v1/subscriptions/"
                + UUID.randomUUID(), admin, body)));

        HttpResponse<String> contract = Api.call("GET", "openapi", null, null);
        assertEquals(200, contract.statusCode());
        assertTrue(contract.body().contains("x-wso2-basePath: /teledossiers/v1"));
        assertTrue(Api.call("GET", "openapi/index", null, null).body().contains("openapi/api_subscription_v1.2.3.yaml"));
    }
}
