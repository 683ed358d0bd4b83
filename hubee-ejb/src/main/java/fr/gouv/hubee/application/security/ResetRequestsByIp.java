package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.rules.SlidingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The per-IP limit on « Mot de passe oublié »: {@value #LIMIT} requests in {@link #WINDOW},
 * whatever the addresses asked (a flood of requests for many accounts). Kept in memory on each
 * node, like {@link FailedLoginsByIp}.
 */
@ApplicationScoped
public class ResetRequestsByIp {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofHours(1);

    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(LIMIT, WINDOW, 100_000);

    public boolean allows(String ip, Instant now) {
        return limiter.allows(ip == null ? "?" : ip, now);
    }

    public void record(String ip, Instant now) {
        limiter.record(ip == null ? "?" : ip, now);
    }
}
