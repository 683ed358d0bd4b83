package fr.gouv.hubee.domain.model.dossier;

import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.rules.FileName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of a folder (sent by the operator) or of an event (a deposit). Its content is stored
 * apart, in chunks ({@code attachment_chunk}), and streamed: never held whole in memory.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends BaseEntity {

    @ManyToOne
    @JoinColumn(name = "folder_id")
    private Folder folder;

    @ManyToOne
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "type", nullable = false, length = 100)
    private String type;

    @Column(name = "mime_type", nullable = false)
    private String mimeType;

    /** Declared size in bytes; the stored content must match it. */
    @Column(name = "size", nullable = false)
    private long size;

    /** Base64 SHA-256 of the content, as in the contract's {@code digest} header. */
    @Column(name = "digest", length = 64)
    private String digest;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 9)
    private AttachmentStatus status = AttachmentStatus.PENDING;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    /** Rank in the operator's request (folder attachments) or in the deposit (event attachments). */
    @Column(name = "position", nullable = false)
    private int position;

    protected Attachment() {
    }

    /** The name as HubEE keeps and serves it, whatever the browser or the software sent ({@link FileName}). */
    private Attachment(String fileName, String type, String mimeType, long size) {
        this.fileName = FileName.clean(fileName);
        this.type = type;
        this.mimeType = mimeType;
        this.size = size;
    }

    static Attachment ofFolder(Folder folder, String fileName, String type, String mimeType, long size, int position) {
        Attachment attachment = new Attachment(fileName, type, mimeType, size);
        attachment.folder = folder;
        attachment.position = position;
        return attachment;
    }

    public static Attachment ofEvent(Event event, String fileName, String type, String mimeType, long size,
                                     int position) {
        Attachment attachment = new Attachment(fileName, type, mimeType, size);
        attachment.event = event;
        attachment.position = position;
        return attachment;
    }

    /** The content arrived with the expected size and digest. */
    public void markReceived(String contentDigest, Instant when) {
        this.digest = contentDigest;
        this.status = AttachmentStatus.RECEIVED;
        this.receivedAt = when;
        touch(when);
    }

    public void markRejected(Instant when) {
        this.status = AttachmentStatus.REJECTED;
        touch(when);
    }

    /** The retention purge removed the content; metadata and history stay. */
    public void markPurged(Instant when) {
        this.status = AttachmentStatus.DELETED;
        this.purgedAt = when;
        touch(when);
    }

    public boolean isAvailable() {
        return status == AttachmentStatus.RECEIVED;
    }

    public Folder getFolder() {
        return folder;
    }

    public Event getEvent() {
        return event;
    }

    public String getFileName() {
        return fileName;
    }

    public String getType() {
        return type;
    }

    public String getMimeType() {
        return mimeType;
    }

    public long getSize() {
        return size;
    }

    public String getDigest() {
        return digest;
    }

    public AttachmentStatus getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }
}
