package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import java.time.Instant;

/**
 * One line of a dossier's history. {@code action} is null for the transmission itself
 * (« Le Portail HubEE a récupéré le télédossier. »).
 */
public record HistoryEntry(Instant at, String author, EventActionType action, CaseStatus from, CaseStatus to,
                           String text, String attachmentName) {
}
