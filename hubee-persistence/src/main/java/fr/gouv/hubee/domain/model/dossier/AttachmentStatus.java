package fr.gouv.hubee.domain.model.dossier;

/**
 * Storage status of an attachment's content: the contract's four values, plus DELETED once the
 * retention purge removed the content (the metadata and history stay).
 */
public enum AttachmentStatus {
    PENDING, RECEIVED, CORRUPTED, REJECTED, DELETED
}
