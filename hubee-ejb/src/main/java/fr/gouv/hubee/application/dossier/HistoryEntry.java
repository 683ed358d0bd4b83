package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import java.time.Instant;

/**
 * One line of a dossier's history. {@code action} is null for the transmission itself
 * (« Le Portail HubEE a récupéré le télédossier. »). {@code operator} names the operator when its
 * side wrote the event: {@code author} is then only what the operator's software declared.
 */
public record HistoryEntry(Instant at, String author, String operator, EventActionType action, CaseStatus from,
                           CaseStatus to, String text, String attachmentName) {
}
