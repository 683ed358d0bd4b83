package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.util.List;

/** The detail page's data: summary, applicant email, statuses offered, history. */
public record DossierDetail(DossierSummary summary, String applicantEmail, boolean messagesAllowed,
                            List<PortalStatus> allowedTargets, List<HistoryEntry> history) {
}
