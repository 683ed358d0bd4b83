package fr.gouv.hubee.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Refuses a form post sent by another site (403). The anonymous pages keep no view state (no
 * session before login), so their forms have no ViewState key to stop a cross-site post: the
 * browser's own word decides — {@code Sec-Fetch-Site}, else the {@code Origin} compared with the
 * {@code Host} the request was sent to. Pages under {@code /app/} keep their ViewState check too.
 * The API is left out: software posts there with a bearer token, not a cookie.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SameOriginPosts extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false; // an old browser or a non-browser client: no cookie-riding to fear from it
        }
        String host = request.getHeader("Host");
        try {
            String authority = URI.create(origin).getRawAuthority();
            return host == null || authority == null || !host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
