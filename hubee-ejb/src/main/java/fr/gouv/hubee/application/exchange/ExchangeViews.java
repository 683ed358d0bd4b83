package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.domain.model.dossier.Applicant;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.PartnerInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the API answers, shaped as the contract's schemas and never an entity: one record per
 * schema, with exactly the schema's properties (field names included). The web module writes them
 * with null values as {@code null}: clients in the field index every key.
 */
public final class ExchangeViews {

    private ExchangeViews() {
    }

    public record ApplicantView(String firstName, String lastName, String email) {
        static ApplicantView of(Applicant a) {
            return new ApplicantView(a.getFirstName(), a.getLastName(), a.getEmail());
        }
    }

    public record PartnerInfoView(String editorName, String applicationName, String softwareVersion) {
        static PartnerInfoView of(PartnerInfo p) {
            return p == null || (p.getEditorName() == null && p.getApplicationName() == null
                    && p.getSoftwareVersion() == null) ? null
                    : new PartnerInfoView(p.getEditorName(), p.getApplicationName(), p.getSoftwareVersion());
        }
    }

    /** Attachment (of a case or an event). */
    public record AttachmentView(UUID id, String status, String fileName, String type, long size, String mimeType) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getStatus().name(), a.getFileName(), a.getType(), a.getSize(),
                    a.getMimeType());
        }
    }

    /** A folder's Attachment, with the external ids of the cases that receive it. */
    public record FolderAttachmentView(UUID id, String status, String fileName, String type, long size, String mimeType,
                                       List<String> recipients) {
        static FolderAttachmentView of(Attachment a, List<String> recipients) {
            return new FolderAttachmentView(a.getId(), a.getStatus().name(), a.getFileName(), a.getType(), a.getSize(),
                    a.getMimeType(), recipients);
        }
    }

    public record FolderCaseView(UUID id, String status, OrganizationId recipient, String externalId,
                                 Instant updateDateTime, Instant transmissionDateTime, String partnerAttributes) {
        static FolderCaseView of(Dossier d) {
            return new FolderCaseView(d.getId(), d.getStatus().name(), OrganizationId.of(d.getRecipient()),
                    d.getExternalId(), d.getUpdatedAt(), d.getTransmittedAt(), d.getPartnerAttributes());
        }
    }

    public record FolderView(UUID id, String globalStatus, String processCode, Instant createDateTime,
                             Instant closeDateTime, ApplicantView applicant, String externalId, Instant updateDateTime,
                             PartnerInfoView partnerInfo, List<FolderCaseView> cases,
                             List<FolderAttachmentView> attachments) {
        static FolderView of(Folder f) {
            return new FolderView(f.getId(), f.getGlobalStatus().name(), f.getProcedure().getCode(), f.getCreatedAt(),
                    f.getClosedAt(), ApplicantView.of(f.getApplicant()), f.getExternalId(), f.getUpdatedAt(),
                    PartnerInfoView.of(f.getPartnerInfo()), f.getCases().stream().map(FolderCaseView::of).toList(),
                    f.getAttachments().stream().map(a -> FolderAttachmentView.of(a, f.getCases().stream()
                            .filter(c -> c.getAttachments().contains(a)).map(Dossier::getExternalId).toList())).toList());
        }
    }

    /** Event; the internal comment only for the service instructeur's side. */
    public record EventView(UUID id, OrganizationId transmitter, String message, String comment, String actionType,
                            String author, Boolean notification, Instant createDateTime, Instant updateDateTime,
                            String status, String caseCurrentStatus, String caseNewStatus, String partnerAttributes,
                            List<AttachmentView> attachments, PartnerInfoView partnerInfo) {
        static EventView of(Event e, boolean withComment) {
            return new EventView(e.getId(), OrganizationId.of(e.getTransmitter()), e.getMessage(),
                    withComment ? e.getComment() : null, e.getActionType().name(), e.getAuthor(), e.isNotification(),
                    e.getCreatedAt(), e.getUpdatedAt(), e.getStatus().name(),
                    e.getCaseCurrentStatus() == null ? null : e.getCaseCurrentStatus().name(),
                    e.getCaseNewStatus() == null ? null : e.getCaseNewStatus().name(), e.getPartnerAttributes(),
                    e.getAttachments().stream().map(AttachmentView::of).toList(),
                    PartnerInfoView.of(e.getPartnerInfo()));
        }
    }

    /** Case; {@code events} is empty with {@code lite=true} (a list, never null: clients iterate it). */
    public record CaseView(UUID id, String status, OrganizationId recipient, String externalId, Instant updateDateTime,
                           Instant transmissionDateTime, String processCode, Instant createDateTime,
                           Instant closeDateTime, String partnerAttributes, ApplicantView applicant,
                           List<AttachmentView> attachments, List<EventView> events) {
    }

    /** Notification, as the contract's schema: {@code eventId} null for a new case. */
    public record NotificationView(UUID id, OrganizationId recipient, OrganizationId transmitter, String processCode,
                                   UUID caseId, UUID eventId, Instant dateTime) {
    }

    /**
     * Notification with {@code eventDetails=true}: also the event's type and <em>current</em>
     * status (both null for a new case), as the contract presentation shows it.
     */
    public record DetailedNotificationView(UUID id, OrganizationId recipient, OrganizationId transmitter,
                                           String processCode, UUID caseId, UUID eventId, Instant dateTime,
                                           String eventActionType, String eventStatus) {
        public NotificationView withoutDetails() {
            return new NotificationView(id, recipient, transmitter, processCode, caseId, eventId, dateTime);
        }
    }

    /** What a download answers besides the bytes. */
    public record DownloadInfo(String fileName, String mimeType, long size, String digest) {
    }

    /** GET /attachmentsIdsForPurge item (the contract's snake_case names). */
    public record IdsForPurge(UUID folder_attachment_id, UUID case_id) {
    }
}
