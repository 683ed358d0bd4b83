package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void slowsDownAfterTheFifthFailureWithADoublingDelayCappedAtThirtyMinutes() {
        for (int failures = 0; failures <= 4; failures++) {
            assertEquals(Optional.empty(), LoginThrottle.delayAfter(failures), failures + " failures");
        }
        assertEquals(Optional.of(Duration.ofMinutes(1)), LoginThrottle.delayAfter(5));
        assertEquals(Optional.of(Duration.ofMinutes(2)), LoginThrottle.delayAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(4)), LoginThrottle.delayAfter(7));
        assertEquals(Optional.of(Duration.ofMinutes(16)), LoginThrottle.delayAfter(9));
        assertEquals(Optional.of(Duration.ofMinutes(30)), LoginThrottle.delayAfter(10));
        assertEquals(Optional.of(Duration.ofMinutes(30)), LoginThrottle.delayAfter(500));
        assertTrue(LoginThrottle.warnsOwner(5));
        assertFalse(LoginThrottle.warnsOwner(4));
        assertFalse(LoginThrottle.warnsOwner(6), "told once per series");
    }

    /** The README's figure: a day of the fastest guessing the throttle allows stays below 1 in 10,000. */
    @Test
    void aDayOfGuessingALoginCodeSucceedsWithLessThanOneChanceInTenThousand() {
        Instant start = Instant.parse("2026-11-22T00:00:00Z");
        Instant now = start;
        Instant waitUntil = null;
        int failures = 0;
        int tries = 0;
        while (now.isBefore(start.plus(Duration.ofDays(1)))) {
            if (LoginThrottle.allows(waitUntil, now)) {
                tries++;
                failures++;
                Optional<Duration> delay = LoginThrottle.delayAfter(failures);
                waitUntil = delay.map(now::plus).orElse(null);
            }
            now = now.plusSeconds(1);
        }
        assertTrue(tries <= LoginThrottle.MAX_GUESSES_PER_DAY, tries + " tries");
        assertTrue(tries / 1_000_000.0 < 1 / 10_000.0, tries + " tries in a day");
    }

    @Test
    void slidingWindowLimitsPerKeyAndForgets() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(10), 2);
        Instant t = Instant.parse("2026-11-22T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allows("10.0.0.1", t));
            limiter.record("10.0.0.1", t.plusSeconds(i));
        }
        assertFalse(limiter.allows("10.0.0.1", t.plusSeconds(10)));
        assertTrue(limiter.allows("10.0.0.2", t.plusSeconds(10)), "other IPs unaffected");
        assertTrue(limiter.allows("10.0.0.1", t.plusSeconds(601)), "window slid past the failures");

        limiter.record("10.0.0.1", t.plusSeconds(20));
        limiter.record("10.0.0.2", t.plusSeconds(20));
        limiter.record("10.0.0.3", t.plusSeconds(20));
        assertTrue(limiter.allows("10.0.0.1", t.plusSeconds(30)), "bounded: the eldest key was forgotten");
    }

    @Test
    void codesAndResetLinksAreSentAtTheirPaceOnly() {
        assertTrue(MailedSecretLimits.LOGIN_CODE.allows(0, 4));
        assertFalse(MailedSecretLimits.LOGIN_CODE.allows(1, 1), "one a minute");
        assertFalse(MailedSecretLimits.LOGIN_CODE.allows(0, 5), "five an hour");
        assertFalse(MailedSecretLimits.PASSWORD_RESET.allows(1, 1), "one every five minutes");
        assertFalse(MailedSecretLimits.PASSWORD_RESET.allows(0, 5), "five a day");
        assertEquals(Duration.ofDays(1), MailedSecretLimits.PASSWORD_RESET.window());
        assertFalse(MailedSecretLimits.ACTIVATION.allows(1, 1), "one activation link every five minutes");
        assertFalse(MailedSecretLimits.ACTIVATION.allows(0, 5), "five a day");
    }
}
