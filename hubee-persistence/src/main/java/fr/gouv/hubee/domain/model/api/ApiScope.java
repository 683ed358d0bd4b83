package fr.gouv.hubee.domain.model.api;

/** OAuth2 scopes of the HubEE API: operator, service instructeur, DataPass, national administration. */
public enum ApiScope {
    OSL, SI, DATAPASS, ADMIN
}
