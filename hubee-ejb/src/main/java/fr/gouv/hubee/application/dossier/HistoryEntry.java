package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import java.time.Instant;

/** One event of a dossier's history. */
public record HistoryEntry(Instant at, String author, EventActionType action, CaseStatus from, CaseStatus to,
                           String text) {
}
