package fr.gouv.hubee.domain.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Passwords expire six months after they were set (FAQ); a password never dated is expired. */
public final class PasswordExpiry {

    public static final int MONTHS = 6;
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private PasswordExpiry() {
    }

    public static Instant expiresAt(Instant changedAt) {
        return ZonedDateTime.ofInstant(changedAt, FRANCE).plusMonths(MONTHS).toInstant();
    }

    public static boolean isExpired(Instant changedAt, Instant now) {
        return changedAt == null || !now.isBefore(expiresAt(changedAt));
    }
}
