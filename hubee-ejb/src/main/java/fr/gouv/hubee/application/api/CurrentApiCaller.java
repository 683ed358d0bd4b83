package fr.gouv.hubee.application.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * The API caller of the current request, established by the authentication mechanism together
 * with the container identity (principal = client id, role = scope): the exchange EJBs read the
 * caller's organisation, subscription and démarche here instead of receiving a token.
 */
@RequestScoped
public class CurrentApiCaller {

    private ApiCaller caller;

    /** Called once per request by the authentication mechanism, after the token was validated. */
    public void authenticated(ApiCaller caller) {
        this.caller = caller;
    }

    public ApiCaller get() {
        if (caller == null) {
            throw new ApiUnauthorizedException("Missing token");
        }
        return caller;
    }
}
