package fr.gouv.hubee.application.security;

import fr.gouv.hubee.domain.rules.SlidingWindowLimiter;
import java.time.Duration;
import java.time.Instant;

/**
 * At most so many events per client IP address in a sliding window (failed logins, reset
 * requests, failed token requests), kept in memory on each node; an unknown address counts as one.
 */
public abstract class PerIpLimit {

    private final SlidingWindowLimiter limiter;

    protected PerIpLimit(int limit, Duration window) {
        this.limiter = new SlidingWindowLimiter(limit, window, 100_000);
    }

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
