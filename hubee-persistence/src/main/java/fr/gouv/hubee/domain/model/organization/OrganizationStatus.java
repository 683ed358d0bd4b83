package fr.gouv.hubee.domain.model.organization;

/** An organisation of the referential is Actif or Inactif (the contract's labels). */
public enum OrganizationStatus {
    Actif, Inactif
}
