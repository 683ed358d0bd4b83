package fr.gouv.hubee.domain.model.dossier;

import java.util.Arrays;
import java.util.List;

/**
 * The statuses of the portal's tabs (guide §4.1.2), each backed by one or more API statuses
 * (table of ../shared/hubee-api/README.md). Labels are in the web module's resource bundle,
 * under {@code status.<name>}.
 */
public enum PortalStatus {
    NOUVEAU, RECU, EN_COURS, EN_ATTENTE, REFUSE, TRAITE, CLOS, ERREUR_INTEGRATION;

    /** The API statuses a list filtered on this portal status must match. */
    public List<CaseStatus> caseStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(s -> s.portalStatus() == this).toList();
    }

    /** The API status the portal writes when an agent moves a dossier to this status. */
    public CaseStatus targetCaseStatus() {
        return switch (this) {
            case NOUVEAU -> CaseStatus.HUBEE_NOTIFIED;
            case RECU -> CaseStatus.SI_RECEIVED;
            case EN_COURS -> CaseStatus.IN_PROGRESS;
            case EN_ATTENTE -> CaseStatus.ADD_AWAITING;
            case REFUSE -> CaseStatus.REFUSED;
            case TRAITE -> CaseStatus.DONE;
            case CLOS -> CaseStatus.CLOSED;
            case ERREUR_INTEGRATION -> CaseStatus.SI_INTG_ERROR;
        };
    }
}
