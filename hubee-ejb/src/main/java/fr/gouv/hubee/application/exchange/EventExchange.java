package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRequestException;
import fr.gouv.hubee.application.exchange.ExchangeViews.EventView;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.AttachmentStatus;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.rules.ApiStatusRules;
import fr.gouv.hubee.domain.rules.ApiStatusRules.Side;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.ExchangeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * /cases/{id}/events: what each side tells the other (contract README, « Lifecycle » 4–5). A
 * STATUS_UPDATE applies its caseNewStatus to the case; a deposit is IN_PROGRESS until its files
 * are uploaded and it is PATCHed to SENT; {@code notification: true} notifies the other side once
 * the event is SENT. An internal comment of the service instructeur never reaches the operator.
 */
@Stateless
@PermitAll
public class EventExchange {

    @Inject
    ApiAuthentication api;

    @Inject
    CaseAccess access;

    @Inject
    ExchangeRepository exchange;

    @Inject
    DossierRepository dossiers;

    @Inject
    AttachmentUpload upload;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    public EventView create(String token, UUID caseId, NewEvent request, Partner partner) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        Dossier dossier = a.dossier();
        if (dossier.getFolder().getGlobalStatus() == FolderStatus.HUBEE_RECEIVED) {
            // Not completed: the recipient does not know the case yet, nothing happens to it.
            throw ApiRequestException.badRequest(ApiStatusRules.FOLDER_NOT_COMPLETED);
        }
        EventActionType type = Enums.parse(EventActionType.class, request.actionType(), "actionType");
        Organization transmitter = access.actingOrganization(caller, a);
        boolean internal = type == EventActionType.COM_ADD && a.side() == Side.RECIPIENT;
        boolean notify = Boolean.TRUE.equals(request.notification()) && !internal;
        Instant now = clock.instant();
        String author = request.author() != null ? request.author() : CaseExchange.label(transmitter);

