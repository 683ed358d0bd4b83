package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.AttachmentStatus;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.rules.ContentTypes;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;

/**
 * Receives the content of a declared attachment, streamed in chunks: the byte count must be the
 * declared size and, when the client sends one, the SHA-256 its {@code digest}. A mismatch leaves
 * the attachment REJECTED with no content (committed, so the client sees why) and answers 400.
 */
@ApplicationScoped
class AttachmentUpload {

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    UploadOutcome receive(Attachment attachment, InputStream body, String digestHeader, Long contentLength) {
        if (attachment.getStatus() == AttachmentStatus.RECEIVED) {
            throw BusinessRuleException.invalid("Attachment is already received");
        }
        if (attachment.getStatus() == AttachmentStatus.DELETED) {
            throw BusinessRuleException.invalid("Attachment was purged");
        }
        if (contentLength != null && contentLength > attachment.getSize()) {
            return tooLarge(attachment);
        }
        String expected = normalise(digestHeader);
        AttachmentContentStore.Stored stored;
        try {
            // No content to clear first: a rejection deletes what it stored, a failure rolls back.
            stored = contents.store(attachment.getId(), body, attachment.getSize(), attachment.getFileName());
        } catch (AttachmentContentStore.TooLargeException e) {
            return tooLarge(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() != attachment.getSize()) {
            return reject(attachment, 400, "File size " + stored.size() + " does not match the declared size "
                    + attachment.getSize());
        }
        if (expected != null && !expected.equals(stored.digest())) {
            return reject(attachment, 400, "Digest does not match the file (SHA-256 " + stored.digest() + ")");
        }
        if (!stored.verdict().allowsStorage()) {
            return reject(attachment, 400, stored.verdict().infected()
                    ? "File refused by the antivirus: " + stored.verdict().detail()
                    : "File could not be scanned for malware; send it again later");
        }
        if (!ContentTypes.matches(attachment.getMimeType(), stored.detectedType())) {
            return reject(attachment, 400, "File content is " + stored.detectedType() + ", not the declared "
                    + attachment.getMimeType());
        }
        attachment.markReceived(stored.digest(), clock.instant());
        return UploadOutcome.OK;
    }

    private UploadOutcome tooLarge(Attachment attachment) {
        return reject(attachment, 413, "Payload Too Large : the file is larger than its declared size ("
                + attachment.getSize() + " bytes)");
    }

    private UploadOutcome reject(Attachment attachment, int status, String message) {
        contents.delete(attachment.getId());
        attachment.markRejected(clock.instant());
        return new UploadOutcome(status, message);
    }

    /** Accepts the contract's bare base64 and the RFC 3230 form {@code SHA-256=<base64>}. */
    static String normalise(String digest) {
        if (digest == null || digest.isBlank()) {
            return null;
        }
        String value = digest.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("sha-256=")) {
            value = value.substring(8);
        }
        return value;
    }
}
