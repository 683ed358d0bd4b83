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
    @Column(name = "status_before_file_deletion", length = 15)
    private CaseStatus statusBeforeFileDeletion;

    @Column(name = "time_before_file_deletion")
    private Integer timeBeforeFileDeletion;

    /** Portal mode purge: contents stay available this many days (FAQ: 2 months). */
    @Column(name = "portal_retention_days", nullable = false)
    private int portalRetentionDays = 60;

    @Column(name = "time_before_archiving")
    private Integer timeBeforeArchiving;

    @Column(name = "time_before_folder_deletion")
    private Integer timeBeforeFolderDeletion;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_validation", nullable = false, length = 6)
    private SubscriptionValidation subscriptionValidation = SubscriptionValidation.Manual;

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

    public void configurePurge(CaseStatus statusBeforeDeletion, Integer daysBeforeDeletion,
                               int portalRetentionDays) {
        this.statusBeforeFileDeletion = statusBeforeDeletion;
        this.timeBeforeFileDeletion = daysBeforeDeletion;
        this.portalRetentionDays = portalRetentionDays;
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

    public Integer getTimeBeforeFileDeletion() {
        return timeBeforeFileDeletion;
    }

    public int getPortalRetentionDays() {
        return portalRetentionDays;
    }

    public Integer getTimeBeforeArchiving() {
        return timeBeforeArchiving;
    }

    public Integer getTimeBeforeFolderDeletion() {
        return timeBeforeFolderDeletion;
    }

    public SubscriptionValidation getSubscriptionValidation() {
        return subscriptionValidation;
    }
}
