package fr.gouv.hubee.application.dossier;

import fr.gouv.hubee.infrastructure.persistence.ProcedureName;
import java.util.UUID;

/** A démarche the caller may filter on. */
public record ProcedureOption(UUID id, String code, String label) {

    static ProcedureOption of(ProcedureName name) {
        return new ProcedureOption(name.id(), name.code(), name.label());
    }
}
