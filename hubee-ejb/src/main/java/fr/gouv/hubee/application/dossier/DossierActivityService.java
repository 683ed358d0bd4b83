package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.rules.ContentTypes;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What a service instructeur adds to a dossier (guide §4.3.2): a message to the person concerned
 * (when the démarche allows it), an internal comment (never sent to the operator), an attachment
 * (when the démarche allows SI uploads, of its formats and size).
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class DossierActivityService {

    public static final int MAX_TEXT = 500;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DossierAccess access;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    DossierRepository dossiers;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    public void sendMessage(UUID dossierId, String text) {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(dossierId, caller, Role.DOSSIER_MANAGE);
        if (!dossier.getProcedure().isMessageToTransmitter()) {
            throw new BusinessRuleException("dossier.message.notAllowed");
        }
        lifecycle.record(dossier, Actor.agent(currentCaller.user(caller)), EventActionType.SENDING_MESSAGE,
                EventContent.message(checkedText(text, "dossier.message")));
    }

    public void addComment(UUID dossierId, String text) {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(dossierId, caller, Role.DOSSIER_MANAGE);
        lifecycle.record(dossier, Actor.agent(currentCaller.user(caller)), EventActionType.COM_ADD,
                EventContent.comment(checkedText(text, "dossier.comment")));
    }

    /**
     * « Déposer une pièce jointe »: type and size are checked against the démarche; the content is
     * stored while it streams in and counted, so a lying size cannot get through.
     */
    public UUID upload(UUID dossierId, String fileName, String mimeType, long declaredSize, InputStream content)
            throws IOException {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(dossierId, caller, Role.DOSSIER_MANAGE);
        Procedure procedure = dossier.getProcedure();
        if (fileName == null || fileName.isBlank() || declaredSize <= 0) {
            throw new BusinessRuleException("dossier.upload.empty");
        }
        Actor agent = Actor.agent(currentCaller.user(caller));
        Event deposit = lifecycle.deposit(dossier, agent, EventContent.none(), List.of(new DossierLifecycle.NewFile(
                fileName, "Dépôt du service instructeur", mimeType, declaredSize)));
        Attachment attachment = deposit.getAttachments().get(0);
        dossiers.flush();
        AttachmentContentStore.Stored stored;
        try {
            stored = contents.store(attachment.getId(), content, procedure.getAttachmentMaxSize(), attachment.getFileName());
        } catch (AttachmentContentStore.TooLargeException e) {
            throw new BusinessRuleException("dossier.upload.size");
        }
        if (!stored.verdict().allowsStorage()) {
            // Rolled back: an infected or unscanned file is never kept, nor its deposit event.
            throw new BusinessRuleException(stored.verdict().infected() ? "dossier.upload.malware" : "dossier.upload.unscanned");
        }
        if (!ContentTypes.matches(mimeType, stored.detectedType())) {
            // The browser's Content-Type is only a claim: an HTML page named .pdf is refused (rolled back, nothing kept).
            throw new BusinessRuleException("dossier.upload.content");
        }
        attachment.markReceived(stored.digest(), clock.instant());
        // The file is there: the deposit is sent (the operator's software reads and downloads it).
        lifecycle.send(deposit, agent);
        return attachment.getId();
    }

    private static String checkedText(String text, String keyPrefix) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(keyPrefix + ".empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException(keyPrefix + ".tooLong");
        }
        return text.strip();
    }
}
