package fr.gouv.hubee.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a completed login (password, code or link checked by {@link LoginService}) to the
 * identity store in the same request: a random single-use ticket valid a few seconds, so the
 * password is never checked twice nor kept. Issued and redeemed on the same node.
 */
@ApplicationScoped
public class LoginTickets {

    static final Duration VALIDITY = Duration.ofSeconds(30);

    private record Ticket(String callerName, Instant expiresAt) {
    }

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    public String issue(String callerName) {
        Instant now = Instant.now();
        tickets.values().removeIf(t -> t.expiresAt().isBefore(now));
        String ticket = Secrets.newLinkToken();
        tickets.put(ticket, new Ticket(callerName, now.plus(VALIDITY)));
        return ticket;
    }

    /** The caller name, once: a second redeem, or a late one, finds nothing. */
    public Optional<String> redeem(String ticket) {
        Ticket found = ticket == null ? null : tickets.remove(ticket);
        return found == null || found.expiresAt().isBefore(Instant.now())
                ? Optional.empty() : Optional.of(found.callerName());
    }
}
