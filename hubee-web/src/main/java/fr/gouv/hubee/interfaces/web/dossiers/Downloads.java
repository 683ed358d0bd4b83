package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.DownloadPlan;
import fr.gouv.hubee.application.dossier.DownloadService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Turns a prepared download into the browser's file: one attachment, or a ZIP written entry by
 * entry straight to the response (nothing buffered but one chunk).
 */
@ApplicationScoped
public class Downloads {

    @Inject
    DownloadService downloads;

    /** « Télécharger »: records the download of these dossiers and streams their ZIP. */
    public StreamedContent zip(List<UUID> dossierIds) {
        return of(downloads.prepareZip(dossierIds));
    }

    /** One attachment from the detail page. */
    public StreamedContent attachment(UUID dossierId, UUID attachmentId) {
        return of(downloads.prepareAttachment(dossierId, attachmentId));
    }

    private StreamedContent of(DownloadPlan plan) {
        if (!plan.zip()) {
            DownloadPlan.Entry entry = plan.entries().get(0);
            return DefaultStreamedContent.builder().name(plan.fileName()).contentType(entry.mimeType())
                    .contentLength(entry.size()).writer(out -> write(entry, out)).build();
        }
        return DefaultStreamedContent.builder().name(plan.fileName()).contentType("application/zip")
                .writer(out -> zip(plan, out)).build();
    }

    private void zip(DownloadPlan plan, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (DownloadPlan.Entry entry : plan.entries()) {
                zip.putNextEntry(new ZipEntry(entry.path()));
                // The store writes into the entry and never closes the stream it is given.
                write(entry, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(DownloadPlan.Entry entry, OutputStream out) {
        try {
            downloads.write(entry, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
