package fr.gouv.hubee.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-account slowdown of guesses, passwords and login codes alike: the first
 * {@value #FREE_FAILURES} failures cost nothing, then each failure makes the next try wait a delay
 * that doubles from 1 minute up to {@link #MAX_DELAY}. Tries during the wait are refused without
 * being tried (and without counting), with the answer a wrong password gets. A success, or a
 * reset through the mailed link, starts again from zero: a third party can slow the owner down,
 * never lock him out.
 *
 * <p>Bound on guessing a 6-digit login code: 4 free tries, then waits of 1, 2, 4, 8 and 16 minutes,
 * then one try every 30 minutes — 9 tries in the first 31 minutes, 47 in the 23 h 29 min left —
 * so at most {@value #MAX_GUESSES_PER_DAY} tries per account per day, and a day of guessing
 * succeeds with probability at most 56 / 1,000,000, 1 in 17,857 (below 1 in 10,000).
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 4;
    public static final Duration MAX_DELAY = Duration.ofMinutes(30);
    /** Worst case for an attacker who tries the very second each wait ends (see the class comment). */
    public static final int MAX_GUESSES_PER_DAY = 56;

    private LoginThrottle() {
    }

    /** The delay imposed after this total of consecutive failures, if any. */
    public static Optional<Duration> delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration delay = Duration.ofMinutes(1L << doublings);
        return Optional.of(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /** Whether a try is allowed now, given when the last delay ends (null: none). */
    public static boolean allows(Instant waitUntil, Instant now) {
        return waitUntil == null || !now.isBefore(waitUntil);
    }

    /** The failure that starts the slowdown is when the owner is told his account is being guessed. */
    public static boolean warnsOwner(int failures) {
        return failures == FREE_FAILURES + 1;
    }
}
