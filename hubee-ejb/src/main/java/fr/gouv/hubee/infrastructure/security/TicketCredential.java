package fr.gouv.hubee.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;

/** A completed login handed to the identity store: the single-use ticket of {@code LoginTickets}. */
public record TicketCredential(String ticket) implements Credential {
}
