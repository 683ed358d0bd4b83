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
    void locksAfterTheFifthFailureWithADoublingDelayCappedAtOneHour() {
        for (int failures = 0; failures <= 4; failures++) {
            assertEquals(Optional.empty(), LoginThrottle.lockAfter(failures), failures + " failures");
        }
        assertEquals(Optional.of(Duration.ofMinutes(1)), LoginThrottle.lockAfter(5));
        assertEquals(Optional.of(Duration.ofMinutes(2)), LoginThrottle.lockAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(4)), LoginThrottle.lockAfter(7));
        assertEquals(Optional.of(Duration.ofMinutes(32)), LoginThrottle.lockAfter(10));
        assertEquals(Optional.of(Duration.ofHours(1)), LoginThrottle.lockAfter(11));
        assertEquals(Optional.of(Duration.ofHours(1)), LoginThrottle.lockAfter(500));
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
}
