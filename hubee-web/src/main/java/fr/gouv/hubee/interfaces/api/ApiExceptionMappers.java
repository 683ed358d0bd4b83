package fr.gouv.hubee.interfaces.api;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiUnauthorizedException;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.security.HubeeAuthenticationMechanism;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API as the contract's error body; nothing else leaks (no stack traces). */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    /** English messages of the business rules the API can break (the portal has the French ones). */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("intake.required", "datapassId, processCode, subscriber and localAdministrator are required"),
            Map.entry("intake.process.unknown", "Process is not found"),
            Map.entry("intake.siret.invalid", "subscriber.companyRegister is not a valid SIRET"),
            Map.entry("intake.branchCode.invalid", "subscriber.branchCode is required (10 characters at most)"),
            Map.entry("intake.frequency.invalid", "notificationFrequency must be aucune, unitaire, quotidienne or biquotidienne"),
            Map.entry("intake.accessMode.invalid", "accessMode must be PORTAIL or API"),
            Map.entry("intake.duplicate", "The subscriber already holds a subscription to this process"),
            Map.entry("intake.admin.otherOrganization", "localAdministrator.email belongs to another organization"),
            Map.entry("subscription.delegate.notDelegate", "delegationActor.email is not a technical delegate account"),
            Map.entry("subscription.notification.email", "email is required unless notificationFrequency is aucune"),
            Map.entry("user.email.invalid", "String is not a valid email value"),
            Map.entry("user.name.required", "firstName and lastName are required for a new account"));

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonBodyLimit.TooLarge) {
                return JsonBodyLimit.response();
            }
        }
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof ApiUnauthorizedException) {
            return ApiError.response(401, e.getMessage());
        }
        if (thrown instanceof EJBAccessException || e instanceof EJBAccessException) {
            // The container refused the role: no identity is the contract's 401, another scope its 403.
            return request.getUserPrincipal() == null
                    ? ApiError.response(401, String.valueOf(request.getAttribute(HubeeAuthenticationMechanism.API_REFUSAL)))
                    : ApiError.response(403, "Unauthorized user");
        }
        if (e instanceof AccessDeniedException) {
            return ApiError.response(403, "Unauthorized user");
        }
        if (e instanceof NotFoundException notFound) {
            return ApiError.response(404, notFound.getMessage());
        }
        if (e instanceof BusinessRuleException rule) {
            return ApiError.response(400, rule.getDetail() != null ? rule.getDetail()
                    : MESSAGES.getOrDefault(rule.getMessageKey(), rule.getMessageKey()));
        }
        if (e instanceof ConstraintViolationException violations) {
            return ApiError.invalid(violations.getConstraintViolations());
        }
        if (e instanceof WebApplicationException web && web.getResponse().hasEntity()) {
            return web.getResponse();
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return ApiError.response(status, status == 405 ? "Method not allowed"
                    : status == 404 ? "Resource is not found" : web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (e instanceof ProcessingException || e instanceof jakarta.json.bind.JsonbException) {
            return ApiError.response(400, "Bad Request : malformed JSON body");
        }
        LOG.log(Level.SEVERE, "API failure", e);
        return ApiError.response(500, "Internal server error");
    }
}
