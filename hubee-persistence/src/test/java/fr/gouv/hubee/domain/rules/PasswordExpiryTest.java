package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordExpiryTest {

    @Test
    void expiresSixCalendarMonthsLaterAtTheSameFrenchTime() {
        // 10:00 in Paris in winter (UTC+1), so 10:00 in Paris in summer (UTC+2).
        Instant set = Instant.parse("2026-01-15T09:00:00Z");
        assertEquals(Instant.parse("2026-07-15T08:00:00Z"), PasswordExpiry.expiresAt(set));
        assertFalse(PasswordExpiry.isExpired(set, Instant.parse("2026-07-15T07:59:59Z")));
        assertTrue(PasswordExpiry.isExpired(set, Instant.parse("2026-07-15T08:00:00Z")));
    }

    @Test
    void neverSetMeansExpired() {
        assertTrue(PasswordExpiry.isExpired(null, Instant.now()));
    }
}
