package fr.gouv.hubee.interfaces.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API answer carries personal data (applicants, files, accounts) or credentials: no proxy
 * or client cache may keep it (RFC 9111 {@code no-store}; {@code Pragma} for HTTP/1.0 caches).
 */
@Provider
public class ApiResponseHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Pragma", "no-cache");
    }
}
