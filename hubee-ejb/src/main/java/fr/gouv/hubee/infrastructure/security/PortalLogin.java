package fr.gouv.hubee.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's form login, as Jakarta Security's custom form mechanism does it: protected pages
 * redirect to the login page and back ({@link LoginToContinue}), the session keeps the login
 * ({@link AutoApplySession}), and the credential is the ticket of a login completed by
 * {@code LoginService}. Typed to itself: {@link HubeeAuthenticationMechanism} is the application's
 * one mechanism and hands it the portal's requests.
 */
@ApplicationScoped
@Typed(PortalLogin.class)
@AutoApplySession
@LoginToContinue(loginPage = "/connexion.xhtml", errorPage = "", useForwardToLogin = false)
public class PortalLogin implements HttpAuthenticationMechanism {

    /** Session attribute: the portal page asked for before login, where the completed login goes. */
    public static final String RETURN_TO = "hubee.returnTo";

    /** Session attribute: when the user logged in (set by the portal's login, read by the session limits). */
    public static final String LOGGED_IN_AT = "hubee.loggedInAt";

    /**
     * Remembers a portal page asked for before login (a dossier's link in a mail), so that the
     * completed login ends there and not on the list. Called before {@link LoginToContinue}, which
     * redirects such a request to the login page without calling this mechanism.
     */
    static void rememberPageAskedBeforeLogin(HttpServletRequest request, HttpMessageContext context) {
        var session = request.getSession(false);
        boolean loggedIn = session != null && session.getAttribute(LOGGED_IN_AT) != null;
        if (context.isProtected() && !loggedIn && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, request.getServletPath()
                    + (request.getPathInfo() == null ? "" : request.getPathInfo()) + (query == null ? "" : "?" + query));
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }
}
