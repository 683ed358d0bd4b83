package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * « Mot de passe oublié » (mot-de-passe-oublie.xhtml). The answer is the same whether an account
 * exists for the address or not: nobody learns who has an account.
 */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    LoginService logins;

    @Inject
    Authenticator authenticator;

    private String email;

    public void submit() throws IOException {
        logins.requestPasswordReset(email, authenticator.clientAddress());
        Messages.info("forgot.sent");
        authenticator.redirect("/mot-de-passe-oublie.xhtml?envoye=1");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
