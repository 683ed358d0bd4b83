package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.User;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Something that happened to a dossier: a status change, a download, a message, an internal
 * comment, a deposit. Events are the dossier's history and what each side notifies the other of.
 * Part of the {@link Dossier} aggregate: created by its methods only; a deposit is its writer's
 * draft until sent, then the other side acknowledges it ({@link ApiStatusRules#refuseEventStatus}).
 */
@Entity
@Table(name = "event")
public class Event extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 20)
    private EventActionType actionType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private EventStatus status = EventStatus.SENT;

    /** Message to the applicant (SENDING_MESSAGE) or to the counterpart. */
    @Column(name = "message", length = 1000)
    private String message;

    /** Internal comment of the service instructeur: never sent to the operator. */
    @Column(name = "comment", length = 1000)
    private String comment;

    /** Display name of the author ("Prénom NOM"), kept even if the account changes. */
    @Column(name = "author")
    private String author;

    @ManyToOne
    @JoinColumn(name = "author_user_id")
    private User authorUser;

    @ManyToOne(optional = false)
    @JoinColumn(name = "transmitter_id", nullable = false)
    private Organization transmitter;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_current_status", length = 15)
    private CaseStatus caseCurrentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_new_status", length = 15)
    private CaseStatus caseNewStatus;

    /** Whether the counterpart is notified of this event. */
    @Column(name = "notification", nullable = false)
    private boolean notification;

    @Column(name = "partner_attributes", length = 1024)
    private String partnerAttributes;

    @Embedded
    private PartnerInfo partnerInfo;

    /** The attachment an ATTACH_DL event downloaded. */
    @ManyToOne
    @JoinColumn(name = "attachment_id")
    private Attachment downloaded;

    @OneToMany(mappedBy = "event", cascade = CascadeType.PERSIST)
    @jakarta.persistence.OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    protected Event() {
    }

    /** Written by {@link Dossier}'s methods, which check the rules first. */
    Event(Dossier dossier, EventActionType actionType, Organization transmitter, boolean notification) {
        this.dossier = dossier;
        this.actionType = actionType;
        this.transmitter = transmitter;
        this.notification = notification;
        this.status = actionType == EventActionType.ATTACH_DEPOSIT ? EventStatus.IN_PROGRESS : EventStatus.SENT;
    }

    void authoredBy(User user) {
        this.authorUser = user;
        this.author = user == null ? null : user.displayName();
    }

    void authoredBy(String authorName) {
        this.authorUser = null;
        this.author = authorName;
    }

    /** What the case's status was, and what it became (STATUS_UPDATE). */
    void recordCaseStatuses(CaseStatus current, CaseStatus next) {
        this.caseCurrentStatus = current;
        this.caseNewStatus = next;
    }

    void recordDownloaded(Attachment attachment) {
        this.downloaded = attachment;
    }

    /**
     * A file of this deposit, while it is its writer's draft: of a format the démarche accepts from
     * services instructeurs (when the recipient deposits) and within its maximum size.
     */
    public Attachment addAttachment(Side by, String fileName, String type, String mimeType, long size) {
        refuseUnlessDraftOf(by, "Files are uploaded by the transmitter of an ATTACH_DEPOSIT event in IN_PROGRESS");
        Procedure procedure = dossier.getProcedure();
        if (by == Side.RECIPIENT && !procedure.acceptsSiUpload(mimeType)) {
            throw new BusinessRuleException(procedure.allowsSiUpload() ? "dossier.upload.type" : "dossier.upload.notAllowed",
                    "the process does not accept " + mimeType + " from the SI" + (procedure.allowsSiUpload()
                            ? " (allowed: " + String.join(", ", procedure.siUploadFormats()) + ")" : ""));
        }
        if (size > procedure.getAttachmentMaxSize()) {
            throw new BusinessRuleException("dossier.upload.size", size + " is larger than the process maximum of "
                    + procedure.getAttachmentMaxSize() + " bytes");
        }
        Attachment attachment = Attachment.ofEvent(this, fileName, type, mimeType, size, attachments.size());
        attachments.add(attachment);
        return attachment;
    }

    /**
     * The writer sends its deposit once every file arrived (IN_PROGRESS → SENT): the other side sees
     * it from now on; a deposit of the operator's side is then news for the recipient's mails.
     */
    public void send(Side by, Instant when) {
        ApiStatusRules.refuseEventStatus(isWrittenBy(by), actionType, status, EventStatus.SENT, allFilesReceived())
                .ifPresent(Event::refuse);
        status = EventStatus.SENT;
        if (!isByRecipient()) {
            dossier.changedByOperator(when);
        }
        touch(when);
    }

    /**
     * The other side acknowledges a sent event (→ RECEIVED); returns whether this is the first
     * acknowledgement (software that crashed before deleting its notification acknowledges again).
     */
    public boolean acknowledge(Side by, Instant when) {
        ApiStatusRules.refuseEventStatus(isWrittenBy(by), actionType, status, EventStatus.RECEIVED, allFilesReceived())
                .ifPresent(Event::refuse);
        boolean first = status != EventStatus.RECEIVED;
        status = EventStatus.RECEIVED;
        touch(when);
        return first;
    }

    /** Whether the writer may drop it: only its own deposit still in progress. */
    public void refuseDiscardBy(Side by) {
        refuseUnlessDraftOf(by, "Only an ATTACH_DEPOSIT event in IN_PROGRESS can be deleted, by its transmitter");
    }

    /** Whether a file of it may be uploaded now, by this side. */
    public void refuseUploadBy(Side by) {
        refuseUnlessDraftOf(by, "Files are uploaded by the transmitter of an ATTACH_DEPOSIT event in IN_PROGRESS");
    }

    private void refuseUnlessDraftOf(Side by, String message) {
        if (!isDraft() || !isWrittenBy(by)) {
            refuse(message);
        }
    }

    private static void refuse(String message) {
        throw new BusinessRuleException("event.status.notAllowed", message);
    }

    private boolean allFilesReceived() {
        return attachments.stream().allMatch(f -> f.getStatus() == AttachmentStatus.RECEIVED);
    }

    /** Whether the recipient's side wrote it (else the operator's side: the operator, or the administration for it). */
    public boolean isByRecipient() {
        return transmitter.equals(dossier.getRecipient());
    }

    /** Whether this side wrote it (the administration stands on the operator's side). */
    public boolean isWrittenBy(Side side) {
        return isByRecipient() == (side == Side.RECIPIENT);
    }

    /** Who is told of it: the other side of its writer (the administration speaks for the operator). */
    public Organization counterpart() {
        return isByRecipient() ? dossier.getFolder().getOperator() : dossier.getRecipient();
    }

    /** Whether the writer asked to tell the other side, and the event is sent (a draft tells no one yet). */
    public boolean notifiesNow() {
        return notification && status == EventStatus.SENT;
    }

    /** A deposit still in progress: its transmitter uploads its files, then sends it. */
    public boolean isDraft() {
        return actionType == EventActionType.ATTACH_DEPOSIT && status == EventStatus.IN_PROGRESS;
    }

    /**
     * Whether the recipient's side ({@code true}) or the operator's is kept from seeing it: a draft
     * is its transmitter's until sent (files missing, nothing to read yet).
     */
    public boolean isHiddenFrom(boolean recipientSide) {
        return isDraft() && isByRecipient() != recipientSide;
    }

    /**
     * Whether this side sees it: never the other side's draft; the operator never reads internal
     * comments (COM_ADD).
     */
    public boolean isVisibleTo(Side side) {
        if (side == Side.OPERATOR && actionType == EventActionType.COM_ADD) {
            return false;
        }
        return !isHiddenFrom(side == Side.RECIPIENT);
    }

    public Attachment getDownloaded() {
        return downloaded;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public EventActionType getActionType() {
        return actionType;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getAuthor() {
        return author;
    }

    public User getAuthorUser() {
        return authorUser;
    }

    public Organization getTransmitter() {
        return transmitter;
    }

    public CaseStatus getCaseCurrentStatus() {
        return caseCurrentStatus;
    }

    public CaseStatus getCaseNewStatus() {
        return caseNewStatus;
    }

    public boolean isNotification() {
        return notification;
    }

    public String getPartnerAttributes() {
        return partnerAttributes;
    }

    public void setPartnerAttributes(String partnerAttributes) {
        this.partnerAttributes = partnerAttributes;
    }

    public PartnerInfo getPartnerInfo() {
        return partnerInfo;
    }

    public void setPartnerInfo(PartnerInfo partnerInfo) {
        this.partnerInfo = partnerInfo;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }
}
