package fr.gouv.hubee.domain.model.event;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.PartnerInfo;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.user.User;
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

    public Event(Dossier dossier, EventActionType actionType, Organization transmitter, boolean notification) {
        this.dossier = dossier;
        this.actionType = actionType;
        this.transmitter = transmitter;
        this.notification = notification;
        this.status = actionType == EventActionType.ATTACH_DEPOSIT ? EventStatus.IN_PROGRESS : EventStatus.SENT;
    }

    /** A status change event, recording the case's status before and after. */
    public static Event statusUpdate(Dossier dossier, CaseStatus from, CaseStatus to, Organization transmitter) {
        Event event = new Event(dossier, EventActionType.STATUS_UPDATE, transmitter, true);
        event.caseCurrentStatus = from;
        event.caseNewStatus = to;
        return event;
    }

    public void authoredBy(User user) {
        this.authorUser = user;
        this.author = user == null ? null : user.displayName();
    }

    public void authoredBy(String authorName) {
        this.authorUser = null;
        this.author = authorName;
    }

    /** What the transmitter said the case's status was, and what it becomes (API STATUS_UPDATE). */
    public void recordCaseStatuses(CaseStatus current, CaseStatus next) {
        this.caseCurrentStatus = current;
        this.caseNewStatus = next;
    }

    public void changeStatus(EventStatus newStatus, Instant when) {
        this.status = newStatus;
        touch(when);
    }

    public Attachment addAttachment(String fileName, String type, String mimeType, long size) {
        Attachment attachment = Attachment.ofEvent(this, fileName, type, mimeType, size, attachments.size());
        attachments.add(attachment);
        return attachment;
    }

    /** An ATTACH_DL event for one attachment of the dossier. */
    public static Event download(Dossier dossier, Attachment attachment, Organization transmitter) {
        Event event = new Event(dossier, EventActionType.ATTACH_DL, transmitter, true);
        event.downloaded = attachment;
        return event;
    }

    /** Whether the case's recipient wrote it (else the operator's side: the operator, or the administration for it). */
    public boolean isByRecipient() {
        return transmitter.equals(dossier.getRecipient());
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
