package fr.gouv.hubee.infrastructure.security;

import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiUnauthorizedException;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The application's authentication mechanism. On {@code /api/*} it validates the bearer token and
 * establishes the API caller for the container — principal = client id, role = scope (OSL, SI,
 * ADMIN, DATAPASS) — without a session; the exchange EJBs check the role with
 * {@code @RolesAllowed} and read the caller from {@link CurrentApiCaller}. Without a valid token
 * the request goes on anonymous, with the reason kept for the contract's 401 body. Every other
 * request is the portal's ({@link PortalLogin}).
 */
@ApplicationScoped
public class HubeeAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: why an API request is anonymous (« Missing token », « Invalid token »). */
    public static final String API_REFUSAL = "hubee.api.refusal";

    @Inject
    PortalLogin portal;

    @Inject
    ApiAuthentication tokens;

    @Inject
    CurrentApiCaller apiCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            PortalLogin.rememberPageAskedBeforeLogin(request, context);
            return portal.validateRequest(request, response, context);
        }
        String bearer = bearer(request.getHeader("Authorization"));
        if (bearer == null) {
            request.setAttribute(API_REFUSAL, "Missing token");
            return context.doNothing();
        }
        try {
            ApiCaller caller = tokens.authenticate(bearer);
            apiCaller.authenticated(caller);
            return context.notifyContainerAboutLogin(caller.clientId(), Set.of(caller.scope().name()));
        } catch (ApiUnauthorizedException | EJBException e) {
            request.setAttribute(API_REFUSAL, e instanceof ApiUnauthorizedException ? e.getMessage() : "Invalid token");
            return context.doNothing();
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : portal.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        portal.cleanSubject(request, response, context);
    }

    /** The API, save the token endpoint (its client authenticates with its secret) and the contract files. */
    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && !path.startsWith("/api/token") && !path.startsWith("/api/openapi");
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
