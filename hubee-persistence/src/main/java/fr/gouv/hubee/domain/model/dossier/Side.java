package fr.gouv.hubee.domain.model.dossier;

/**
 * Which side of a case someone acts on: its recipient (the service instructeur, in the portal or
 * through its software), the operator that sent it, or the national administration (which speaks
 * for the operator).
 */
public enum Side {
    OPERATOR, RECIPIENT, ADMIN
}
