package fr.gouv.hubee.interfaces.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A login in progress between two pages (code step, expired password), kept server side in the
 * session for 10 minutes at most. Never holds a password.
 */
@SessionScoped
public class LoginFlow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration VALIDITY = Duration.ofMinutes(10);

    public enum Step { CODE, EXPIRED_PASSWORD }

    private Step step;
    private UUID userId;
    private Instant since;

    void begin(Step newStep, UUID user) {
        step = newStep;
        userId = user;
        since = Instant.now();
    }

    Optional<UUID> pending(Step expected) {
        if (step != expected || since == null || Instant.now().isAfter(since.plus(VALIDITY))) {
            return Optional.empty();
        }
        return Optional.of(userId);
    }

    void clear() {
        step = null;
        userId = null;
        since = null;
    }
}
