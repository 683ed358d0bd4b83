package fr.gouv.hubee.domain.rules;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;

/**
 * The status buttons of the portal (guide §4.2.2), each leading to one portal status.
 * Labels are in the resource bundle under {@code action.<name>}.
 */
public enum PortalAction {
    /** « Accuser réception » */
    ACKNOWLEDGE(PortalStatus.RECU),
    /** « Commencer le traitement » */
    START(PortalStatus.EN_COURS),
    /** « Refuser » */
    REFUSE(PortalStatus.REFUSE),
    /** « Demander des compléments » */
    REQUEST_COMPLEMENTS(PortalStatus.EN_ATTENTE),
    /** « Finaliser le traitement » */
    FINISH(PortalStatus.TRAITE);

    private final PortalStatus target;

    PortalAction(PortalStatus target) {
        this.target = target;
    }

    public PortalStatus target() {
        return target;
    }
}
