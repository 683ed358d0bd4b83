package fr.gouv.hubee.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void retriesBackOffExponentiallyUpToAnHour() {
        OutgoingMail mail = new OutgoingMail("a@b.test", "s", "t", "<p>t</p>", NOW);
        assertEquals(NOW, mail.getNextAttemptAt(), "due at once");
        long[] expectedSeconds = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (long seconds : expectedSeconds) {
            mail.markFailed("connection refused", NOW);
            assertEquals(NOW.plus(Duration.ofSeconds(seconds)), mail.getNextAttemptAt());
        }
        assertEquals(expectedSeconds.length, mail.getAttempts());
        mail.markSent(NOW);
        assertTrue(mail.isSent());
    }
}
