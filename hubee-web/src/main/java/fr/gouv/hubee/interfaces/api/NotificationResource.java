package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.ExchangeViews.DetailedNotificationView;
import fr.gouv.hubee.application.exchange.NotificationExchange;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/** /teledossiers/v1/notifications: what awaits the caller. */
@Path("teledossiers/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationExchange notifications;


    /** Notification items as the contract's schema; {@code eventDetails=true} adds eventActionType and eventStatus. */
    @GET
    public List<Object> list(@QueryParam("maxResult") String maxResult,
                             @QueryParam("processCode") List<String> processCodes,
                             @QueryParam("processPriority") List<String> priorities,
                             @QueryParam("eventDetails") String eventDetails) {
        List<DetailedNotificationView> found = notifications.list(max(maxResult),
                codes(processCodes), codes(priorities));
        boolean details = "true".equalsIgnoreCase(eventDetails);
        return found.stream().map(n -> details ? (Object) n : n.withoutDetails()).toList();
    }

    @DELETE
    @Path("{notificationId}")
    public Response delete(@PathParam("notificationId") String notificationId) {
        notifications.delete(Requests.uuid(notificationId, "notificationId", "DELETE",
                "/teledossiers/v1/notifications/" + notificationId));
        return Requests.noContent();
    }

    /** maxResult: a number (the contract's gateway message otherwise), 25 when absent. */
    private static int max(String value) {
        if (value == null || value.isBlank()) {
            return NotificationExchange.DEFAULT_MAX;
        }
        try {
            return (int) Math.min(Integer.MAX_VALUE, Math.max(0, Math.round(Double.parseDouble(value.strip()))));
        } catch (NumberFormatException e) {
            throw new WebApplicationException(ApiError.response(400, "Bad Request : Validation failed.\n"
                    + "[ERROR][REQUEST][GET /teledossiers/v1/notifications @query.maxResult] Instance type (string)"
                    + " does not match any allowed primitive type (allowed: [\"integer\",\"number\"]"));
        }
    }

    /** Repeated parameters or one comma-separated value, as clients send arrays. */
    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
