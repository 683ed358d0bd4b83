package fr.gouv.hubee.application.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.UUID;

/** Values of native SQL rows, as the driver gives them (PostgreSQL and H2 differ). */
final class NativeValues {

    private NativeValues() {
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
