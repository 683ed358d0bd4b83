package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.util.List;

/** The detail page (guide §4.3): general information, attachments, what the caller may do, history. */
public record DossierDetail(DossierSummary summary, String applicantLastName, String applicantFirstName,
                            String applicantEmail, List<AttachmentView> attachments, boolean canManage,
                            boolean messagesAllowed, List<String> uploadFormats, long maxUploadSize,
                            List<PortalStatus> allowedTargets, List<HistoryEntry> history) {

    public boolean uploadAllowed() {
        return canManage && !uploadFormats.isEmpty();
    }
}
