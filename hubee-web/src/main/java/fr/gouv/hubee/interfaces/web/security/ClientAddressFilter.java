package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.infrastructure.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Hands the request's client address to the audit ({@link ClientAddress}) for every page and API call. */
@WebFilter(urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
