package fr.gouv.hubee.domain.rules;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-account lockout: the first {@value #FREE_FAILURES} failures cost nothing, then each new
 * failure locks the account for a delay that doubles, from 1 minute up to 1 hour. A successful
 * login, or an administrator's reactivation, starts again from zero.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 4;
    static final Duration MAX_LOCK = Duration.ofHours(1);

    private LoginThrottle() {
    }

    /** How long to lock after the given total of consecutive failures, if at all. */
    public static Optional<Duration> lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
}
