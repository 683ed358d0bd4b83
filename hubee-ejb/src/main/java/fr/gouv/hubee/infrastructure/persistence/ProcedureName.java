package fr.gouv.hubee.infrastructure.persistence;

import java.util.UUID;

/** A démarche as menus and filters name it, read without building entities. */
public record ProcedureName(UUID id, String code, String label) {
}
