package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.LoginService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/** Second step of an administrator's login (code.xhtml): the code received by mail. */
@Named
@RequestScoped
public class CodeStep {

    @Inject
    LoginService logins;

    @Inject
    LoginFlow flow;

    @Inject
    Authenticator authenticator;

    private String code;

    /** Without a login in progress, back to the first step. */
    public void check() throws IOException {
        if (flow.pending(LoginFlow.Step.CODE).isEmpty()) {
            authenticator.redirect("/connexion.xhtml");
        }
    }

    public void submit() throws IOException {
        Optional<UUID> user = flow.pending(LoginFlow.Step.CODE);
        if (user.isEmpty()) {
            Messages.error("login.CODE_EXPIRED");
            authenticator.redirect("/connexion.xhtml");
            return;
        }
        authenticator.follow(logins.verifyCode(user.get(), code, authenticator.clientAddress()));
    }

    public void resend() {
        flow.pending(LoginFlow.Step.CODE).ifPresent(user -> {
            logins.resendCode(user, authenticator.clientAddress());
            Messages.info("code.resent");
        });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
