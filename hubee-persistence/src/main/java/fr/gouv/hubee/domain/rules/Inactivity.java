package fr.gouv.hubee.domain.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Accounts without a login for {@code months} (6 by default) are deactivated, warned
 * {@code warnDays} before. An account never used counts from its creation.
 */
public final class Inactivity {

    public enum Action { NONE, WARN, DEACTIVATE }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Inactivity() {
    }

    public static Instant deadline(Instant lastLogin, Instant created, int months) {
        Instant since = lastLogin != null ? lastLogin : created;
        return ZonedDateTime.ofInstant(since, PARIS).plusMonths(months).toInstant();
    }

    public static Action due(Instant lastLogin, Instant created, Instant warnedAt, Instant now, int months, int warnDays) {
        Instant deadline = deadline(lastLogin, created, months);
        if (!now.isBefore(deadline)) {
            return Action.DEACTIVATE;
        }
        // Calendar days in Paris: « dans 15 jours » whatever the summer-time change in between.
        Instant warnFrom = deadline.atZone(PARIS).minusDays(warnDays).toInstant();
        if (warnedAt == null && !now.isBefore(warnFrom)) {
            return Action.WARN;
        }
        return Action.NONE;
    }
}
