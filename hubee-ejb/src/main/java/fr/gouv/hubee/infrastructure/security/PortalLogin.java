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
