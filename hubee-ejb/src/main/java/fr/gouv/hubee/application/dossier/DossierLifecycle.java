package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one write path of a télédossier's lifecycle, for the portal (an agent acting through the
 * hub), the API (software acting through the hub), the jobs and the demo data: the aggregate
 * decides and leaves its events; this service stores them and tells the other side. Runs inside
 * the calling use case's transaction; rights are the caller's to check first.
 */
@ApplicationScoped
public class DossierLifecycle {

    @Inject
    DossierRepository dossiers;

    @Inject
    NotificationRepository notifications;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    /** A status change with its STATUS_UPDATE event, notified to the other side when asked. */
    public Event changeStatus(Dossier dossier, Actor by, CaseStatus to, EventContent content) {
        return publish(dossier.changeStatus(by, to, content.notification(), clock.instant()), content);
    }

    /** The contract's bare PATCH of a case's status (no event); returns the status before. */
    public CaseStatus changeStatusWithoutEvent(Dossier dossier, Actor by, CaseStatus to) {
        return dossier.changeStatusWithoutEvent(by, to, clock.instant());
    }

    /** A message, comment or other event that is neither a status change nor a deposit. */
    public Event record(Dossier dossier, Actor by, EventActionType type, EventContent content) {
        return publish(dossier.record(by, type, content.notification(), clock.instant()), content);
    }

    /**
     * A deposit, stored as its writer's draft with its declared files; the other side hears of it
     * once {@link #send} finds every file received.
     */
    public Event deposit(Dossier dossier, Actor by, EventContent content, List<NewFile> files) {
        Instant now = clock.instant();
        Event event = dossier.record(by, EventActionType.ATTACH_DEPOSIT, content.notification(), now);
        for (NewFile file : files) {
            event.addAttachment(by.side(), file.fileName(), file.type(), file.mimeType(), file.size()).recordCreation(now);
        }
        return publish(event, content);
    }

    /** The writer sends its deposit: from now on the other side sees it, and is told when asked. */
    public void send(Event deposit, Actor by) {
        Instant now = clock.instant();
        deposit.send(by.side(), now);
        notifyIfDue(deposit, now);
    }

    /** The other side acknowledges a sent event; its writer is told once. */
    public void acknowledge(Event event, Actor by) {
        Instant now = clock.instant();
        if (event.acknowledge(by.side(), now)) {
            notifications.add(Notification.ofAcknowledgement(event, event.getDossier().writerFor(by), now));
        }
    }

    /** The writer drops its deposit still in progress, files included. */
    public void discard(Event deposit, Actor by) {
        deposit.refuseDiscardBy(by.side());
        dossiers.deleteDraft(deposit);
    }

    /**
     * The operator's change of a folder's global status: its completion transmits every case, each
     * announced to its recipient; {@code closeDateTime} is the operator's own closing date.
     */
    public void changeFolderStatus(Folder folder, FolderStatus target, Instant closeDateTime) {
        Instant now = clock.instant();
        for (Dossier dossier : folder.changeGlobalStatus(target, now)) {
            notifications.add(Notification.ofNewCase(dossier, now));
        }
        if (closeDateTime != null) {
            folder.closeAt(closeDateTime);
        }
    }

    /** An agent consults a Nouveau dossier: the mandatory confirmation acknowledges it (guide §4.2.1). */
    public void consult(Dossier dossier, Actor agent) {
        Optional<PortalStatus> next = PortalStatusMachine.onConsult(dossier.getStatus());
        next.ifPresent(status -> changeStatus(dossier, agent, status.targetCaseStatus(), EventContent.none()));
    }

    /** All the dossier's attachments at once: recorded, and a Nouveau or Reçu dossier starts (En cours). */
    public void downloadedAll(Dossier dossier, Actor agent) {
        record(dossier, agent, EventActionType.ATTACH_DL_ALL, EventContent.none());
        startOnDownload(dossier, agent);
    }

    /** One attachment: recorded; once every available one was downloaded, the dossier starts. */
    public void downloaded(Dossier dossier, Actor agent, Attachment attachment) {
        publish(dossier.recordDownload(agent, attachment, clock.instant()), EventContent.none());
        dossiers.flush();
        Set<UUID> downloaded = dossiers.downloadedAttachmentIds(dossier.getId());
        if (dossier.getAttachments().stream().filter(Attachment::isAvailable).allMatch(a -> downloaded.contains(a.getId()))) {
            startOnDownload(dossier, agent);
        }
    }

    private void startOnDownload(Dossier dossier, Actor agent) {
        PortalStatusMachine.onDownload(dossier.getStatus())
                .ifPresent(status -> changeStatus(dossier, agent, status.targetCaseStatus(), EventContent.none()));
    }

    /**
     * The content of an attachment past its retention is deleted; the attachment stays, marked
     * purged (« pièce jointe supprimée »), with the dossier and its history.
     */
    public void purgeContent(Attachment attachment, Instant when) {
        contents.delete(attachment.getId());
        attachment.markPurged(when);
    }

    /**
     * A folder's completion played back (the demo's hub that has run for months): at its own date;
     * the recipients read its notifications long ago, so none is left.
     */
    public void replayCompletion(Folder folder, Instant when) {
        folder.changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, when);
    }

    /** A status change played back, like {@link #replayCompletion}. */
    public void replay(Dossier dossier, Actor by, CaseStatus to, Instant when) {
        dossiers.add(dossier.changeStatus(by, to, true, when));
    }

    private Event publish(Event event, EventContent content) {
        content.describe(event);
        dossiers.add(event);
        notifyIfDue(event, event.getCreatedAt());
        return event;
    }

    private void notifyIfDue(Event event, Instant now) {
        if (event.notifiesNow()) {
            notifications.add(Notification.ofEvent(event, event.counterpart(), now));
        }
    }

    /** A file declared by a deposit. */
    public record NewFile(String fileName, String type, String mimeType, long size) {
    }
}
