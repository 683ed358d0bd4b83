package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginOutcome;
import fr.gouv.hubee.application.security.LoginService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import jakarta.faces.view.ViewScoped;

/**
 * « Créer votre mot de passe » (nouveau-mot-de-passe.xhtml?jeton=…): the page of the activation
 * and reset links. An expired or used link is explained, with the way out (« Mot de passe
 * oublié »).
 */
@Named
@ViewScoped
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LoginService logins;

    @Inject
    transient Authenticator authenticator;

    private String token;
    private LoginOutcome.Status linkStatus;
    private String password;
    private String confirmation;

    public void load() {
        linkStatus = logins.checkLink(token);
    }

    public void submit() throws IOException {
        String typed = password;
        String again = confirmation;
        password = null;
        confirmation = null;
        LoginOutcome outcome = logins.setPasswordWithLink(token, typed, again, authenticator.clientAddress());
        if (outcome.status() == LoginOutcome.Status.LINK_EXPIRED || outcome.status() == LoginOutcome.Status.LINK_INVALID) {
            linkStatus = outcome.status();
            return;
        }
        authenticator.follow(outcome);
    }

    public boolean isUsable() {
        return linkStatus == LoginOutcome.Status.SUCCESS;
    }

    public boolean isExpired() {
        return linkStatus == LoginOutcome.Status.LINK_EXPIRED;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
