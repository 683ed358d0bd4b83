package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.audit.AuditType;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How long the audit keeps what it wrote: 3 years for changes of rights (roles, habilitations,
 * actor type, activation: what an inquiry into an abuse needs), 6 months for access decisions
 * (logins, refusals, downloads, exports: the CNIL's usual span for access logs). Counted in Paris
 * calendar months.
 */
public final class AuditRetention {

    public static final int ACCESS_MONTHS = 6;
    public static final int RIGHTS_YEARS = 3;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private AuditRetention() {
    }

    /** Entries of this type written before the returned instant are due for deletion. */
    public static Instant keptSince(AuditType type, Instant now) {
        return type.isRightsChange()
                ? now.atZone(PARIS).minusYears(RIGHTS_YEARS).toInstant()
                : now.atZone(PARIS).minusMonths(ACCESS_MONTHS).toInstant();
    }
}
