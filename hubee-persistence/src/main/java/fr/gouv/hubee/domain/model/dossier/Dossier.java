package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A télédossier: the case of a folder addressed to one recipient organisation (the API's "case").
 * Its status moves by the portal's status machine ({@code domain.rules.PortalStatusMachine}) or
 * by API events; the entity records the change, who made it and when.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "folder_id", nullable = false)
    private Folder folder;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Organization recipient;

    /** Copied from the folder so that the list filters on démarche without a join. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "external_id", nullable = false, length = 100)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 15)
    private CaseStatus status = CaseStatus.HUBEE_RECEIVED;

    @Column(name = "search_name", nullable = false)
    private String searchName;

    @Column(name = "search_number", nullable = false, length = 100)
    private String searchNumber;

    @Column(name = "applicant_display", nullable = false)
    private String applicantDisplay;

    @Column(name = "partner_attributes", length = 1024)
    private String partnerAttributes;

    @Column(name = "transmitted_at")
    private Instant transmittedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "operator_changed_at")
    private Instant operatorChangedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Rank of the case in the operator's request. */
    @Column(name = "position", nullable = false)
    private int position;

    @ManyToMany
    @JoinTable(name = "dossier_attachment",
            joinColumns = @JoinColumn(name = "dossier_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    private List<Attachment> attachments = new ArrayList<>();

    protected Dossier() {
    }

    Dossier(Folder folder, Organization recipient, String externalId, int position) {
        this.folder = folder;
        this.position = position;
        this.recipient = recipient;
        this.procedure = folder.getProcedure();
        this.externalId = externalId;
        this.searchNumber = SearchKey.of(externalId);
        this.searchName = SearchKey.of(folder.getApplicant().getLastName());
        this.applicantDisplay = folder.getApplicant().displayName();
    }

    /** The operator completed the folder: the case reaches its recipient (status Nouveau). */
    public void transmit(Instant when) {
        status = CaseStatus.HUBEE_NOTIFIED;
        transmittedAt = when;
        operatorChangedAt = when;
        touch(when);
    }

    /** The operator changed the case (status, message, deposit): the recipient's notification mails report it. */
    public void changedByOperator(Instant when) {
        operatorChangedAt = when;
    }

    public Instant getOperatorChangedAt() {
        return operatorChangedAt;
    }

    /** When the recipient first took the case out of Nouveau (the start of API-mode retention). */
    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    /** Records a status change made by {@code author} ("Prénom NOM", or the operator's name). */
    public void changeStatus(CaseStatus newStatus, String author, Instant when) {
        if (acknowledgedAt == null && (status == CaseStatus.HUBEE_NOTIFIED || status == CaseStatus.SENT)
                && newStatus != CaseStatus.HUBEE_NOTIFIED && newStatus != CaseStatus.SENT) {
            acknowledgedAt = when;
        }
        status = newStatus;
        updatedBy = author;
        closedAt = newStatus == CaseStatus.CLOSED ? when : null;
        touch(when);
    }

    /** Records another change (message, comment, upload) without changing the status. */
    public void recordChange(String author, Instant when) {
        updatedBy = author;
        touch(when);
    }

    /** Whether the attachment is this case's: sent with it by the operator, or deposited on it by an event. */
    public boolean holds(Attachment attachment) {
        return attachments.contains(attachment)
                || attachment.getEvent() != null && attachment.getEvent().getDossier().equals(this);
    }

    public void attach(Attachment attachment) {
        attachments.add(attachment);
    }

    public Folder getFolder() {
        return folder;
    }

    public Organization getRecipient() {
        return recipient;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public String getExternalId() {
        return externalId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public PortalStatus getPortalStatus() {
        return status.portalStatus();
    }

    public String getApplicantDisplay() {
        return applicantDisplay;
    }

    public String getPartnerAttributes() {
        return partnerAttributes;
    }

    public void setPartnerAttributes(String partnerAttributes) {
        this.partnerAttributes = partnerAttributes;
    }

    public Instant getTransmittedAt() {
        return transmittedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
