package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.token.OneTimeToken;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.MailedSecretLimits;
import fr.gouv.hubee.infrastructure.mail.MailOutbox;
import fr.gouv.hubee.infrastructure.mail.MailTemplates;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Issues the one-time secrets that go out by mail (activation link, reset link, login code) in
 * the caller's transaction: the token (hashed), the outbox mail and the audit entry commit
 * together. A new secret revokes the user's earlier unused ones of the same purpose.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    TokenRepository tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Sends the activation link, unless one went to this person moments ago
     * ({@link MailedSecretLimits#ACTIVATION}): then nothing more — the previous link still works.
     * Returns whether a mail went out.
     */
    public boolean sendActivation(User user, String ip) {
        if (!mayResend(user, TokenPurpose.ACTIVATION, MailedSecretLimits.ACTIVATION)) {
            return false;
        }
        String secret = newLink(user, TokenPurpose.ACTIVATION);
        outbox.enqueue(user.getEmail(), templates.activation(user.getFirstName(), secret));
        audit.record(AuditType.ACTIVATION_SENT, user, ip);
        return true;
    }

    public void sendPasswordReset(User user, String ip) {
        String secret = newLink(user, TokenPurpose.PASSWORD_RESET);
        outbox.enqueue(user.getEmail(), templates.passwordReset(user.getFirstName(), secret));
        audit.record(AuditType.PASSWORD_RESET_REQUESTED, user, ip);
    }

    public void sendLoginCode(User user, String ip) {
        Instant now = clock.instant();
        tokens.revokeUnused(user.getId(), TokenPurpose.LOGIN_CODE, now);
        String code = Secrets.newLoginCode();
        tokens.add(new OneTimeToken(user, TokenPurpose.LOGIN_CODE, id -> codeHash(id, code), now));
        outbox.enqueue(user.getEmail(), templates.loginCode(user.getFirstName(), code));
        audit.record(AuditType.CODE_SENT, user, ip);
    }

    /** Whether the limit lets one more secret of that purpose go to the user now. */
    public boolean mayResend(User user, TokenPurpose purpose, MailedSecretLimits.Limit limit) {
        Instant now = clock.instant();
        return limit.allows(tokens.countSince(user.getId(), purpose, now.minus(limit.spacing())),
                tokens.countSince(user.getId(), purpose, now.minus(limit.window())));
    }

    /** The owner learns that someone is guessing his password or code (the slowdown started). */
    public void sendGuessingWarning(User user) {
        outbox.enqueue(user.getEmail(), templates.guessingWarning(user.getFirstName()));
    }

    static String codeHash(java.util.UUID tokenId, String code) {
        return Secrets.sha256(tokenId + ":" + code);
    }

    private String newLink(User user, TokenPurpose purpose) {
        Instant now = clock.instant();
        tokens.revokeUnused(user.getId(), purpose, now);
        String secret = Secrets.newLinkToken();
        tokens.add(new OneTimeToken(user, purpose, Secrets.sha256(secret), now));
        return secret;
    }
}
