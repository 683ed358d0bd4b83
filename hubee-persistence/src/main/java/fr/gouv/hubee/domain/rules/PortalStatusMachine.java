package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which status a service instructeur may give a dossier from the portal (guide §4.2.2, §4.3.2,
 * FAQ). Nouveau → Reçu → En cours → En attente de compléments / Refusé / Traité; from En attente
 * de compléments only Traité; Refusé, Traité and Clos are final for the service instructeur,
 * and Clos is never set by it (only the operator closes).
 */
public final class PortalStatusMachine {

    private static final Map<PortalStatus, List<PortalAction>> ACTIONS = new EnumMap<>(PortalStatus.class);

    static {
        ACTIONS.put(PortalStatus.NOUVEAU, List.of(PortalAction.ACKNOWLEDGE, PortalAction.START));
        ACTIONS.put(PortalStatus.RECU, List.of(PortalAction.START, PortalAction.REFUSE,
                PortalAction.REQUEST_COMPLEMENTS, PortalAction.FINISH));
        ACTIONS.put(PortalStatus.EN_COURS, List.of(PortalAction.REFUSE, PortalAction.REQUEST_COMPLEMENTS,
                PortalAction.FINISH));
        ACTIONS.put(PortalStatus.EN_ATTENTE, List.of(PortalAction.FINISH));
        ACTIONS.put(PortalStatus.REFUSE, List.of());
        ACTIONS.put(PortalStatus.TRAITE, List.of());
        ACTIONS.put(PortalStatus.CLOS, List.of());
        // Integration errors belong to API-mode software, not to the portal.
        ACTIONS.put(PortalStatus.ERREUR_INTEGRATION, List.of());
    }

    private PortalStatusMachine() {
    }

    /** The buttons offered for a dossier in this status, in the guide's order. */
    public static List<PortalAction> actionsFrom(PortalStatus current) {
        // A case not transmitted yet (no portal status) offers nothing.
        return current == null ? List.of() : ACTIONS.get(current);
    }

    /** The statuses offered by « Modifier le statut » for a dossier in this status. */
    public static List<PortalStatus> targetsFrom(PortalStatus current) {
        return actionsFrom(current).stream().map(PortalAction::target).toList();
    }

    /** Whether a dossier given this status can no longer change from the portal (Refusé, Traité, Clos): said before confirming. */
    public static boolean isFinal(PortalStatus status) {
        return targetsFrom(status).isEmpty();
    }

    public static boolean allows(CaseStatus current, PortalStatus target) {
        return targetsFrom(current.portalStatus()).contains(target);
    }

    /** Consulting a Nouveau dossier acknowledges it (mandatory confirmation, guide §4.2.1). */
    public static Optional<PortalStatus> onConsult(CaseStatus current) {
        return current.portalStatus() == PortalStatus.NOUVEAU ? Optional.of(PortalStatus.RECU) : Optional.empty();
    }

    /** Downloading all attachments of a Nouveau or Reçu dossier starts its processing. */
    public static Optional<PortalStatus> onDownload(CaseStatus current) {
        PortalStatus status = current.portalStatus();
        return status == PortalStatus.NOUVEAU || status == PortalStatus.RECU
                ? Optional.of(PortalStatus.EN_COURS) : Optional.empty();
    }
}
