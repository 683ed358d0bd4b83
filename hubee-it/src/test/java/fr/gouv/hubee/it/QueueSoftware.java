package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Api.text;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What every client of the hub in the field does on each scheduled run, as the published ones
 * are written: read the head of its notification queue with the event details, handle each
 * notification, delete it once handled, until the queue is empty. A notification it cannot
 * handle stops the run (and would be read again at the next one).
 */
abstract class QueueSoftware {

    final String name;
    private final String token;
    /** What it did, in order, for the tests ("new-case C", "event C TYPE STATUS", "ack C E", "closed C"). */
    final List<String> journal = new ArrayList<>();

    QueueSoftware(String name, String token) {
        this.name = name;
        this.token = token;
    }

    /** One run: until its queue is empty. Returns the notifications handled. */
    int run() throws Exception {
        int handled = 0;
        for (int round = 0; round < 40; round++) {
            List<JsonObject> notifications = Api.array(check(Api.call("GET",
                    "teledossiers/v1/notifications?eventDetails=true&maxResult=25", token, null), 200))
                    .getValuesAs(JsonObject.class);
            if (notifications.isEmpty()) {
                return handled;
            }
            for (JsonObject notification : notifications) {
                handle(notification);
                check(Api.call("DELETE", "teledossiers/v1/notifications/" + text(notification, "id"), token, null), 204);
                handled++;
            }
        }
        throw new AssertionError(name + ": its queue never empties");
    }

    /** Handles one notification; the run deletes it afterwards. */
    abstract void handle(JsonObject notification) throws Exception;

    String token() {
        return token;
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        return Api.object(check(response, status));
    }

    static <T> HttpResponse<T> check(HttpResponse<T> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " → "
                    + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
