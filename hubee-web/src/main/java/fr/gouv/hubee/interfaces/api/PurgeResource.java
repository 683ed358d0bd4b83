package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.exchange.ExchangeViews.IdsForPurge;
import fr.gouv.hubee.application.exchange.PurgeExchange;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /teledossiers/v1/attachmentsIdsForPurge and /idsPurged. */
@Path("teledossiers/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PurgeResource {

    @Inject
    PurgeExchange purge;


    @GET
    @Path("attachmentsIdsForPurge")
    public List<IdsForPurge> list() {
        return purge.list();
    }

    @PUT
    @Path("idsPurged")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response purged(List<IdsForPurge> ids) {
        if (ids == null) {
            return ApiError.response(400, "Bad Request : Validation failed. Body is required");
        }
        purge.markPurged(ids);
        return Requests.noContent();
    }
}
