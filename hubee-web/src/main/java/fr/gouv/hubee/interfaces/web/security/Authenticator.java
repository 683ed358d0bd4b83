package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginOutcome;
import fr.gouv.hubee.application.security.LoginService;
import fr.gouv.hubee.infrastructure.security.PortalLogin;
import fr.gouv.hubee.infrastructure.security.TicketCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Turns a {@link LoginOutcome} of the login pages into what the user sees: the authenticated
 * session (new session id), the next step's page, or a French message.
 */
@RequestScoped
public class Authenticator {

    /** Session attribute: when the user logged in (absolute session limit, {@code SessionLimits}). */
    public static final String LOGGED_IN_AT = PortalLogin.LOGGED_IN_AT;

    /** Session attribute: the account's credentials version at login ({@code SessionLimits} ends the session when it moves). */
    public static final String CREDENTIALS = "hubee.credentials";

    @Inject
    LoginService logins;

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginFlow flow;

    public String clientAddress() {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    }

    /** Follows an outcome; returns false when a message was shown instead of moving on. */
    public boolean follow(LoginOutcome outcome) throws IOException {
        switch (outcome.status()) {
            case SUCCESS -> {
                signIn(outcome.ticket());
                return true;
            }
            case CODE_SENT -> {
                flow.begin(LoginFlow.Step.CODE, outcome.userId());
                redirect("/code.xhtml");
                return true;
            }
            case PASSWORD_EXPIRED -> {
                flow.begin(LoginFlow.Step.EXPIRED_PASSWORD, outcome.userId());
                redirect("/mot-de-passe-expire.xhtml");
                return true;
            }
            case INVALID_PASSWORD -> outcome.violations().forEach(Messages::error);
            default -> Messages.error("login." + outcome.status().name());
        }
        return false;
    }

    private void signIn(String ticket) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new TicketCredential(ticket)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            Messages.error("login.INVALID");
            return;
        }
        flow.clear();
        // A new session id at login: a session id known before login is worth nothing after.
        request.changeSessionId();
        request.getSession().setAttribute(LOGGED_IN_AT, Instant.now());
        logins.credentialsVersion(request.getUserPrincipal().getName())
                .ifPresent(version -> request.getSession().setAttribute(CREDENTIALS, version));
        Object asked = request.getSession().getAttribute(PortalLogin.RETURN_TO);
        request.getSession().removeAttribute(PortalLogin.RETURN_TO);
        // Only a page of the portal itself (never another site's address).
        redirect(asked instanceof String path && path.startsWith("/app/") && !path.contains("//") ? path : "/app/accueil.xhtml");
    }

    /** The user of a login in progress at this step; without one, back to the login page. */
    java.util.Optional<java.util.UUID> pendingOrRestart(LoginFlow.Step step) throws IOException {
        java.util.Optional<java.util.UUID> user = flow.pending(step);
        if (user.isEmpty()) {
            redirect("/connexion.xhtml");
        }
        return user;
    }

    void redirect(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }
}
