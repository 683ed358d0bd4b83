package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.subscription.ReferentialSubscriptions;
import fr.gouv.hubee.application.subscription.SubscriptionIntake;
import fr.gouv.hubee.interfaces.api.dto.SubscriptionDto;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * /referential/v1/subscriptions: DataPass (or the administration) creates subscriptions; operators
 * and the administration read them, paged with a {@code Content-Range}; the administration changes them.
 */
@Path("referential/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class ReferentialSubscriptionResource {

    private static final String PATH = "/referential/v1/subscriptions";

    @Inject
    SubscriptionIntake intake;

    @Inject
    ReferentialSubscriptions referential;

    @Inject
    Validator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubscriptionDto body) {
        SubscriptionDto created = SubscriptionDto.of(intake.createFromApi(Requests.bearer(headers),
                Requests.valid(validator, body).toRequest()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public Response list(@QueryParam("processCode") List<String> processCodes, @QueryParam("status") String status,
                         @QueryParam("companyRegister") String companyRegister,
                         @QueryParam("delegationActorEmail") String delegationActorEmail,
                         @QueryParam("orderBy") String orderBy, @QueryParam("offSet") String offset,
                         @QueryParam("maxResult") String maxResult) {
        ReferentialSubscriptions.Page page = referential.list(Requests.bearer(headers), new ReferentialSubscriptions.Query(
                processCodes == null ? List.of() : processCodes.stream().flatMap(c -> Arrays.stream(c.split(",")))
                        .map(String::strip).filter(c -> !c.isEmpty()).toList(),
                status, companyRegister, delegationActorEmail, orderBy, integer(offset, "offSet", 0),
                integer(maxResult, "maxResult", ReferentialSubscriptions.DEFAULT_MAX)));
        List<SubscriptionDto> items = page.items().stream().map(SubscriptionDto::of).toList();
        String range = items.isEmpty() ? "*" : page.offset() + "-" + (page.offset() + items.size() - 1);
        return Response.ok(items).header("Content-Range", "Subscriptions " + range + "/" + page.total()).build();
    }

    @GET
    @Path("{subscriptionId}")
    public SubscriptionDto get(@PathParam("subscriptionId") String id) {
        return SubscriptionDto.of(referential.get(Requests.bearer(headers),
                Requests.uuid(id, "subscriptionId", "GET", PATH + "/" + id)));
    }

    @PUT
    @Path("{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionDto update(@PathParam("subscriptionId") String id, SubscriptionDto body) {
        java.util.UUID subscriptionId = Requests.uuid(id, "subscriptionId", "PUT", PATH + "/" + id);
        SubscriptionDto dto = Requests.valid(validator, body);
        return SubscriptionDto.of(referential.update(Requests.bearer(headers), subscriptionId, dto.toRequest(),
                dto.status, dto.activateDateTime == null ? null : dto.activateDateTime.toLocalDate(),
                dto.rejectionReason));
    }

    private static int integer(String value, String parameter, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new WebApplicationException(ApiError.response(400, "Bad Request : Validation failed.\n[ERROR][REQUEST]"
                    + "[GET " + PATH + " @query." + parameter + "] Instance type (string) does not match any allowed"
                    + " primitive type (allowed: [\"integer\"])"));
        }
    }
}
