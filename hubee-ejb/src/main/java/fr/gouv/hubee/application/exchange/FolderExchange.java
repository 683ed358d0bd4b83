package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.dossier.DossierAccess;
import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.application.exchange.ExchangeViews.FolderView;
import fr.gouv.hubee.application.subscription.RecipientRouting;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.Applicant;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class FolderExchange {

    @Inject
    CurrentApiCaller callers;

    @Inject
    DossierAccess access;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    RecipientRouting routing;

    @Inject
    ProcedureRepository procedures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    DossierRepository dossiers;

    @Inject
    AttachmentUpload upload;

    @Inject
    Clock clock;

    /** POST /folders: the folder, its cases and attachments in request order, all HUBEE_RECEIVED / PENDING. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public FolderView create(NewFolder request, Partner partner) {
        ApiCaller caller = callers.get();
        Procedure procedure = procedures.findByCode(request.processCode())
                .orElseThrow(() -> BusinessRuleException.invalid("Process is not found: " + request.processCode()));
        if (caller.scope() == ApiScope.OSL && !procedure.getOperator().getId().equals(caller.organizationId())) {
            throw new AccessDeniedException("Unauthorized user");
        }
        if (dossiers.folderExists(procedure.getOperator().getId(), request.externalId())) {
            throw BusinessRuleException.invalid("A folder with externalId " + request.externalId() + " already exists");
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
                throw BusinessRuleException.invalid("Case externalId " + c.externalId() + " is used twice");
            }
            Organization recipient = "SI".equals(c.recipientType())
                    ? organizations.findByIdentifier(OrganizationType.SI, c.companyRegister(), c.branchCode()).orElse(null)
                    : null;
            if (recipient == null || !routing.accepts(recipient.getId(), procedure.getId(), today)) {
                throw BusinessRuleException.invalid("Recipient " + c.recipientText()
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
                throw BusinessRuleException.invalid("#/attachments/" + i + "/recipients: required key not found");
            }
            if (a.size() > procedure.getAttachmentMaxSize()) {
                throw BusinessRuleException.invalid("#/attachments/" + i + "/size: " + a.size()
                        + " is larger than the process maximum of " + procedure.getAttachmentMaxSize() + " bytes");
            }
            Set<String> unknown = new HashSet<>(a.recipients());
            unknown.removeAll(caseIds);
            if (!unknown.isEmpty()) {
                throw BusinessRuleException.invalid("#/attachments/" + i + "/recipients: unknown case externalId "
                        + String.join(", ", unknown.stream().sorted().toList()));
            }
        }
    }

    /** GET /folders/{id}. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public FolderView get(UUID folderId) {
        ApiCaller caller = callers.get();
        return FolderView.of(access.folderForSoftware(caller, folderId));
    }

    /**
     * PATCH /folders/{id}. HUBEE_COMPLETED transmits every case (HUBEE_NOTIFIED), one notification
     * each for its recipient; the notification mails follow from the cases' change instant.
     */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public void updateStatus(UUID folderId, String globalStatus, Instant closeDateTime) {
        ApiCaller caller = callers.get();
        Folder folder = access.folderForSoftware(caller, folderId);
        FolderStatus target = Enums.parse(FolderStatus.class, globalStatus, "globalStatus");
        if (target == FolderStatus.HUBEE_COMPLETED && folder.getGlobalStatus() == FolderStatus.HUBEE_RECEIVED) {
            LocalDate today = LocalDate.now(clock);
            for (Dossier dossier : folder.getCases()) {
                if (!routing.accepts(dossier.getRecipient().getId(), folder.getProcedure().getId(), today)) {
                    throw BusinessRuleException.invalid("Recipient " + dossier.getRecipient().identifier()
                            + " has no active subscription to process " + folder.getProcedure().getCode());
                }
            }
        }
        lifecycle.changeFolderStatus(folder, target, closeDateTime);
    }

    /** DELETE /folders/{id}: only while HUBEE_RECEIVED, with no event nor notification. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public void delete(UUID folderId) {
        ApiCaller caller = callers.get();
        Folder folder = access.folderForSoftware(caller, folderId);
        if (folder.getGlobalStatus() != FolderStatus.HUBEE_RECEIVED || dossiers.folderHasActivity(folderId)) {
            throw BusinessRuleException.invalid("A folder can only be deleted while HUBEE_RECEIVED");
        }
        dossiers.deleteFolder(folder);
    }

    /** PUT /folders/{id}/attachments/{id}: the content of a declared attachment, before completion. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public UploadOutcome upload(UUID folderId, UUID attachmentId, InputStream body, String digest,
                                Long contentLength) {
        ApiCaller caller = callers.get();
        Folder folder = access.folderForSoftware(caller, folderId);
        Attachment attachment = folder.getAttachments().stream().filter(a -> a.getId().equals(attachmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("binary", "Binary meta-data is not found"));
        folder.refuseChangeOfContent();
        return upload.receive(attachment, body, digest, contentLength);
    }
}
