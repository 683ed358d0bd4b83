package fr.gouv.hubee.infrastructure.security;

import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.LoginTickets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security identity store for HubEE. Passwords, codes and links are checked by
 * {@code LoginService} (lockout, two steps, expiry, audit); this store only accepts the ticket
 * of a login completed there. Every user gets the container role {@link #ROLE}; HubEE's six
 * roles are checked by the services against the database.
 */
@ApplicationScoped
public class HubeeIdentityStore implements IdentityStore {

    public static final String ROLE = ContainerRoles.AUTHENTICATED;

    @Inject
    LoginTickets tickets;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof TicketCredential ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return tickets.redeem(ticket.ticket())
                .map(name -> new CredentialValidationResult(name, Set.of(ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
