package fr.gouv.hubee.application.security;

import fr.gouv.hubee.application.security.LoginOutcome.Status;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.token.OneTimeToken;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.LoginThrottle;
import fr.gouv.hubee.domain.rules.PasswordExpiry;
import fr.gouv.hubee.domain.rules.PasswordPolicy;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.TokenRepository;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every step of getting into the portal (guide §3, issue #3): password with per-account lockout
 * and per-IP limit, mailed code for administrators, forced change of an expired password,
 * activation and reset links. Each step is one transaction and leaves an audit entry; a
 * completed login yields a ticket for the identity store.
 */
@Stateless
@PermitAll
public class LoginService {

    /** Verified when the email is unknown, so that timing does not reveal accounts. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-Password-1".toCharArray());

    @Inject
    UserRepository users;

    @Inject
    TokenRepository tokens;

    @Inject
    AccountMails mails;

    @Inject
    AuditLog audit;

    @Inject
    LoginTickets tickets;

    @Inject
    FailedLoginsByIp failuresByIp;

    @Inject
    Clock clock;

    /** Step 1: login and password. */
    public LoginOutcome login(String email, char[] password, String ip) {
        Instant now = clock.instant();
        if (!failuresByIp.allows(ip, now)) {
            audit.record(AuditType.LOGIN_REFUSED_IP_LIMIT, null, ip);
            return LoginOutcome.of(Status.IP_LIMITED);
        }
        Optional<User> found = email == null || email.isBlank() ? Optional.empty() : users.findByEmail(email);
        if (found.isEmpty()) {
            PasswordHasher.verify(password, DECOY_HASH);
            failuresByIp.record(ip, now);
            audit.record(AuditType.LOGIN_FAILURE, null, ip);
            return LoginOutcome.of(Status.INVALID);
        }
        User user = found.get();
        if (user.getLockedUntil() != null && now.isBefore(user.getLockedUntil())) {
            audit.record(AuditType.LOGIN_REFUSED_LOCKED, user, ip);
            return LoginOutcome.locked(user.getLockedUntil());
        }
        if (!PasswordHasher.verify(password, user.getPasswordHash())) {
            failuresByIp.record(ip, now);
            Optional<Duration> lock = LoginThrottle.lockAfter(user.getFailedAttempts() + 1);
            user.recordFailedLogin(lock.map(now::plus).orElse(null));
            audit.record(AuditType.LOGIN_FAILURE, user, ip);
            if (lock.isPresent()) {
                audit.record(AuditType.LOCKOUT, user, ip, "verrouillé " + lock.get().toMinutes() + " min");
                return LoginOutcome.locked(user.getLockedUntil());
            }
            return LoginOutcome.of(Status.INVALID);
        }
        // The password is right: only now say why the account cannot log in.
        if (!user.isActive()) {
            audit.record(AuditType.LOGIN_REFUSED_INACTIVE, user, ip);
            return LoginOutcome.of(Status.INACTIVE);
        }
        if (PasswordExpiry.isExpired(user.getPasswordChangedAt(), now)) {
            audit.record(AuditType.PASSWORD_EXPIRED, user, ip);
            return LoginOutcome.next(Status.PASSWORD_EXPIRED, user.getId());
        }
        return secondStepOrSuccess(user, ip);
    }

    /** Step 2 for administrators: the 6-digit code sent by mail (10 minutes, 5 tries, single use). */
    public LoginOutcome verifyCode(UUID userId, String code, String ip) {
        Instant now = clock.instant();
        User user = users.find(userId).orElse(null);
        if (user == null || !user.isActive()) {
            return LoginOutcome.of(Status.CODE_EXPIRED);
        }
        Optional<OneTimeToken> latest = tokens.latest(userId, TokenPurpose.LOGIN_CODE);
        if (latest.isEmpty() || !latest.get().isUsableAt(now)) {
            audit.record(AuditType.CODE_REJECTED, user, ip, "expiré");
            return LoginOutcome.of(Status.CODE_EXPIRED);
        }
        OneTimeToken token = latest.get();
        String typed = code == null ? "" : code.strip();
        if (!Secrets.sameHash(AccountMails.codeHash(token.getId(), typed), token.getTokenHash())) {
            token.recordFailedAttempt();
            audit.record(AuditType.CODE_REJECTED, user, ip);
            return LoginOutcome.next(token.isUsableAt(now) ? Status.INVALID_CODE : Status.CODE_EXPIRED, userId);
        }
        token.consume(now);
        audit.record(AuditType.CODE_ACCEPTED, user, ip);
        return complete(user, ip);
    }

    /** Sends a new code (« Renvoyer un code »). */
    public void resendCode(UUID userId, String ip) {
        users.find(userId).filter(User::isActive).ifPresent(user -> mails.sendLoginCode(user, ip));
    }

    /** The forced change of an expired password, right after the old one was checked. */
    public LoginOutcome changeExpiredPassword(UUID userId, String password, String confirmation, String ip) {
        User user = users.find(userId).orElse(null);
        if (user == null || !user.isActive() || !PasswordExpiry.isExpired(user.getPasswordChangedAt(), clock.instant())) {
            return LoginOutcome.of(Status.INVALID);
        }
        List<String> violations = violations(user, password, confirmation);
        if (!violations.isEmpty()) {
            return LoginOutcome.invalidPassword(violations);
        }
        setPassword(user, password, ip);
        return secondStepOrSuccess(user, ip);
    }

    /** « Mot de passe oublié » : the same answer whether the account exists or not. */
    public void requestPasswordReset(String email, String ip) {
        Optional<User> user = email == null || email.isBlank() ? Optional.empty() : users.findByEmail(email);
        user.filter(User::isActive).ifPresent(u -> mails.sendPasswordReset(u, ip));
    }

    /** Whether an activation or reset link can still be used (to show the page or explain). */
    public Status checkLink(String secret) {
        Optional<OneTimeToken> token = linkToken(secret);
        if (token.isEmpty()) {
            return Status.LINK_INVALID;
        }
        return token.get().isUsableAt(clock.instant()) ? Status.SUCCESS
                : token.get().getUsedAt() == null ? Status.LINK_EXPIRED : Status.LINK_INVALID;
    }

    /** « Enregistrer et se connecter » : sets the password with the link, then logs in. */
    public LoginOutcome setPasswordWithLink(String secret, String password, String confirmation, String ip) {
        Status link = checkLink(secret);
        if (link != Status.SUCCESS) {
            return LoginOutcome.of(link);
        }
        OneTimeToken token = linkToken(secret).orElseThrow();
        User user = token.getUser();
        if (!user.isActive()) {
            audit.record(AuditType.LOGIN_REFUSED_INACTIVE, user, ip);
            return LoginOutcome.of(Status.INACTIVE);
        }
        List<String> violations = violations(user, password, confirmation);
        if (!violations.isEmpty()) {
            return LoginOutcome.invalidPassword(violations);
        }
        token.consume(clock.instant());
        setPassword(user, password, ip);
        // The link proved control of the mailbox the code would go to: no second step here.
        return complete(user, ip);
    }

    private List<String> violations(User user, String password, String confirmation) {
        boolean same = password != null && PasswordHasher.verify(password.toCharArray(), user.getPasswordHash());
        return PasswordPolicy.violations(password, confirmation, user.getEmail(), same);
    }

    private void setPassword(User user, String password, String ip) {
        user.changePasswordHash(PasswordHasher.hash(password.toCharArray()), clock.instant());
        audit.record(AuditType.PASSWORD_CHANGED, user, ip);
    }

    private LoginOutcome secondStepOrSuccess(User user, String ip) {
        if (user.getActorType().isAdministrator()) {
            mails.sendLoginCode(user, ip);
            return LoginOutcome.next(Status.CODE_SENT, user.getId());
        }
        return complete(user, ip);
    }

    private LoginOutcome complete(User user, String ip) {
        user.recordLogin(clock.instant());
        audit.record(AuditType.LOGIN_SUCCESS, user, ip);
        return LoginOutcome.success(tickets.issue(User.emailKey(user.getEmail())));
    }

    private Optional<OneTimeToken> linkToken(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(Secrets.sha256(secret))
                .filter(t -> t.getPurpose() == TokenPurpose.ACTIVATION || t.getPurpose() == TokenPurpose.PASSWORD_RESET);
    }
}
