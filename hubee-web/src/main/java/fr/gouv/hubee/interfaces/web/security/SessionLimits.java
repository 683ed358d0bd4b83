package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.omnifaces.util.Servlets;

/**
 * When a portal session ends besides the 30-minute idle timeout of web.xml: 12 hours after login
 * however active it was, and at once when the account's credentials changed since login — its
 * password (changed or reset elsewhere), its activation or its rights (ASVS 3.3.3): the credentials
 * version is read from the database on each request, so it holds on every node of a cluster.
 */
@WebFilter(urlPatterns = "/app/*")
public class SessionLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Duration ABSOLUTE = Duration.ofHours(12);

    @Inject
    LoginService logins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object loggedInAt = session == null ? null : session.getAttribute(Authenticator.LOGGED_IN_AT);
        if (loggedInAt instanceof Instant at && Instant.now().isAfter(at.plus(ABSOLUTE))) {
            end(request, response, session, "expiree");
            return;
        }
        Object opened = session == null ? null : session.getAttribute(Authenticator.CREDENTIALS);
        if (opened instanceof Integer version && request.getUserPrincipal() != null
                && !logins.credentialsVersion(request.getUserPrincipal().getName()).equals(OptionalInt.of(version))) {
            end(request, response, session, "fin");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Logs out, forgets the session, and shows the login page with why (a Faces Ajax request is redirected too). */
    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String why)
            throws ServletException, IOException {
        request.logout();
        session.invalidate();
        Servlets.facesRedirect(request, response, request.getContextPath() + "/connexion.xhtml?" + why + "=1");
    }
}
