package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.field;
import static fr.gouv.hubee.it.Api.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A town hall's software written the way the clients published around HubEE are: it works the
 * head of its notification queue, indexes the fields it needs directly ({@code n["eventId"]}:
 * a missing key stops it, as a KeyError stops them), and deletes a notification only once
 * handled. A new case is fetched, its files downloaded and checked against their digest, then
 * instructed (IN_PROGRESS, then the case's {@link #instruction}); an event of the operator is read
 * and acknowledged (RECEIVED); the acknowledgement of one of its own events is deleted.
 */
class TownHallSoftware extends QueueSoftware {

    /** What the software does with a new case once it is IN_PROGRESS (the town hall's work). */
    interface Instruction {
        void instruct(TownHallSoftware software, String caseId) throws Exception;
    }

    private Instruction instruction = (software, caseId) -> software.status(caseId, "DONE");
    /** Files it wrote to disk: case id → file name → content. */
    final Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
    /** The events of the operator it copied into its own history. */
    final List<String> history = new ArrayList<>();
    /** The cases as it stored them in its own database (the JSON it received). */
    final Map<String, JsonObject> cases = new LinkedHashMap<>();

    TownHallSoftware(String name, String token) {
        super(name, token);
    }

    TownHallSoftware instructingWith(Instruction instruction) {
        this.instruction = instruction;
        return this;
    }

    @Override
    void handle(JsonObject n) throws Exception {
        String caseId = text(n, "caseId");
        String eventId = text(n, "eventId");
        if (eventId == null) {
            // A new case: the contract presentation's rule (eventId null → fetch the case).
            if (field(n, "eventActionType") != JsonValue.NULL || field(n, "eventStatus") != JsonValue.NULL) {
                throw new AssertionError(name + ": a new-case notification has no event details: " + n);
            }
            receiveCase(caseId);
            status(caseId, "IN_PROGRESS");
            instruction.instruct(this, caseId);
            journal.add("new-case " + caseId);
        } else if ("RECEIVED".equals(text(n, "eventStatus"))) {
            journal.add("ack " + caseId + " " + eventId);
        } else {
            JsonObject event = object(Api.call("GET", "teledossiers/v1/cases/" + caseId + "/events/" + eventId, token(),
                    null), 200);
            readEvent(caseId, event);
            check(Api.call("PATCH", "teledossiers/v1/cases/" + caseId + "/events/" + eventId, token(),
                    "{\"status\":\"RECEIVED\"}"), 204);
            journal.add("event " + caseId + " " + text(event, "actionType") + " " + text(event, "caseNewStatus"));
        }
    }

    /** Stores the case and writes each of its files, refusing one whose digest does not match. */
    void receiveCase(String caseId) throws Exception {
        JsonObject c = object(Api.call("GET", "teledossiers/v1/cases/" + caseId, token(), null), 200);
        JsonObject applicant = c.getJsonObject("applicant");
        String person = text(applicant, "lastName") + " " + text(applicant, "firstName") + " <" + text(applicant, "email") + ">";
        if (person.isBlank() || field(c, "closeDateTime") != JsonValue.NULL || text(c, "transmissionDateTime") == null) {
            throw new AssertionError(name + ": a new case is transmitted and not closed: " + c);
        }
        field(c, "partnerAttributes");
        cases.put(caseId, c);
        for (JsonObject attachment : c.getJsonArray("attachments").getValuesAs(JsonObject.class)) {
            download(caseId, "teledossiers/v1/cases/" + caseId + "/attachments/" + text(attachment, "id"),
                    text(attachment, "fileName"));
        }
    }

    private void readEvent(String caseId, JsonObject event) throws Exception {
        // What town-hall software copies into its own history: every field, read by its key.
        history.add(text(event, "createDateTime") + " " + text(event, "actionType") + " by " + text(event, "author")
                + ": " + text(event, "message") + " / " + text(event, "comment") + " / " + text(event, "caseCurrentStatus")
                + " → " + text(event, "caseNewStatus") + " [" + text(event, "partnerAttributes") + "] "
                + field(event, "partnerInfo"));
        for (JsonObject attachment : event.getJsonArray("attachments").getValuesAs(JsonObject.class)) {
            download(caseId, "teledossiers/v1/cases/" + caseId + "/events/" + text(event, "id") + "/attachments/"
                    + text(attachment, "id"), text(attachment, "fileName"));
        }
    }

    private void download(String caseId, String path, String fileName) throws Exception {
        HttpResponse<byte[]> file = Api.download(path, token());
        if (file.statusCode() != 200) {
            throw new AssertionError(name + ": download " + path + " → " + file.statusCode());
        }
        String digest = file.headers().firstValue("digest").orElseThrow(() -> new AssertionError("no digest"));
        if (!digest.equals(Api.sha256(file.body()))) {
            throw new AssertionError(name + ": " + fileName + " does not match its digest");
        }
        files.computeIfAbsent(caseId, k -> new LinkedHashMap<>()).put(fileName, file.body());
    }

    /** STATUS_UPDATE event with notification, as current SI software changes a status. */
    String status(String caseId, String status) throws Exception {
        return text(object(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", token(),
                "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"" + status + "\",\"notification\":true,"
                        + "\"author\":\"" + name + "\"}", "editorName", "Logiciels Mairies", "applicationName",
                "EtatCivil Pro", "softwareVersion", "5.4.1"), 201), "id");
    }

    /** ATTACH_DEPOSIT in progress → file uploaded → SENT: the deposit of an answer to the citizen. */
    String deposit(String caseId, String fileName, byte[] content, String message) throws Exception {
        JsonObject event = object(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", token(),
                "{\"actionType\":\"ATTACH_DEPOSIT\",\"notification\":true,\"message\":\"" + message + "\","
                        + "\"attachments\":[{\"fileName\":\"" + fileName + "\",\"type\":\"Acte\",\"size\":"
                        + content.length + ",\"mimeType\":\"application/pdf\"}]}"), 201);
        String path = "teledossiers/v1/cases/" + caseId + "/events/" + text(event, "id");
        check(Api.upload(path + "/attachments/" + text(event.getJsonArray("attachments").getJsonObject(0), "id"),
                token(), content, Api.sha256(content)), 204);
        check(Api.call("PATCH", path, token(), "{\"status\":\"SENT\"}"), 204);
        return text(event, "id");
    }
}
