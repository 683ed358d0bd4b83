package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.infrastructure.persistence.DossierQuery;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.infrastructure.time.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;

/** Turns the screen's filters into a database query within the caller's scope. */
final class DossierQueries {

    private DossierQueries() {
    }

    /**
     * The period is in French days: from the start of {@code from}, before the end of {@code to}
     * (the guide: start only = until today, end only = everything transmitted up to that date).
     */
    static DossierQuery of(Caller caller, DossierFilter filter, DossierSort sort, int first, int max) {
        Instant from = filter.from() == null ? null : startOfDay(filter.from());
        Instant before = filter.to() == null ? null : startOfDay(filter.to().plusDays(1));
        return new DossierQuery(caller.organizationId(), AccessPolicy.visibleProcedures(caller), filter.status(),
                filter.procedures(), from, before, filter.search(), sort, first, max);
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
