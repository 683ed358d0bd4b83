package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import fr.gouv.hubee.domain.rules.ApiStatusRules;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
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
 * The aggregate of the lifecycle: every status change and every event goes through its methods,
 * which refuse what the rules forbid ({@link PortalStatusMachine} for agents, {@link ApiStatusRules}
 * for software) and return the {@link Event} they leave, for the lifecycle service to store and
 * notify.
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

    /** The operator completed the folder ({@link Folder#changeGlobalStatus}): the case reaches its recipient (status Nouveau). */
    void transmit(Instant when) {
        status = CaseStatus.HUBEE_NOTIFIED;
        transmittedAt = when;
        operatorChangedAt = when;
        touch(when);
    }

    /** The operator's side changed the case (here: sent its deposit): the recipient's notification mails report it. */
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

    /**
     * Changes the status as {@code by} may, leaving the STATUS_UPDATE event that tells the other
     * side (the caller stores it). An agent follows the guide's status machine
     * ({@link PortalStatusMachine}), software the contract's rules ({@link ApiStatusRules}); a case
     * whose folder is not completed changes no status.
     */
    public Event changeStatus(Actor by, CaseStatus to, boolean notify, Instant when) {
        CaseStatus from = changeStatusWithoutEvent(by, to, when);
        Event event = newEvent(by, EventActionType.STATUS_UPDATE, notify, when);
        event.recordCaseStatuses(from, to);
        return event;
    }

    /**
     * The same change without an event (the contract's PATCH of a case: « the status only », an
     * event is the client's next call); returns the status before.
     */
    public CaseStatus changeStatusWithoutEvent(Actor by, CaseStatus to, Instant when) {
        refuseStatus(by, to);
        CaseStatus from = status;
        if (acknowledgedAt == null && (from == CaseStatus.HUBEE_NOTIFIED || from == CaseStatus.SENT)
                && to != CaseStatus.HUBEE_NOTIFIED && to != CaseStatus.SENT) {
            acknowledgedAt = when;
        }
        status = to;
        closedAt = to == CaseStatus.CLOSED ? when : null;
        changedBy(by, true, when);
        return from;
    }

    private void refuseStatus(Actor by, CaseStatus to) {
        if (by.isAgent()) {
            if (!isTransmitted() || to.portalStatus() == null || to != to.portalStatus().targetCaseStatus()
                    || !PortalStatusMachine.allows(status, to.portalStatus())) {
                throw new BusinessRuleException("dossier.status.notAllowed");
            }
            return;
        }
        ApiStatusRules.refuseCaseStatus(by.side(), folder.getGlobalStatus(), to).ifPresent(message -> {
            throw new BusinessRuleException("dossier.status.notAllowed", message);
        });
    }

    /**
     * Anything else {@code by} does on the case (message, comment, deposit, download): the event it
     * leaves, for the caller to store. A download only reads the case; anything else changes it.
     * The recipient's comment is internal: it never notifies the operator.
     */
    public Event record(Actor by, EventActionType type, boolean notify, Instant when) {
        if (type == EventActionType.STATUS_UPDATE) {
            throw new IllegalArgumentException("a status update is changeStatus");
        }
        if (folder.getGlobalStatus() == FolderStatus.HUBEE_RECEIVED) {
            // The recipient does not know the case yet: nothing happens to it.
            throw new BusinessRuleException("dossier.notCompleted", ApiStatusRules.FOLDER_NOT_COMPLETED);
        }
        Event event = newEvent(by, type, notify, when);
        if (type != EventActionType.ATTACH_DL && type != EventActionType.ATTACH_DL_ALL) {
            // A deposit reaches the other side when sent (Event.send), not when started.
            changedBy(by, type != EventActionType.ATTACH_DEPOSIT, when);
        }
        return event;
    }

    /** An ATTACH_DL event for one attachment of the case. */
    public Event recordDownload(Actor by, Attachment attachment, Instant when) {
        if (!holds(attachment)) {
            throw new IllegalArgumentException("attachment of another case");
        }
        Event event = record(by, EventActionType.ATTACH_DL, true, when);
        event.recordDownloaded(attachment);
        return event;
    }

    private Event newEvent(Actor by, EventActionType type, boolean notify, Instant when) {
        Organization writer = writerFor(by);
        boolean internal = type == EventActionType.COM_ADD && by.side() == Side.RECIPIENT;
        Event event = new Event(this, type, writer, notify && !internal);
        if (by.user() != null) {
            event.authoredBy(by.user());
        } else {
            event.authoredBy(authorName(by));
        }
        event.recordCreation(when);
        return event;
    }

    private String authorName(Actor by) {
        return by.name() != null ? by.name() : writerFor(by).signature();
    }

    /** The case changed; {@code reachesRecipient}: a change of the operator's side reported by the recipient's mails. */
    private void changedBy(Actor by, boolean reachesRecipient, Instant when) {
        updatedBy = authorName(by);
        if (reachesRecipient && by.side() != Side.RECIPIENT) {
            operatorChangedAt = when;
        }
        touch(when);
    }

    /** The organisation that writes what {@code by} does: the administration speaks for the operator. */
    public Organization writerFor(Actor by) {
        return switch (by.side()) {
            case RECIPIENT -> recipient;
            case OPERATOR -> folder.getOperator();
            case ADMIN -> by.organization() != null ? by.organization() : folder.getOperator();
        };
    }

    /** Whether the recipient may see the case: once the operator completed its folder. */
    public boolean isTransmitted() {
        return transmittedAt != null;
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
