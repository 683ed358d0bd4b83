package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.field;
import static fr.gouv.hubee.it.Api.text;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operator's software (service-public.fr, CertDc…) written as the partners' test kit is: it
 * sends folders, then works its notification queue the same way a town hall's does — every
 * field read by its key, each notification deleted once handled. An event of a town hall is read,
 * its files downloaded and checked, and acknowledged (RECEIVED); when the town hall has finished
 * (DONE or REFUSED), the citizen is informed and the operator closes the case (CLOSED); the
 * acknowledgement of one of its own events is deleted.
 */
class OperatorSoftware extends QueueSoftware {

    private static final Set<String> FINISHED = Set.of("DONE", "REFUSED");

    /** Files it received from town halls: event id → file name → content. */
    final Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();

    OperatorSoftware(String name, String token) {
        super(name, token);
    }

    /** POST /folders, PUT of each file (with its digest), PATCH HUBEE_COMPLETED. Returns the created folder. */
    JsonObject send(String folderJson, List<byte[]> contents) throws Exception {
        JsonObject folder = object(Api.call("POST", "teledossiers/v1/folders", token(), folderJson,
                "editorName", "DINUM", "applicationName", name, "softwareVersion", "2026.11"), 201);
        String id = text(folder, "id");
        List<JsonObject> attachments = folder.getJsonArray("attachments").getValuesAs(JsonObject.class);
        for (int i = 0; i < attachments.size(); i++) {
            check(Api.upload("teledossiers/v1/folders/" + id + "/attachments/" + text(attachments.get(i), "id"),
                    token(), contents.get(i), Api.sha256(contents.get(i))), 204);
        }
        check(Api.call("PATCH", "teledossiers/v1/folders/" + id, token(), "{\"globalStatus\":\"HUBEE_COMPLETED\"}"), 204);
        return folder;
    }

    @Override
    void handle(JsonObject n) throws Exception {
        String caseId = text(n, "caseId");
        String eventId = text(n, "eventId");
        if (eventId == null) {
            throw new AssertionError(name + ": an operator is only notified of events: " + n);
        }
        if ("RECEIVED".equals(text(n, "eventStatus"))) {
            journal.add("ack " + caseId + " " + eventId);
        } else {
            String path = "teledossiers/v1/cases/" + caseId + "/events/" + eventId;
            JsonObject event = object(Api.call("GET", path, token(), null), 200);
            String line = text(event, "actionType") + " " + text(event, "caseNewStatus") + " by " + text(event, "author")
                    + ": " + text(event, "message") + " [" + text(event, "partnerAttributes") + "] "
                    + field(event, "partnerInfo") + " " + text(event, "caseCurrentStatus");
            for (JsonObject attachment : event.getJsonArray("attachments").getValuesAs(JsonObject.class)) {
                HttpResponse<byte[]> file = Api.download(path + "/attachments/" + text(attachment, "id"), token());
                check(file, 200);
                if (!file.headers().firstValue("digest").orElse("").equals(Api.sha256(file.body()))) {
                    throw new AssertionError(name + ": " + text(attachment, "fileName") + " does not match its digest");
                }
                files.computeIfAbsent(eventId, k -> new LinkedHashMap<>()).put(text(attachment, "fileName"), file.body());
            }
            check(Api.call("PATCH", path, token(), "{\"status\":\"RECEIVED\"}"), 204);
            journal.add("event " + caseId + " " + line.substring(0, line.indexOf(" by ")));
            if ("STATUS_UPDATE".equals(text(event, "actionType")) && FINISHED.contains(text(event, "caseNewStatus"))) {
                // The citizen is informed by the online service: the operator closes the case.
                object(Api.call("POST", "teledossiers/v1/cases/" + caseId + "/events", token(),
                        "{\"actionType\":\"STATUS_UPDATE\",\"caseNewStatus\":\"CLOSED\",\"notification\":true,"
                                + "\"message\":\"Usager informé\"}"), 201);
                journal.add("closed " + caseId);
            }
        }
    }

}
