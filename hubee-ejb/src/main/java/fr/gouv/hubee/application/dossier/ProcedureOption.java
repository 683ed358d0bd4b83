package fr.gouv.hubee.application.dossier;

import java.util.UUID;

/** A démarche the caller may filter on. */
public record ProcedureOption(UUID id, String code, String label) {
}
