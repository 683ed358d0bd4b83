package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.gouv.hubee.domain.model.audit.AuditType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRetentionTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void accessDecisionsAreKeptSixMonthsRightsChangesThreeYears() {
        // 30 November 11:00 in Paris (winter) → 30 May 11:00 in Paris (summer), 09:00 UTC.
        assertEquals(Instant.parse("2026-05-30T09:00:00Z"), AuditRetention.keptSince(AuditType.ACCESS_REFUSED, NOW));
        assertEquals(Instant.parse("2026-05-30T09:00:00Z"), AuditRetention.keptSince(AuditType.LOGIN_FAILURE, NOW));
        assertEquals(Instant.parse("2026-05-30T09:00:00Z"), AuditRetention.keptSince(AuditType.DOWNLOAD, NOW));
        assertEquals(Instant.parse("2023-11-30T10:00:00Z"), AuditRetention.keptSince(AuditType.RIGHTS_CHANGED, NOW));
    }

    @Test
    void monthsAreParisCalendarMonths() {
        // 31 August minus 6 months is the last day of February, at the same Paris wall-clock time
        // (winter time then: one hour more in UTC than in summer).
        assertEquals(Instant.parse("2026-02-28T10:00:00Z"),
                AuditRetention.keptSince(AuditType.EXPORT, Instant.parse("2026-08-31T09:00:00Z")));
    }
}
