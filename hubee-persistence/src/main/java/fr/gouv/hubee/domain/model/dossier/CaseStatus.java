package fr.gouv.hubee.domain.model.dossier;

/**
 * Status of a case (the API's name; the portal's télédossier). The portal shows fewer statuses
 * than the API has: see {@link PortalStatus}.
 */
public enum CaseStatus {
    HUBEE_NOTIFIED(PortalStatus.NOUVEAU),
    SENT(PortalStatus.NOUVEAU),
    SI_RECEIVED(PortalStatus.RECU),
    SI_INTG_ERROR(PortalStatus.ERREUR_INTEGRATION),
    IN_PROGRESS(PortalStatus.EN_COURS),
    ADD_AWAITING(PortalStatus.EN_ATTENTE),
    REFUSED(PortalStatus.REFUSE),
    DONE(PortalStatus.TRAITE),
    CLOSED(PortalStatus.CLOS);

    private final PortalStatus portalStatus;

    CaseStatus(PortalStatus portalStatus) {
        this.portalStatus = portalStatus;
    }

    public PortalStatus portalStatus() {
        return portalStatus;
    }
}
