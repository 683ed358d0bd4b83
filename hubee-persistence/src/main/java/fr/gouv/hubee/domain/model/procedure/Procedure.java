package fr.gouv.hubee.domain.model.procedure;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A démarche (the API's "process"): what an operator sends, to whom, and the settings that govern
 * what service instructeurs may do with its dossiers and how long contents are kept.
 */
@Entity
@Cacheable
@Table(name = "procedure")
public class Procedure extends BaseEntity {

    @Column(name = "code", nullable = false, length = 30)
    private String code;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "description", length = 1000)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "operator_id", nullable = false)
    private Organization operator;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** May the service instructeur send a message to the applicant (contract: messageToTransmitter). */
    @Column(name = "message_to_transmitter", nullable = false)
    private boolean messageToTransmitter;

    /** MIME types the operator may send, comma-separated. */
    @Column(name = "attachment_formats", length = 1000)
    private String attachmentFormats;

    /** MIME types a service instructeur may upload, comma-separated; empty: no upload. */
    @Column(name = "si_attachment_formats", length = 1000)
    private String siAttachmentFormats;

    @Column(name = "attachment_types", length = 1000)
    private String attachmentTypes;

    /** Maximum size of one attachment, in bytes. */
    @Column(name = "attachment_max_size", nullable = false)
    private long attachmentMaxSize;

    /** API mode purge: contents are deleted this many days after the case reached this status. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_file_deletion", nullable = false, length = 15)
    private CaseStatus statusBeforeFileDeletion = CaseStatus.SI_RECEIVED;

    @Column(name = "time_before_file_deletion", nullable = false)
    private int timeBeforeFileDeletion = 2;

    /** Portal mode purge: contents stay available this many days (FAQ: 2 months). */
    @Column(name = "portal_retention_days", nullable = false)
    private int portalRetentionDays = 60;

    /** Days at CLOSED before a folder is archived (referential setting; no archive in this hub). */
    @Column(name = "time_before_archiving", nullable = false)
    private int timeBeforeArchiving = 30;

    /** Days archived before a folder is deleted (referential setting). */
    @Column(name = "time_before_folder_deletion", nullable = false)
    private int timeBeforeFolderDeletion = 365;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_validation", nullable = false, length = 6)
    private SubscriptionValidation subscriptionValidation = SubscriptionValidation.Manual;

    @Column(name = "legal_justification", length = 1000)
    private String legalJustification;

    protected Procedure() {
    }

    public Procedure(String code, String label, Organization operator, long attachmentMaxSize) {
        this.code = code;
        this.label = label;
        this.operator = operator;
        this.attachmentMaxSize = attachmentMaxSize;
    }

    /** Whether service instructeurs may upload attachments at all. */
    public boolean allowsSiUpload() {
        return !siUploadFormats().isEmpty();
    }

    /** Whether a service instructeur may upload a file of this MIME type. */
    public boolean acceptsSiUpload(String mimeType) {
        return mimeType != null && siUploadFormats().contains(mimeType.strip().toLowerCase(Locale.ROOT));
    }

    public List<String> siUploadFormats() {
        return split(siAttachmentFormats);
    }

    public List<String> operatorFormats() {
        return split(attachmentFormats);
    }

    private static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public void configureAttachments(String operatorFormats, String types, String siFormats) {
        this.attachmentFormats = operatorFormats;
        this.attachmentTypes = types;
        this.siAttachmentFormats = siFormats;
    }

    public void configurePurge(CaseStatus statusBeforeDeletion, int daysBeforeDeletion, int portalRetentionDays) {
        if (statusBeforeDeletion == null || daysBeforeDeletion < 0 || portalRetentionDays < 0) {
            throw new IllegalArgumentException("a purge needs a status and days that are not negative");
        }
        this.statusBeforeFileDeletion = statusBeforeDeletion;
        this.timeBeforeFileDeletion = daysBeforeDeletion;
        this.portalRetentionDays = portalRetentionDays;
    }

    public void configureArchiving(int daysBeforeArchiving, int daysBeforeFolderDeletion) {
        if (daysBeforeArchiving < 0 || daysBeforeFolderDeletion < 0) {
            throw new IllegalArgumentException("days are not negative");
        }
        this.timeBeforeArchiving = daysBeforeArchiving;
        this.timeBeforeFolderDeletion = daysBeforeFolderDeletion;
    }

    /** Name, description and legal basis, as the referential describes a démarche. */
    public void describe(String label, String description, String legalJustification) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a démarche has a name");
        }
        this.label = label.strip();
        this.description = description;
        this.legalJustification = legalJustification;
    }

    public void limitAttachmentSize(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the maximum size is positive");
        }
        this.attachmentMaxSize = maxBytes;
    }

    public void validateSubscriptions(SubscriptionValidation validation) {
        this.subscriptionValidation = java.util.Objects.requireNonNull(validation);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Organization getOperator() {
        return operator;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isMessageToTransmitter() {
        return messageToTransmitter;
    }

    public void setMessageToTransmitter(boolean messageToTransmitter) {
        this.messageToTransmitter = messageToTransmitter;
    }

    public String getAttachmentTypes() {
        return attachmentTypes;
    }

    public long getAttachmentMaxSize() {
        return attachmentMaxSize;
    }

    public CaseStatus getStatusBeforeFileDeletion() {
        return statusBeforeFileDeletion;
    }

    public int getTimeBeforeFileDeletion() {
        return timeBeforeFileDeletion;
    }

    public int getPortalRetentionDays() {
        return portalRetentionDays;
    }

    public int getTimeBeforeArchiving() {
        return timeBeforeArchiving;
    }

    public int getTimeBeforeFolderDeletion() {
        return timeBeforeFolderDeletion;
    }

    public String getLegalJustification() {
        return legalJustification;
    }

    /** The attachment types the démarche knows (« Formulaire », « Justificatif »…), as written. */
    public List<String> attachmentTypes() {
        return attachmentTypes == null || attachmentTypes.isBlank() ? List.of()
                : Arrays.stream(attachmentTypes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public SubscriptionValidation getSubscriptionValidation() {
        return subscriptionValidation;
    }
}
