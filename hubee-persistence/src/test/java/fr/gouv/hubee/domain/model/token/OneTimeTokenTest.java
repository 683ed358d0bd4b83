package fr.gouv.hubee.domain.model.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OneTimeTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void validityPeriodsAreThoseOfTheGuide() {
        assertEquals(Duration.ofHours(48), TokenPurpose.ACTIVATION.validity());
        assertEquals(Duration.ofHours(1), TokenPurpose.PASSWORD_RESET.validity());
        assertEquals(Duration.ofMinutes(10), TokenPurpose.LOGIN_CODE.validity());
    }

    @Test
    void activationLinkExpiresAfter48Hours() {
        OneTimeToken token = new OneTimeToken(null, TokenPurpose.ACTIVATION, "h", NOW);
        assertTrue(token.isUsableAt(NOW.plus(Duration.ofHours(48)).minusSeconds(1)));
        assertFalse(token.isUsableAt(NOW.plus(Duration.ofHours(48))));
        assertTrue(token.isExpiredAt(NOW.plus(Duration.ofHours(48))));
    }

    @Test
    void tokenIsSingleUse() {
        OneTimeToken token = new OneTimeToken(null, TokenPurpose.PASSWORD_RESET, "h", NOW);
        token.consume(NOW.plusSeconds(5));
        assertFalse(token.isUsableAt(NOW.plusSeconds(6)));
        assertThrows(IllegalStateException.class, () -> token.consume(NOW.plusSeconds(7)));
    }

    @Test
    void loginCodeIsSpentAfterFiveWrongEntries() {
        OneTimeToken token = new OneTimeToken(null, TokenPurpose.LOGIN_CODE, "h", NOW);
        for (int i = 0; i < OneTimeToken.MAX_ATTEMPTS - 1; i++) {
            token.recordFailedAttempt();
        }
        assertTrue(token.isUsableAt(NOW));
        token.recordFailedAttempt();
        assertFalse(token.isUsableAt(NOW));
    }
}
