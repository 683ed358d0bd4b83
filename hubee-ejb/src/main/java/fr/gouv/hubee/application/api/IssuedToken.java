package fr.gouv.hubee.application.api;

/** The answer of POST /token: the token in clear, once, and its lifetime in seconds. */
public record IssuedToken(String accessToken, long expiresIn) {
}
