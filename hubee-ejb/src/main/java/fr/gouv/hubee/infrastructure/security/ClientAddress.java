package fr.gouv.hubee.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The address the current HTTP request came from (set by the web module's filter; behind a proxy
 * WildFly trusts, the client's), so that the audit names it for any service call. Empty outside an
 * HTTP request (jobs).
 */
@RequestScoped
public class ClientAddress {

    private String ip;

    public String get() {
        return ip;
    }

    public void set(String ip) {
        this.ip = ip;
    }
}
