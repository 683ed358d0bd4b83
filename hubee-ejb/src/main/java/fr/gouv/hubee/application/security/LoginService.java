package fr.gouv.hubee.application.security;

import fr.gouv.hubee.application.security.LoginOutcome.Status;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.token.OneTimeToken;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.LoginThrottle;
import fr.gouv.hubee.domain.rules.MailedSecretLimits;
import fr.gouv.hubee.domain.rules.PasswordExpiry;
import fr.gouv.hubee.domain.rules.PasswordPolicy;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.TokenRepository;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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
    ResetRequestsByIp resetsByIp;

    @Inject
    Clock clock;

    /**
     * Step 1: login and password. An unknown e-mail, a wrong password and an account being slowed
     * down ({@link LoginThrottle}) get the same answer after the same work (a password hash is
     * always checked); the account's row is locked for the attempt, so parallel tries are counted
     * one by one.
     */
    public LoginOutcome login(String email, char[] password, String ip) {
        Instant now = clock.instant();
        if (!failuresByIp.allows(ip, now)) {
            audit.record(AuditType.LOGIN_REFUSED_IP_LIMIT, null, ip);
            return LoginOutcome.of(Status.IP_LIMITED);
        }
        Optional<User> found = email == null || email.isBlank() ? Optional.empty() : users.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            PasswordHasher.verify(password, DECOY_HASH);
            failuresByIp.record(ip, now);
            audit.record(AuditType.LOGIN_FAILURE, null, ip);
            return LoginOutcome.of(Status.INVALID);
        }
        User user = found.get();
        boolean right = PasswordHasher.verify(password, user.getPasswordHash());
        if (!user.mayTryLogin(now)) {
            failuresByIp.record(ip, now);
            audit.record(AuditType.LOGIN_REFUSED_LOCKED, user, ip);
            return LoginOutcome.of(Status.INVALID);
        }
        if (!right) {
            audit.record(AuditType.LOGIN_FAILURE, user, ip);
            failed(user, ip, now);
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

    /** A wrong password or code: the account's throttle and the IP's limit; the owner is told when the slowdown starts. */
    private void failed(User user, String ip, Instant now) {
        failuresByIp.record(ip, now);
        int failures = user.recordFailedLogin(now);
        if (LoginThrottle.warnsOwner(failures)) {
            audit.record(AuditType.LOCKOUT, user, ip, "ralenti après " + failures + " échecs");
            mails.sendGuessingWarning(user);
        }
    }

    /**
     * Step 2 for administrators: the 6-digit code sent by mail (10 minutes, 5 tries, single use).
     * A wrong code counts like a wrong password against the account's throttle and the IP's limit.
     */
    public LoginOutcome verifyCode(UUID userId, String code, String ip) {
        Instant now = clock.instant();
        if (!failuresByIp.allows(ip, now)) {
            audit.record(AuditType.LOGIN_REFUSED_IP_LIMIT, null, ip);
            return LoginOutcome.of(Status.IP_LIMITED);
        }
        User user = users.findForUpdate(userId).orElse(null);
        if (user == null || !user.isActive()) {
            return LoginOutcome.of(Status.CODE_EXPIRED);
        }
        if (!user.mayTryLogin(now)) {
            failuresByIp.record(ip, now);
            audit.record(AuditType.CODE_REJECTED, user, ip, "ralenti");
            return LoginOutcome.next(Status.INVALID_CODE, userId);
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
            failed(user, ip, now);
            return LoginOutcome.next(token.isUsableAt(now) ? Status.INVALID_CODE : Status.CODE_EXPIRED, userId);
        }
        token.consume(now);
        audit.record(AuditType.CODE_ACCEPTED, user, ip);
        return complete(user, ip);
    }

    /**
     * « Renvoyer un code »: a new code ({@link MailedSecretLimits#LOGIN_CODE}: one a minute, five an
     * hour); returns whether one was sent.
     */
    public boolean resendCode(UUID userId, String ip) {
        Optional<User> user = users.findForUpdate(userId).filter(User::isActive);
        if (user.isEmpty() || !mails.mayResend(user.get(), TokenPurpose.LOGIN_CODE, MailedSecretLimits.LOGIN_CODE)) {
            return false;
        }
        mails.sendLoginCode(user.get(), ip);
        return true;
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

    /**
     * « Mot de passe oublié » : the same answer whether the account exists or not, and whether a
     * link was sent or the request was throttled (per address: {@link MailedSecretLimits#PASSWORD_RESET};
     * per IP: {@link ResetRequestsByIp}).
     */
    public void requestPasswordReset(String email, String ip) {
        Instant now = clock.instant();
        if (!resetsByIp.allows(ip, now)) {
            audit.record(AuditType.LOGIN_REFUSED_IP_LIMIT, null, ip, "mot de passe oublié");
            return;
        }
        resetsByIp.record(ip, now);
        Optional<User> user = email == null || email.isBlank() ? Optional.empty() : users.findByEmailForUpdate(email);
        user.filter(User::isActive)
                .filter(u -> mails.mayResend(u, TokenPurpose.PASSWORD_RESET, MailedSecretLimits.PASSWORD_RESET))
                .ifPresent(u -> mails.sendPasswordReset(u, ip));
    }

    /**
     * The credentials version of an active account (what its sessions must still match), or
     * empty when it is unknown or deactivated: checked on each portal request.
     */
    public java.util.OptionalInt credentialsVersion(String email) {
        return users.findByEmail(email).filter(User::isActive)
                .map(u -> java.util.OptionalInt.of(u.getCredentialsVersion())).orElse(java.util.OptionalInt.empty());
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
