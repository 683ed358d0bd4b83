package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks a login and password against the User table for the identity store. Issue #3 adds the
 * lockout, two-step login for administrators, expiry and audit on top of this.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    /** Hashed once, verified when the email is unknown so that timing does not reveal accounts. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy-password".toCharArray());

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    /** The caller name (lower-case email) when the account is active and the password right. */
    public Optional<String> verify(String email, char[] password) {
        Optional<User> found = email == null ? Optional.empty() : users.findByEmail(email);
        if (found.isEmpty()) {
            PasswordHasher.verify(password, DECOY_HASH);
            return Optional.empty();
        }
        User user = found.get();
        if (!PasswordHasher.verify(password, user.getPasswordHash()) || !user.isActive()) {
            return Optional.empty();
        }
        user.recordLogin(clock.instant());
        return Optional.of(User.emailKey(user.getEmail()));
    }
}
