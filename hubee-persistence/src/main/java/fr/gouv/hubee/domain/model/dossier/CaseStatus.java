package fr.gouv.hubee.domain.model.dossier;

/**
 * Status of a case (the API's name; the portal's télédossier). The portal shows fewer statuses
 * than the API has: see {@link PortalStatus}. HUBEE_RECEIVED is a case whose folder the operator
 * has not completed yet: no portal status, the portal does not show it.
 */
public enum CaseStatus {
    HUBEE_RECEIVED(null),
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

    /** The portal's status, or null for a case not transmitted yet. */
    public PortalStatus portalStatus() {
        return portalStatus;
    }
}
