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
        authenticator.pendingOrRestart(LoginFlow.Step.CODE);
    }

    public void submit() throws IOException {
        Optional<UUID> user = authenticator.pendingOrRestart(LoginFlow.Step.CODE);
        if (user.isPresent()) {
            authenticator.follow(logins.verifyCode(user.get(), code, authenticator.clientAddress()));
        }
    }

    public void resend() {
        flow.pending(LoginFlow.Step.CODE).ifPresent(user -> {
            if (logins.resendCode(user, authenticator.clientAddress())) {
                Messages.info("code.resent");
            } else {
                Messages.error("code.resendLimited");
            }
        });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
