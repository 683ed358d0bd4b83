package fr.gouv.hubee.application.dossier;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a download will stream: one file, or a ZIP of several (one folder per dossier for a bulk
 * download). Built, authorised and recorded by {@link DownloadService}; the bytes are streamed
 * entry by entry afterwards.
 */
public record DownloadPlan(String fileName, boolean zip, List<Entry> entries) implements Serializable {

    public record Entry(UUID dossierId, UUID attachmentId, String path, String mimeType, long size) implements Serializable {
    }
}
