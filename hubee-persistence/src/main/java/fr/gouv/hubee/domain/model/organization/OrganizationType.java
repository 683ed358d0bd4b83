package fr.gouv.hubee.domain.model.organization;

/** The contract's organisation types: service instructeur, opérateur de service en ligne, DINUM. */
public enum OrganizationType {
    SI, OSL, ADMIN
}
