package fr.gouv.hubee.domain.model.subscription;

/** How the organisation reaches its dossiers: in the portal or through its software (API). */
public enum AccessMode {
    PORTAIL, API
}
