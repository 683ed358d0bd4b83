package fr.gouv.hubee.domain.rules;

import java.time.Instant;

/**
 * Expiry reminders: the first {@code firstDays} before the 6-month expiry, the second
 * {@code secondDays} before; each once per password (the level already sent is stored).
 */
public final class PasswordReminders {

    private PasswordReminders() {
    }

    /** The reminder level to send now (1 or 2), or 0 when none is due. */
    public static int due(Instant changedAt, int alreadySent, Instant now, int firstDays, int secondDays) {
        if (changedAt == null) {
            return 0;
        }
        Instant expiry = PasswordExpiry.expiresAt(changedAt);
        if (!now.isBefore(expiry)) {
            return 0;
        }
        if (alreadySent < 2 && !now.isBefore(daysBefore(expiry, secondDays))) {
            return 2;
        }
        if (alreadySent < 1 && !now.isBefore(daysBefore(expiry, firstDays))) {
            return 1;
        }
        return 0;
    }

    /** Calendar days in Paris, whatever the summer-time change in between. */
    private static Instant daysBefore(Instant expiry, int days) {
        return expiry.atZone(java.time.ZoneId.of("Europe/Paris")).minusDays(days).toInstant();
    }
}
