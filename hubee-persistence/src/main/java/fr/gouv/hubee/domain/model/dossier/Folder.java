package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.rules.ApiStatusRules;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an operator sends for one request of a citizen: the applicant, the attachments, and one
 * case ({@link Dossier}) per recipient organisation.
 */
@Entity
@Table(name = "folder")
public class Folder extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @ManyToOne(optional = false)
    @JoinColumn(name = "operator_id", nullable = false)
    private Organization operator;

    @Column(name = "external_id", nullable = false, length = 30)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "global_status", nullable = false, length = 15)
    private FolderStatus globalStatus = FolderStatus.HUBEE_RECEIVED;

    @Embedded
    private Applicant applicant;

    @Embedded
    private PartnerInfo partnerInfo;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "folder", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Dossier> cases = new ArrayList<>();

    @OneToMany(mappedBy = "folder", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    protected Folder() {
    }

    public Folder(Procedure procedure, Organization operator, String externalId, Applicant applicant,
                  PartnerInfo partnerInfo) {
        this.procedure = procedure;
        this.operator = operator;
        this.externalId = externalId;
        this.applicant = applicant;
        this.partnerInfo = partnerInfo;
    }

    /** Adds the case for one recipient; cases keep the request's order. */
    public Dossier addCase(Organization recipient, String caseExternalId) {
        Dossier dossier = new Dossier(this, recipient, caseExternalId, cases.size());
        cases.add(dossier);
        return dossier;
    }

    public Attachment addAttachment(String fileName, String type, String mimeType, long size) {
        Attachment attachment = Attachment.ofFolder(this, fileName, type, mimeType, size, attachments.size());
        attachments.add(attachment);
        return attachment;
    }

    /**
     * The operator's change of the global status (contract README, « Lifecycle » 3): completion
     * once, when every file arrived — every case reaches its recipient (returned, for their
     * notifications) —, then any later status. Nothing changes otherwise.
     */
    public List<Dossier> changeGlobalStatus(FolderStatus target, Instant when) {
        ApiStatusRules.refuseFolderStatus(globalStatus, target, allAttachmentsReceived()).ifPresent(message -> {
            throw new BusinessRuleException("folder.status.notAllowed", message);
        });
        if (target != FolderStatus.HUBEE_COMPLETED) {
            globalStatus = target;
            if (target == FolderStatus.CLOSED) {
                closedAt = when;
            }
            touch(when);
            return List.of();
        }
        cases.forEach(dossier -> dossier.transmit(when));
        globalStatus = FolderStatus.HUBEE_NOTIFIED;
        touch(when);
        return getCases();
    }

    /** The operator's closing date (contract: closeDateTime), when it gives one. */
    public void closeAt(Instant when) {
        this.closedAt = when;
    }

    /** Whether the operator may still take it back: only before completion. */
    public void refuseChangeOfContent() {
        if (globalStatus != FolderStatus.HUBEE_RECEIVED) {
            throw new BusinessRuleException("folder.completed", "The folder is already completed");
        }
    }

    /** Every declared attachment's content arrived: the folder may be completed. */
    public boolean allAttachmentsReceived() {
        return attachments.stream().allMatch(a -> a.getStatus() == AttachmentStatus.RECEIVED);
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Organization getOperator() {
        return operator;
    }

    public String getExternalId() {
        return externalId;
    }

    public FolderStatus getGlobalStatus() {
        return globalStatus;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    public PartnerInfo getPartnerInfo() {
        return partnerInfo;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Dossier> getCases() {
        return Collections.unmodifiableList(cases);
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
