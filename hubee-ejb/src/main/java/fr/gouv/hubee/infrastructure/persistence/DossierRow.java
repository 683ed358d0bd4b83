package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import java.time.Instant;
import java.util.UUID;

/** What one row of the dossier list shows, read in the list's single statement. */
public record DossierRow(UUID id, String number, CaseStatus status, String procedureCode, String procedureLabel,
                         String applicant, Instant transmittedAt, Instant updatedAt, String updatedBy) {
}
