package fr.gouv.hubee.application.subscription;

/** A client id and its secret in clear: returned once, right after (re)generation, never stored. */
public record ApiCredentials(String clientId, String secret) {
}
