package fr.gouv.hubee.domain.model.dossier;

/** Global status of a folder (contract: Folder.globalStatus). */
public enum FolderStatus {
    HUBEE_RECEIVED, HUBEE_COMPLETED, HUBEE_NOTIFIED, SENT, SI_RECEIVED, IN_PROGRESS,
    ADD_AWAITING, REFUSED, DONE, CLOSED
}
