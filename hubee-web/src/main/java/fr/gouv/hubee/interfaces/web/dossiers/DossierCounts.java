package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The dossier counts per status (teledossiers.xhtml; issue #4 brings the list itself). */
@Named
@RequestScoped
public class DossierCounts {

    static final List<PortalStatus> TABS = List.of(PortalStatus.NOUVEAU, PortalStatus.RECU, PortalStatus.EN_COURS,
            PortalStatus.EN_ATTENTE, PortalStatus.REFUSE, PortalStatus.TRAITE, PortalStatus.CLOS);

    @Inject
    DossierService dossiers;

    private Map<PortalStatus, Long> counts;

    public Map<PortalStatus, Long> getCounts() {
        if (counts == null) {
            counts = dossiers.countByStatus();
        }
        return counts;
    }

    public List<PortalStatus> getStatuses() {
        return TABS;
    }
}
