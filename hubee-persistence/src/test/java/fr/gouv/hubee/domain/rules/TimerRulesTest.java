package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The dates of the timers: schedules, expiry reminders, inactivity, retention. */
class TimerRulesTest {

    private static Instant paris(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, ZoneId.of("Europe/Paris")).toInstant();
    }

    @Test
    void schedulesGiveTheNextRunInParisTime() {
        DailySchedule twice = DailySchedule.parse("14:00, 08:00");
        assertEquals(paris(2026, 11, 23, 8, 0), twice.nextAfter(paris(2026, 11, 23, 7, 59)));
        assertEquals(paris(2026, 11, 23, 14, 0), twice.nextAfter(paris(2026, 11, 23, 8, 0)));
        assertEquals(paris(2026, 11, 24, 8, 0), twice.nextAfter(paris(2026, 11, 23, 14, 0)));
        // Across the change to summer time, 08:00 stays 08:00 in Paris.
        assertEquals(paris(2026, 3, 29, 8, 0), DailySchedule.parse("08:00").nextAfter(paris(2026, 3, 28, 9, 0)));
        assertEquals(Instant.parse("2026-11-23T10:01:00Z"),
                DailySchedule.parse("every 1m").nextAfter(Instant.parse("2026-11-23T10:00:00Z")));
        assertEquals(Instant.parse("2026-11-23T10:05:00Z"),
                DailySchedule.parse("every 5m").nextAfter(Instant.parse("2026-11-23T10:03:10Z")));
        assertThrows(IllegalArgumentException.class, () -> DailySchedule.parse("every 0m"));
        assertThrows(RuntimeException.class, () -> DailySchedule.parse("8h"));
    }

    @Test
    void remindersFifteenAndThreeDaysBeforeExpiryEachOnce() {
        Instant changed = paris(2026, 5, 23, 10, 0); // expires 2026-11-23 10:00
        assertEquals(0, PasswordReminders.due(changed, 0, paris(2026, 11, 7, 9, 0), 15, 3));
        assertEquals(1, PasswordReminders.due(changed, 0, paris(2026, 11, 8, 10, 0), 15, 3));
        assertEquals(0, PasswordReminders.due(changed, 1, paris(2026, 11, 9, 10, 0), 15, 3), "sent once");
        assertEquals(2, PasswordReminders.due(changed, 1, paris(2026, 11, 20, 10, 0), 15, 3));
        assertEquals(2, PasswordReminders.due(changed, 0, paris(2026, 11, 21, 10, 0), 15, 3), "a late run sends the last one only");
        assertEquals(0, PasswordReminders.due(changed, 2, paris(2026, 11, 22, 10, 0), 15, 3));
        assertEquals(0, PasswordReminders.due(changed, 0, paris(2026, 11, 23, 10, 0), 15, 3), "expired: the login asks");
        assertEquals(0, PasswordReminders.due(null, 0, paris(2026, 11, 23, 10, 0), 15, 3));
    }

    @Test
    void inactiveAccountsAreWarnedThenDeactivated() {
        Instant login = paris(2026, 5, 1, 9, 0);
        Instant created = paris(2025, 1, 1, 9, 0);
        assertEquals(Inactivity.Action.NONE, Inactivity.due(login, created, null, paris(2026, 10, 16, 8, 0), 6, 15));
        assertEquals(Inactivity.Action.WARN, Inactivity.due(login, created, null, paris(2026, 10, 17, 9, 0), 6, 15));
        assertEquals(Inactivity.Action.NONE, Inactivity.due(login, created, paris(2026, 10, 17, 9, 0),
                paris(2026, 10, 20, 9, 0), 6, 15), "warned once");
        assertEquals(Inactivity.Action.DEACTIVATE, Inactivity.due(login, created, null, paris(2026, 11, 1, 9, 0), 6, 15));
        assertEquals(Inactivity.Action.DEACTIVATE, Inactivity.due(null, created, null, paris(2026, 11, 1, 9, 0), 6, 15),
                "never used: counted from the creation");
    }

    @Test
    void contentsStayTwoMonthsInThePortalUntilClosedAnd48HoursAfterTheSoftwareTookThem() {
        Instant sent = Instant.parse("2026-09-01T08:00:00Z");
        Instant now = Instant.parse("2026-10-15T08:00:00Z");
        assertFalse(Retention.contentExpired(false, CaseStatus.IN_PROGRESS, sent, sent, 2, 60, now));
        assertTrue(Retention.contentExpired(false, CaseStatus.IN_PROGRESS, sent, sent, 2, 60, sent.plus(Duration.ofDays(60))));
        assertTrue(Retention.contentExpired(false, CaseStatus.CLOSED, sent, sent, 2, 60, now));
        assertFalse(Retention.contentExpired(false, CaseStatus.DONE, sent, sent, 2, 60, now), "Traité keeps them");
        assertTrue(Retention.contentExpired(false, CaseStatus.DONE, sent, sent, 2, 30, now), "a démarche's shorter delay");
        assertFalse(Retention.contentExpired(true, CaseStatus.HUBEE_NOTIFIED, sent, null, 2, 60, now), "not taken yet");
        Instant taken = Instant.parse("2026-10-14T09:00:00Z");
        assertFalse(Retention.contentExpired(true, CaseStatus.SI_RECEIVED, sent, taken, 2, 60, now));
        assertTrue(Retention.contentExpired(true, CaseStatus.SI_RECEIVED, sent, taken, 2, 60, taken.plus(Duration.ofHours(48))));
        assertTrue(Retention.contentExpired(true, CaseStatus.DONE, sent, taken, null, null, taken.plus(Duration.ofHours(48))));
    }
}
