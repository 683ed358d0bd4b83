package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiForbiddenException;
import fr.gouv.hubee.application.api.ApiRequestException;
import fr.gouv.hubee.application.exchange.ExchangeViews.FolderView;
import fr.gouv.hubee.application.subscription.RecipientRouting;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.Applicant;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.rules.ApiStatusRules;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.ExchangeRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * /folders: what an operator sends (contract README, « Lifecycle » 1–3). One transaction per
 * call; a refused folder leaves nothing behind. Routing is asked of {@link RecipientRouting}:
 * an Actif subscription whose activation date has passed.
 */
@Stateless
@PermitAll
public class FolderExchange {

    @Inject
    ApiAuthentication api;

    @Inject
    CaseAccess access;

    @Inject
    RecipientRouting routing;

    @Inject
    ProcedureRepository procedures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    DossierRepository dossiers;

    @Inject
    ExchangeRepository exchange;

    @Inject
    AttachmentUpload upload;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    /** POST /folders: the folder, its cases and attachments in request order, all HUBEE_RECEIVED / PENDING. */
    public FolderView create(String token, NewFolder request, Partner partner) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        Procedure procedure = procedures.findByCode(request.processCode())
                .orElseThrow(() -> ApiRequestException.badRequest("Process is not found: " + request.processCode()));
        if (caller.scope() == ApiScope.OSL && !procedure.getOperator().getId().equals(caller.organizationId())) {
            throw new ApiForbiddenException();
        }
        if (exchange.folderExists(procedure.getOperator().getId(), request.externalId())) {
            throw ApiRequestException.badRequest("A folder with externalId " + request.externalId() + " already exists");
        }
        Map<String, Organization> recipients = recipients(request, procedure);
        checkAttachments(request, recipients.keySet(), procedure);

        Instant now = clock.instant();
        NewFolder.Person person = request.applicant();
        Folder folder = new Folder(procedure, procedure.getOperator(), request.externalId(),
                new Applicant(person.firstName(), person.lastName(), person.email()), partner.toPartnerInfo());
        folder.recordCreation(now);
        for (NewFolder.NewCase c : request.cases()) {
            Dossier dossier = folder.addCase(recipients.get(c.externalId()), c.externalId());
            dossier.setPartnerAttributes(c.partnerAttributes());
            dossier.recordCreation(now);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (NewFolder.NewAttachment a : request.attachments()) {
            Attachment attachment = folder.addAttachment(a.fileName(), a.type(), a.mimeType(), a.size());
            attachment.recordCreation(now);
            attachments.add(attachment);
        }
        dossiers.add(folder);
        for (int i = 0; i < attachments.size(); i++) {
            Set<String> to = Set.copyOf(request.attachments().get(i).recipients());
            Attachment attachment = attachments.get(i);
            folder.getCases().stream().filter(d -> to.contains(d.getExternalId())).forEach(d -> d.attach(attachment));
        }
        return FolderView.of(folder);
    }

    /** Each case's recipient: an SI holding an active subscription to the démarche today (else 400 naming it). */
    private Map<String, Organization> recipients(NewFolder request, Procedure procedure) {
        Map<String, Organization> byCase = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (NewFolder.NewCase c : request.cases()) {
            if (byCase.containsKey(c.externalId())) {
                throw ApiRequestException.badRequest("Case externalId " + c.externalId() + " is used twice");
            }
            Organization recipient = "SI".equals(c.recipientType())
                    ? organizations.findByIdentifier(OrganizationType.SI, c.companyRegister(), c.branchCode()).orElse(null)
                    : null;
            if (recipient == null || !routing.accepts(recipient.getId(), procedure.getId(), today)) {
                throw ApiRequestException.badRequest("Recipient " + c.recipientText()
                        + " has no active subscription to process " + procedure.getCode());
            }
            byCase.put(c.externalId(), recipient);
        }
        return byCase;
    }

