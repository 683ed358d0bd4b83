package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.subscription.SubscriptionIntake;
import fr.gouv.hubee.interfaces.api.dto.SubscriptionDto;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/** /referential/v1/subscriptions: DataPass (or the administration) creates subscriptions. */
@Path("referential/v1/subscriptions")
public class ReferentialSubscriptionResource {

    @Inject
    SubscriptionIntake intake;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, SubscriptionDto body) {
        if (body == null) {
            return ApiError.response(400, "Bad Request : body required");
        }
        Set<ConstraintViolation<SubscriptionDto>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            return ApiError.invalid(violations);
        }
        SubscriptionDto created = SubscriptionDto.of(intake.createFromApi(Bearer.of(authorization), body.toRequest()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