        Event event = new Event(dossier, type, transmitter, notify);
        event.setMessage(request.message());
        event.setComment(request.comment());
        event.authoredBy(author);
        event.setPartnerAttributes(request.partnerAttributes());
        event.setPartnerInfo(partner.toPartnerInfo());
        event.recordCreation(now);
        if (type == EventActionType.STATUS_UPDATE) {
            if (request.caseNewStatus() == null) {
                throw ApiRequestException.badRequest("#/caseNewStatus: required for a STATUS_UPDATE event");
            }
            CaseStatus target = Enums.parse(Enums.CASE_STATUSES, request.caseNewStatus(), "caseNewStatus");
            event.recordCaseStatuses(CaseExchange.apply(a, target, transmitter, author, now), target);
        } else {
            dossier.recordChange(author, now);
            if (a.side() != Side.RECIPIENT && type != EventActionType.ATTACH_DEPOSIT) {
                dossier.changedByOperator(now);
            }
        }
        addAttachments(event, type, a.side(), dossier.getProcedure(), request.attachments(), now);
        dossiers.add(event);
        if (notify && event.getStatus() == EventStatus.SENT) {
            dossiers.add(Notification.ofEvent(event, CaseAccess.counterpart(a), now));
        }
        return EventView.of(event, a.side() != Side.OPERATOR);
    }

    private static void addAttachments(Event event, EventActionType type, Side side, Procedure procedure,
                                       List<NewFolder.NewAttachment> files, Instant now) {
        if (type != EventActionType.ATTACH_DEPOSIT) {
            if (!files.isEmpty()) {
                throw ApiRequestException.badRequest("#/attachments: only an ATTACH_DEPOSIT event carries attachments");
            }
            return;
        }
        if (files.isEmpty()) {
            throw ApiRequestException.badRequest("#/attachments: an ATTACH_DEPOSIT event needs at least one attachment");
        }
        for (int i = 0; i < files.size(); i++) {
            NewFolder.NewAttachment file = files.get(i);
            if (side == Side.RECIPIENT && !procedure.acceptsSiUpload(file.mimeType())) {
                throw ApiRequestException.badRequest("#/attachments/" + i + "/mimeType: the process does not accept "
                        + file.mimeType() + " from the SI" + (procedure.allowsSiUpload()
                        ? " (allowed: " + String.join(", ", procedure.siUploadFormats()) + ")" : ""));
            }
            if (file.size() > procedure.getAttachmentMaxSize()) {
                throw ApiRequestException.badRequest("#/attachments/" + i + "/size: " + file.size()
                        + " is larger than the process maximum of " + procedure.getAttachmentMaxSize() + " bytes");
            }
            event.addAttachment(file.fileName(), file.type(), file.mimeType(), file.size()).recordCreation(now);
        }
    }

    public EventView get(String token, UUID caseId, UUID eventId) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        return EventView.of(event(a, eventId), a.side() != Side.OPERATOR);
    }

    /**
     * PATCH: the transmitter sends its deposit (SENT: the other side is notified when asked); the
     * other side acknowledges (RECEIVED: the transmitter is notified, the « bonne réception » both
     * sides' software wait for before deleting the event's notification — SFD v1.2.2, « Modification
     * d'un Case » 4.1).
     */
    public void updateStatus(String token, UUID caseId, UUID eventId, String status) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        Event event = event(a, eventId);
        EventStatus target = Enums.parse(EventStatus.class, status, "status");
        boolean allReceived = event.getAttachments().stream().allMatch(f -> f.getStatus() == AttachmentStatus.RECEIVED);
        ApiStatusRules.refuseEventStatus(CaseAccess.isTransmitterSide(a, event), event.getActionType(),
                event.getStatus(), target, allReceived).ifPresent(message -> {
                    throw ApiRequestException.badRequest(message);
                });
        Instant now = clock.instant();
        EventStatus before = event.getStatus();
        event.changeStatus(target, now);
        if (target == EventStatus.SENT) {
            if (a.side() != Side.RECIPIENT) {
                a.dossier().changedByOperator(now);
            }
            if (event.isNotification()) {
                dossiers.add(Notification.ofEvent(event, CaseAccess.counterpart(a), now));
            }
        } else if (target == EventStatus.RECEIVED && before != EventStatus.RECEIVED) {
            // Acknowledged once: a client that PATCHes again (it crashed before deleting) adds nothing.
            dossiers.add(Notification.ofAcknowledgement(event, access.actingOrganization(caller, a), now));
        }
    }

    /** DELETE: only a deposit still IN_PROGRESS, by its transmitter. */
    public void delete(String token, UUID caseId, UUID eventId) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        Event event = event(a, eventId);
        if (!event.isDraft() || !CaseAccess.isTransmitterSide(a, event)) {
            throw ApiRequestException.badRequest("Only an ATTACH_DEPOSIT event in IN_PROGRESS can be deleted, by its transmitter");
        }
        exchange.deleteEvent(event, contents);
    }

    /** PUT /cases/{id}/events/{id}/attachments/{id}: a file of a deposit in progress. */
    public UploadOutcome upload(String token, UUID caseId, UUID eventId, UUID attachmentId, InputStream body,
                                String digest, Long contentLength) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.SI, ApiScope.ADMIN);
        CaseAccess.Access a = access.caseOf(caller, caseId);
        Event event = event(a, eventId);
        Attachment attachment = event.getAttachments().stream().filter(f -> f.getId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> ApiRequestException.notFound("Binary meta-data is not found"));
        if (!event.isDraft() || !CaseAccess.isTransmitterSide(a, event)) {
            throw ApiRequestException.badRequest("Files are uploaded by the transmitter of an ATTACH_DEPOSIT event in IN_PROGRESS");
        }
        return upload.receive(attachment, body, digest, contentLength);
    }

    /** The case's event, as if absent when this side may not see it ({@link CaseAccess#sees}). */
    private Event event(CaseAccess.Access a, UUID eventId) {
        return exchange.findEvent(eventId)
                .filter(e -> e.getDossier().equals(a.dossier()))
                .filter(e -> CaseAccess.sees(a, e))
                .orElseThrow(() -> ApiRequestException.notFound("Event is not found"));
    }
}