    private static void checkAttachments(NewFolder request, Set<String> caseIds, Procedure procedure) {
        for (int i = 0; i < request.attachments().size(); i++) {
            NewFolder.NewAttachment a = request.attachments().get(i);
            if (a.recipients().isEmpty()) {
                throw ApiRequestException.badRequest("#/attachments/" + i + "/recipients: required key not found");
            }
            if (a.size() > procedure.getAttachmentMaxSize()) {
                throw ApiRequestException.badRequest("#/attachments/" + i + "/size: " + a.size()
                        + " is larger than the process maximum of " + procedure.getAttachmentMaxSize() + " bytes");
            }
            Set<String> unknown = new HashSet<>(a.recipients());
            unknown.removeAll(caseIds);
            if (!unknown.isEmpty()) {
                throw ApiRequestException.badRequest("#/attachments/" + i + "/recipients: unknown case externalId "
                        + String.join(", ", unknown.stream().sorted().toList()));
            }
        }
    }

    /** GET /folders/{id}. */
    public FolderView get(String token, UUID folderId) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        return FolderView.of(access.folder(caller, folderId));
    }

    /**
     * PATCH /folders/{id}. HUBEE_COMPLETED transmits every case (HUBEE_NOTIFIED), one notification
     * each for its recipient; the notification mails follow from the cases' change instant.
     */
    public void updateStatus(String token, UUID folderId, String globalStatus, Instant closeDateTime) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        Folder folder = access.folder(caller, folderId);
        FolderStatus target = Enums.parse(FolderStatus.class, globalStatus, "globalStatus");
        ApiStatusRules.refuseFolderStatus(folder.getGlobalStatus(), target, folder.allAttachmentsReceived())
                .ifPresent(message -> {
                    throw ApiRequestException.badRequest(message);
                });
        Instant now = clock.instant();
        if (target == FolderStatus.HUBEE_COMPLETED) {
            LocalDate today = LocalDate.now(clock);
            for (Dossier dossier : folder.getCases()) {
                if (!routing.accepts(dossier.getRecipient().getId(), folder.getProcedure().getId(), today)) {
                    throw ApiRequestException.badRequest("Recipient " + dossier.getRecipient().identifier()
                            + " has no active subscription to process " + folder.getProcedure().getCode());
                }
                dossier.transmit(now);
                dossiers.add(Notification.ofNewCase(dossier, now));
            }
            folder.changeGlobalStatus(FolderStatus.HUBEE_NOTIFIED, now);
        } else {
            folder.changeGlobalStatus(target, now);
        }
        if (closeDateTime != null) {
            folder.closeAt(closeDateTime);
        }
    }

    /** DELETE /folders/{id}: only while HUBEE_RECEIVED, with no event nor notification. */
    public void delete(String token, UUID folderId) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        Folder folder = access.folder(caller, folderId);
        if (folder.getGlobalStatus() != FolderStatus.HUBEE_RECEIVED || exchange.folderHasActivity(folderId)) {
            throw ApiRequestException.badRequest("A folder can only be deleted while HUBEE_RECEIVED");
        }
        exchange.deleteFolder(folder, contents);
    }

    /** PUT /folders/{id}/attachments/{id}: the content of a declared attachment, before completion. */
    public UploadOutcome upload(String token, UUID folderId, UUID attachmentId, InputStream body, String digest,
                                Long contentLength) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        Folder folder = access.folder(caller, folderId);
        Attachment attachment = folder.getAttachments().stream().filter(a -> a.getId().equals(attachmentId))
                .findFirst().orElseThrow(() -> ApiRequestException.notFound("Binary meta-data is not found"));
        if (folder.getGlobalStatus() != FolderStatus.HUBEE_RECEIVED) {
            throw ApiRequestException.badRequest("The folder is already completed");
        }
        return upload.receive(attachment, body, digest, contentLength);
    }
}
