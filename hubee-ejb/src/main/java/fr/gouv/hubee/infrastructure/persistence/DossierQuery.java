package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the dossier list asks the database for. All filters add up; {@code visibleProcedures}
 * (empty: all) is the caller's habilitations, {@code procedures} the user's démarche filter.
 */
public record DossierQuery(UUID recipientId, Optional<Set<UUID>> visibleProcedures, PortalStatus status,
                           Set<UUID> procedures, Instant transmittedFrom, Instant transmittedBefore,
                           String search, DossierSort sort, int first, int max) {

    public DossierQuery {
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
        sort = sort == null ? DossierSort.TRANSMITTED_DESC : sort;
    }

    public DossierQuery withoutStatus() {
        return new DossierQuery(recipientId, visibleProcedures, null, procedures, transmittedFrom, transmittedBefore,
                search, sort, first, max);
    }
}
