package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.exchange.ExchangeViews.IdsForPurge;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository.PurgeScope;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * /attachmentsIdsForPurge and /idsPurged: a client that keeps copies of the files (an SI's own
 * software, an operator's portal) learns which it must delete — contents the hub's retention
 * purged, or of closed cases — and reports them done, so that they are not listed again.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class PurgeExchange {

    static final int MAX = 1000;

    @Inject
    CurrentApiCaller callers;

    @Inject
    DossierRepository dossiers;

    @Inject
    Clock clock;

    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public List<IdsForPurge> list() {
        PurgeScope scope = scope(callers.get());
        return dossiers.purgeCandidates(scope, MAX).stream()
                .map(r -> new IdsForPurge(NativeValues.uuid(r[0]), NativeValues.uuid(r[1]))).toList();
    }

    /** Marks the caller's pairs; pairs of other tenants or already marked are ignored. Returns how many were marked. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public int markPurged(List<IdsForPurge> ids) {
        PurgeScope scope = scope(callers.get());
        int marked = 0;
        for (IdsForPurge id : ids) {
            if (id.folder_attachment_id() != null && id.case_id() != null) {
                marked += dossiers.markPortalPurged(id.folder_attachment_id(), id.case_id(), scope, clock.instant());
            }
        }
        return marked;
    }

    private static PurgeScope scope(ApiCaller caller) {
        if (caller.scope() != ApiScope.ADMIN && caller.organizationId() == null) {
            throw new AccessDeniedException("Unauthorized user");
        }
        return switch (caller.scope()) {
            case SI -> new PurgeScope(caller.organizationId(), caller.procedureId(), null);
            case OSL -> new PurgeScope(null, null, caller.organizationId());
            default -> new PurgeScope(null, null, null);
        };
    }
}
