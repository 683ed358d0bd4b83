package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.dossier.DossierActivityService;
import fr.gouv.hubee.application.dossier.DossierDetail;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One télédossier (teledossier.xhtml?id=…, guide §4.3): general information, attachments,
 * status, message, internal comment, deposit, month-grouped history.
 */
@Named
@ViewScoped
public class Teledossier implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierService dossiers;

    @Inject
    transient DossierActivityService activity;

    @Inject
    transient Downloads downloads;

    private String id;
    private DossierDetail detail;
    private List<HistoryMonths.Month> history;
    private PortalStatus target;
    private String statusComment;
    private String message;
    private String comment;

    public void load() {
        reload();
    }

    private void reload() {
        detail = dossiers.get(uuid());
        history = HistoryMonths.of(detail.history());
    }

    /** A Nouveau dossier opened by someone who instructs must first be acknowledged. */
    public boolean isAcknowledgementRequired() {
        return detail.canManage() && detail.summary().portalStatus() == PortalStatus.NOUVEAU;
    }

    public void acknowledge() {
        dossiers.acknowledge(uuid());
        reload();
        Messages.info("dossier.acknowledged");
    }

    /** The status chosen in « Modifier le statut »; the dialog then asks for confirmation. */
    public String getTargetName() {
        return target == null ? null : target.name();
    }

    public void setTargetName(String name) {
        target = name == null || name.isBlank() ? null : PortalStatus.valueOf(name);
        statusComment = null;
    }

    /** « Annuler » or the dialog closed: the menu shows « Modifier le statut » again, nothing chosen. */
    public void cancelStatus() {
        target = null;
        statusComment = null;
    }

    /** The chosen status cannot be left afterwards: the dialog says so before confirming. */
    public boolean isTargetFinal() {
        return target != null && PortalStatusMachine.isFinal(target);
    }

    public void confirmStatus() {
        if (Actions.attempt(() -> dossiers.changeStatus(uuid(), target, statusComment))) {
            Messages.info("dossier.statusChanged", Messages.text("status." + target));
        }
        target = null;
        statusComment = null;
        reload();
    }

    public void sendMessage() {
        // A refusal (empty, too long) stays in the dialog, beside the text, which is kept.
        if (Actions.attempt(() -> activity.sendMessage(uuid(), message),
                refusal -> Messages.errorFor("message-form:message", refusal.getMessageKey()))) {
            message = null;
            Messages.info("dossier.messageSent");
        }
        reload();
    }

    public void addComment() {
        if (Actions.attempt(() -> activity.addComment(uuid(), comment))) {
            comment = null;
            Messages.info("dossier.commentAdded");
        }
        reload();
    }

    /** « Déposer une pièce jointe »: a refusal names the file, the démarche's formats and its size limit. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            if (Actions.attempt(() -> deposit(file, in), refusal -> Messages.error(refusal.getMessageKey(),
                    file.getFileName(), String.join(", ", detail.uploadFormats()), detail.maxUploadSize() / (1024 * 1024)))) {
                Messages.info("dossier.uploaded", file.getFileName());
            }
        }
        reload();
    }

    private void deposit(UploadedFile file, InputStream content) {
        try {
            activity.upload(uuid(), file.getFileName(), file.getContentType(), file.getSize(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StreamedContent downloadAttachment(String attachmentId) {
        StreamedContent content = downloads.attachment(uuid(), UUID.fromString(attachmentId));
        reload();
        return content;
    }

    public StreamedContent downloadAll() {
        StreamedContent content = Actions.result(() -> downloads.zip(List.of(uuid()))).orElse(null);
        reload();
        return content;
    }

    /** Whether any attachment is still there (after the retention purge, none may be). */
    public boolean isAnythingToDownload() {
        return getDetail().attachments().stream().anyMatch(a -> !a.purged());
    }

    /** A mistyped or truncated link is answered like any dossier one may not see. */
    private UUID uuid() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("dossier");
        }
    }

    /** The démarche's size limit per file, in Mo as the hint says it. */
    public String getMaxUploadMegabytes() {
        return Long.toString(getDetail().maxUploadSize() / (1024 * 1024));
    }

    public String getUploadAccept() {
        return String.join(",", detail.uploadFormats());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DossierDetail getDetail() {
        return detail;
    }

    public List<HistoryMonths.Month> getHistory() {
        return history;
    }

    public PortalStatus getTarget() {
        return target;
    }

    public String getStatusComment() {
        return statusComment;
    }

    public void setStatusComment(String statusComment) {
        this.statusComment = statusComment;
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
}
