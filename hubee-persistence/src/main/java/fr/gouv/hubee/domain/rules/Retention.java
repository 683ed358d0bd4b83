package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * How long attachment contents stay (guide, FAQ): in portal mode, until the case is Clos and at
 * most the démarche's portal delay (2 months); in API mode, the démarche's delay (2 days) after
 * the recipient's software took the case ({@code statusBeforeFileDeletion}, SI_RECEIVED).
 */
public final class Retention {

    public static final int DEFAULT_PORTAL_DAYS = 60;
    public static final int DEFAULT_API_DAYS = 2;

    private Retention() {
    }

    public static boolean contentExpired(boolean apiMode, CaseStatus status, Instant transmittedAt,
                                         Instant acknowledgedAt, Integer apiDays, Integer portalDays, Instant now) {
        if (apiMode) {
            int days = apiDays == null ? DEFAULT_API_DAYS : apiDays;
            return acknowledgedAt != null && !now.isBefore(acknowledgedAt.plus(Duration.ofDays(days)));
        }
        if (status == CaseStatus.CLOSED) {
            return true;
        }
        int days = portalDays == null ? DEFAULT_PORTAL_DAYS : portalDays;
        return transmittedAt != null && !now.isBefore(transmittedAt.plus(Duration.ofDays(days)));
    }
}
