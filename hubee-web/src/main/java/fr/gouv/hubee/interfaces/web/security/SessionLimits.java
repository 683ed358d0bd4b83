package fr.gouv.hubee.interfaces.web.security;

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

/**
 * Absolute session lifetime: 12 hours after login the session ends, however active it was (the
 * 30-minute idle timeout is in web.xml).
 */
@WebFilter(urlPatterns = "/app/*")
public class SessionLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Duration ABSOLUTE = Duration.ofHours(12);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object loggedInAt = session == null ? null : session.getAttribute(Authenticator.LOGGED_IN_AT);
        if (loggedInAt instanceof Instant at && Instant.now().isAfter(at.plus(ABSOLUTE))) {
            request.logout();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/connexion.xhtml?expiree=1");
            return;
        }
        chain.doFilter(request, response);
    }
}
