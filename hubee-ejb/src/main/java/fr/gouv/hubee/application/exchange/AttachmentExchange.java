package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.dossier.DossierAccess.CaseAccess;
import fr.gouv.hubee.application.dossier.DossierAccess;
import fr.gouv.hubee.application.exchange.ExchangeViews.DownloadInfo;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Downloads of the API. {@code find} checks and describes (so that errors are JSON before any
 * byte is sent); {@code write} checks again and streams, one chunk in memory at a time.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class AttachmentExchange {

    @Inject
    CurrentApiCaller callers;

    @Inject
    DossierAccess access;

    @Inject
    DossierRepository dossiers;

    @Inject
    AttachmentContentStore contents;

    /** GET /cases/{id}/attachments/{id} ({@code eventId} null) or /cases/{id}/events/{id}/attachments/{id}. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public DownloadInfo find(UUID caseId, UUID eventId, UUID attachmentId) {
        Attachment attachment = attachment(caseId, eventId, attachmentId);
        return new DownloadInfo(attachment.getFileName(), attachment.getMimeType(), attachment.getSize(),
                attachment.getDigest());
    }

    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public long write(UUID caseId, UUID eventId, UUID attachmentId, OutputStream out) throws IOException {
        return contents.copyTo(attachment(caseId, eventId, attachmentId).getId(), out);
    }

    private Attachment attachment(UUID caseId, UUID eventId, UUID attachmentId) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        Dossier dossier = a.dossier();
        // The case's file, of the asked event if any; never one of an event this side may not see.
        return dossiers.findAttachment(attachmentId)
                .filter(f -> eventId == null ? dossier.holds(f)
                        : f.getEvent() != null && f.getEvent().getId().equals(eventId) && f.getEvent().getDossier().equals(dossier))
                .filter(f -> f.getEvent() == null || a.sees(f.getEvent()))
                .filter(Attachment::isAvailable)
                .orElseThrow(() -> new NotFoundException("file", "File is not found"));
    }
}
