package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.rules.SlidingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The per-IP limit on failed logins: {@value #LIMIT} in {@link #WINDOW}, whatever the accounts
 * tried. Kept in memory on each node: in a cluster each node applies the limit on its own.
 */
@ApplicationScoped
public class FailedLoginsByIp {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(LIMIT, WINDOW, 100_000);

    public boolean allows(String ip, Instant now) {
        return limiter.allows(key(ip), now);
    }

    public void record(String ip, Instant now) {
        limiter.record(key(ip), now);
    }

    private static String key(String ip) {
        return ip == null ? "?" : ip;
    }
}
