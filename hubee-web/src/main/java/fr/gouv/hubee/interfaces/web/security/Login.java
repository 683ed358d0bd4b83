package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** « Me connecter » (connexion.xhtml): login and password. */
@Named
@RequestScoped
public class Login {

    @Inject
    LoginService logins;

    @Inject
    Authenticator authenticator;

    private String email;
    private String password;

    public void submit() throws IOException {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        authenticator.follow(logins.login(email, typed, authenticator.clientAddress()));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
