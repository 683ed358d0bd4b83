package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.infrastructure.persistence.DossierRow;
import java.time.Instant;
import java.util.UUID;

/** One row of the dossier list. */
public record DossierSummary(UUID id, String number, CaseStatus status, PortalStatus portalStatus,
                             String procedureCode, String procedureLabel, String applicant,
                             Instant transmittedAt, Instant updatedAt, String updatedBy) {

    static DossierSummary of(DossierRow r) {
        return new DossierSummary(r.id(), r.number(), r.status(), r.status().portalStatus(), r.procedureCode(),
                r.procedureLabel(), r.applicant(), r.transmittedAt(), r.updatedAt(), r.updatedBy());
    }

    static DossierSummary of(Dossier d) {
        return new DossierSummary(d.getId(), d.getExternalId(), d.getStatus(), d.getPortalStatus(),
                d.getProcedure().getCode(), d.getProcedure().getLabel(), d.getApplicantDisplay(),
                d.getTransmittedAt(), d.getUpdatedAt(), d.getUpdatedBy());
    }
}
