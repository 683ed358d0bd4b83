package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.referential.ReferentialPage;
import fr.gouv.hubee.application.subscription.ReferentialSubscriptions;
import fr.gouv.hubee.application.subscription.SubscriptionIntake;
import fr.gouv.hubee.application.subscription.SubscriptionSnapshot;
import fr.gouv.hubee.interfaces.api.dto.SubscriptionDto;
import fr.gouv.hubee.interfaces.api.dto.SubscriptionView;
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


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubscriptionDto body) {
        SubscriptionView created = SubscriptionView.created(intake.createFromApi(Requests.valid(validator, body).toRequest()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    public Response list(@QueryParam("processCode") List<String> processCodes, @QueryParam("status") String status,
                         @QueryParam("companyRegister") String companyRegister,
                         @QueryParam("delegationActorEmail") String delegationActorEmail,
                         @QueryParam("orderBy") String orderBy, @QueryParam("offSet") String offset,
                         @QueryParam("maxResult") String maxResult) {
        ReferentialPage<SubscriptionSnapshot> page = referential.list(new ReferentialSubscriptions.Query(processCodes == null ? List.of()
                        : processCodes.stream().flatMap(c -> Arrays.stream(c.split(","))).map(String::strip)
                                .filter(c -> !c.isEmpty()).toList(),
                        status, companyRegister, delegationActorEmail, orderBy,
                        Requests.integer(offset, "offSet", "GET", PATH, 0),
                        Requests.integer(maxResult, "maxResult", "GET", PATH, ReferentialPage.DEFAULT_MAX)));
        return Requests.page("Subscriptions", page, page.items().stream().map(SubscriptionView::of).toList());
    }

    @GET
    @Path("{subscriptionId}")
    public SubscriptionView get(@PathParam("subscriptionId") String id) {
        return SubscriptionView.of(referential.get(Requests.uuid(id, "subscriptionId", "GET", PATH + "/" + id)));
    }

    @PUT
    @Path("{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView update(@PathParam("subscriptionId") String id, SubscriptionDto body) {
        java.util.UUID subscriptionId = Requests.uuid(id, "subscriptionId", "PUT", PATH + "/" + id);
        SubscriptionDto dto = Requests.valid(validator, body);
        return SubscriptionView.of(referential.update(subscriptionId, dto.toRequest(),
                dto.status, dto.activateDateTime == null ? null : dto.activateDateTime.toLocalDate(),
                dto.rejectionReason));
    }
}
