package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The list's filters, which add up (guide §4.1.2): status tab ({@code null}: all), démarches
 * (empty: all), transmission period (start only: until today; end only: up to that day,
 * included), search on the person's last name or the dossier number (accents and case ignored).
 */
public record DossierFilter(PortalStatus status, Set<UUID> procedures, LocalDate from, LocalDate to, String search) {

    public DossierFilter {
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
    }

    public static DossierFilter ofStatus(PortalStatus status) {
        return new DossierFilter(status, Set.of(), null, null, null);
    }
}
