package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.rules.FileName;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.DossierRepository;
import fr.gouv.hubee.infrastructure.time.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Downloads (guide §4.2.1, §4.3.2; gestion role only). Preparing a download authorises it and
 * records it — ATTACH_DL_ALL / ATTACH_DL events, Nouveau or Reçu dossiers move to En cours once
 * all their attachments were downloaded, and a DOWNLOAD audit entry — in one transaction; the content is then streamed
 * one attachment per transaction, one chunk in memory at a time.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class DownloadService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierAccess access;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** « Télécharger » on one or several dossiers: a ZIP of all their available attachments. */
    public DownloadPlan prepareZip(List<UUID> ids) {
        Caller caller = currentCaller.get();
        List<Dossier> selected = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            selected.add(access.forAgent(id, caller, Role.DOSSIER_MANAGE));
        }
        if (selected.isEmpty()) {
            throw new BusinessRuleException("download.empty");
        }
        User user = currentCaller.user(caller);
        Actor agent = Actor.agent(user);
        boolean bulk = selected.size() > 1;
        List<DownloadPlan.Entry> entries = new ArrayList<>();
        for (Dossier dossier : selected) {
            Set<String> names = new HashSet<>();
            for (Attachment attachment : available(dossier)) {
                String name = unique(names, attachment.getFileName());
                entries.add(new DownloadPlan.Entry(dossier.getId(), attachment.getId(),
                        bulk ? FileName.clean(dossier.getExternalId()) + "/" + name : name, attachment.getMimeType(), attachment.getSize()));
            }
            lifecycle.downloadedAll(dossier, agent);
        }
        if (entries.isEmpty()) {
            // Every file is past its retention: say so rather than hand over an empty ZIP (rolled back, nothing recorded).
            throw new BusinessRuleException("download.nothing");
        }
        // Dossier numbers only: what was taken, never whose it is.
        audit.record(AuditType.DOWNLOAD, user, null, "ZIP, " + selected.size() + " télédossier(s) : "
                + String.join(", ", selected.stream().map(Dossier::getExternalId).toList()));
        String name = bulk
                ? "teledossiers-" + LocalDateTime.now(clock.withZone(ClockProducer.ZONE))
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip"
                : FileName.clean(selected.get(0).getExternalId()) + ".zip";
        return new DownloadPlan(name, true, entries);
    }

    /**
     * One attachment from the detail page. The dossier moves to En cours only once every
     * available attachment has been downloaded (guide §4.3.2).
     */
    public DownloadPlan prepareAttachment(UUID dossierId, UUID attachmentId) {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(dossierId, caller, Role.DOSSIER_MANAGE);
        Attachment attachment = attachmentOf(dossier, attachmentId);
        if (!attachment.isAvailable()) {
            throw new BusinessRuleException("download.unavailable");
        }
        User user = currentCaller.user(caller);
        lifecycle.downloaded(dossier, Actor.agent(user), attachment);
        audit.record(AuditType.DOWNLOAD, user, null, "pièce jointe " + attachment.getId() + " du télédossier "
                + dossier.getExternalId());
        return new DownloadPlan(attachment.getFileName(), false, List.of(new DownloadPlan.Entry(dossierId,
                attachmentId, attachment.getFileName(), attachment.getMimeType(), attachment.getSize())));
    }

    /** Streams one planned attachment, after checking again that the caller may read it. */
    public long write(DownloadPlan.Entry entry, OutputStream out) throws IOException {
        Caller caller = currentCaller.get();
        Dossier dossier = access.forAgent(entry.dossierId(), caller, Role.DOSSIER_MANAGE);
        Attachment attachment = attachmentOf(dossier, entry.attachmentId());
        if (!attachment.isAvailable()) {
            throw new BusinessRuleException("download.unavailable");
        }
        return contents.copyTo(attachment.getId(), out);
    }

    private List<Attachment> available(Dossier dossier) {
        return dossiers.attachmentsOf(dossier).stream().filter(Attachment::isAvailable).toList();
    }

    /** The attachment, if it belongs to this dossier (sent with it, or deposited on it). */
    private Attachment attachmentOf(Dossier dossier, UUID attachmentId) {
        Attachment attachment = dossiers.findAttachment(attachmentId).orElseThrow(() -> new NotFoundException("attachment"));
        if (!dossier.holds(attachment)) {
            throw AccessDeniedException.hiding("attachment");
        }
        return attachment;
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = FileName.clean(name);
        for (int i = 2; !taken.add(candidate); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? FileName.clean(name.substring(0, dot)) + " (" + i + ")" + FileName.clean(name.substring(dot))
                    : FileName.clean(name) + " (" + i + ")";
        }
        return candidate;
    }
}
