package fr.gouv.hubee.application.api;

import fr.gouv.hubee.domain.rules.SlidingWindowLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Rate limit of POST /token: {@value #LIMIT} failed requests per IP in 15 minutes, per node. */
@ApplicationScoped
public class FailedTokenRequests {

    static final int LIMIT = 30;

    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(LIMIT, Duration.ofMinutes(15), 100_000);

    public boolean allows(String ip, Instant now) {
        return limiter.allows(ip == null ? "?" : ip, now);
    }

    public void record(String ip, Instant now) {
        limiter.record(ip == null ? "?" : ip, now);
    }
}
