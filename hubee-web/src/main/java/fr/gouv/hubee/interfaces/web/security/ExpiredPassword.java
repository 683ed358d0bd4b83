package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/** The forced change of a password older than 6 months (mot-de-passe-expire.xhtml). */
@Named
@RequestScoped
public class ExpiredPassword {

    @Inject
    LoginService logins;

    @Inject
    Authenticator authenticator;

    private String password;
    private String confirmation;

    public void check() throws IOException {
        authenticator.pendingOrRestart(LoginFlow.Step.EXPIRED_PASSWORD);
    }

    public void submit() throws IOException {
        Optional<UUID> user = authenticator.pendingOrRestart(LoginFlow.Step.EXPIRED_PASSWORD);
        if (user.isEmpty()) {
            return;
        }
        String typed = password;
        String again = confirmation;
        password = null;
        confirmation = null;
        authenticator.follow(logins.changeExpiredPassword(user.get(), typed, again, authenticator.clientAddress()));
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
