package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.AttachmentStatus;
import java.util.Locale;
import java.util.UUID;

/** An attachment of the detail page; {@code deposited}: uploaded by the service instructeur. */
public record AttachmentView(UUID id, String fileName, String type, String mimeType, long size, AttachmentStatus status,
                             boolean deposited) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getType(), a.getMimeType(), a.getSize(), a.getStatus(),
                a.getEvent() != null);
    }

    public boolean available() {
        return status == AttachmentStatus.RECEIVED;
    }

    public boolean purged() {
        return status == AttachmentStatus.DELETED;
    }

    /** The file's extension in capitals (PDF, XML…) for the type icon. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    /** Size in ko, as the portal shows it (one decimal). */
    /** « 512 octets », « 12,3 ko », « 1,2 Mo »: a small file no longer reads « 0,0 ko ». */
    public String sizeInKo() {
        if (size < 1024) {
            return size + " octets";
        }
        if (size < 1024 * 1024) {
            return String.format(Locale.FRANCE, "%.1f ko", size / 1024.0);
        }
        return String.format(Locale.FRANCE, "%.1f Mo", size / (1024.0 * 1024));
    }
}
