package fr.gouv.hubee.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login with a Faces login page: protected pages redirect to it, then back. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/connexion.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class SecurityConfiguration {
}
