package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.dossier.DossierAccess.CaseAccess;
import fr.gouv.hubee.application.dossier.DossierAccess;
import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.application.dossier.EventContent;
import fr.gouv.hubee.application.exchange.ExchangeViews.EventView;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * /cases/{id}/events: what each side tells the other (contract README, « Lifecycle » 4–5). A
 * STATUS_UPDATE applies its caseNewStatus to the case; a deposit is IN_PROGRESS until its files
 * are uploaded and it is PATCHed to SENT; {@code notification: true} notifies the other side once
 * the event is SENT. An internal comment of the service instructeur never reaches the operator.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class EventExchange {

    @Inject
    CurrentApiCaller callers;

    @Inject
    DossierAccess access;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    AttachmentUpload upload;

    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public EventView create(UUID caseId, NewEvent request, Partner partner) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        EventActionType type = Enums.parse(EventActionType.class, request.actionType(), "actionType");
        Actor actor = a.actor(request.author());
        EventContent content = new EventContent(Boolean.TRUE.equals(request.notification()), request.message(),
                request.comment(), request.partnerAttributes(), partner.toPartnerInfo());
        if (type != EventActionType.ATTACH_DEPOSIT && !request.attachments().isEmpty()) {
            throw BusinessRuleException.invalid("#/attachments: only an ATTACH_DEPOSIT event carries attachments");
        }
        Event event;
        if (type == EventActionType.STATUS_UPDATE) {
            if (request.caseNewStatus() == null) {
                throw BusinessRuleException.invalid("#/caseNewStatus: required for a STATUS_UPDATE event");
            }
            CaseStatus target = Enums.parse(Enums.CASE_STATUSES, request.caseNewStatus(), "caseNewStatus");
            event = lifecycle.changeStatus(a.dossier(), actor, target, content);
        } else if (type == EventActionType.ATTACH_DEPOSIT) {
            event = lifecycle.deposit(a.dossier(), actor, content, files(request.attachments()));
        } else {
            event = lifecycle.record(a.dossier(), actor, type, content);
        }
        return EventView.of(event, a.side() != Side.OPERATOR);
    }

    /** The deposit's declared files: one at least; the lifecycle checks each against the démarche. */
    private static List<DossierLifecycle.NewFile> files(List<NewFolder.NewAttachment> attachments) {
        if (attachments.isEmpty()) {
            throw BusinessRuleException.invalid("#/attachments: an ATTACH_DEPOSIT event needs at least one attachment");
        }
        return attachments.stream().map(f -> new DossierLifecycle.NewFile(f.fileName(), f.type(), f.mimeType(), f.size()))
                .toList();
    }

    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public EventView get(UUID caseId, UUID eventId) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        return EventView.of(event(a, eventId), a.side() != Side.OPERATOR);
    }

    /**
     * PATCH: the transmitter sends its deposit (SENT: the other side is notified when asked); the
     * other side acknowledges (RECEIVED: the transmitter is notified, the « bonne réception » both
     * sides' software wait for before deleting the event's notification — SFD v1.2.2, « Modification
     * d'un Case » 4.1).
     */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public void updateStatus(UUID caseId, UUID eventId, String status) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        Event event = event(a, eventId);
        EventStatus target = Enums.parse(EventStatus.class, status, "status");
        switch (target) {
            case SENT -> lifecycle.send(event, a.actor(null));
            case RECEIVED -> lifecycle.acknowledge(event, a.actor(null));
            default -> throw BusinessRuleException.invalid("status must be SENT or RECEIVED");
        }
    }

    /** DELETE: only a deposit still IN_PROGRESS, by its transmitter. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public void delete(UUID caseId, UUID eventId) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        lifecycle.discard(event(a, eventId), a.actor(null));
    }

    /** PUT /cases/{id}/events/{id}/attachments/{id}: a file of a deposit in progress. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public UploadOutcome upload(UUID caseId, UUID eventId, UUID attachmentId, InputStream body,
                                String digest, Long contentLength) {
        ApiCaller caller = callers.get();
        CaseAccess a = access.forSoftware(caller, caseId);
        Event event = event(a, eventId);
        Attachment attachment = event.getAttachments().stream().filter(f -> f.getId().equals(attachmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("binary", "Binary meta-data is not found"));
        event.refuseUploadBy(a.side());
        return upload.receive(attachment, body, digest, contentLength);
    }

    /** The case's event, as if absent when this side may not see it ({@link Event#isVisibleTo}). */
    private Event event(CaseAccess a, UUID eventId) {
        return dossiers.findEvent(eventId)
                .filter(e -> e.getDossier().equals(a.dossier()))
                .filter(a::sees)
                .orElseThrow(() -> new NotFoundException("event", "Event is not found"));
    }
}
