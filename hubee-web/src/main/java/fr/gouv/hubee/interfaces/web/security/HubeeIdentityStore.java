package fr.gouv.hubee.interfaces.web.security;

import fr.gouv.hubee.application.security.AuthenticationService;
import fr.gouv.hubee.application.security.ContainerRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Jakarta Security identity store over HubEE's User table. Every authenticated user gets the
 * single container role {@value #ROLE}; the six HubEE roles are checked by the services.
 */
@ApplicationScoped
public class HubeeIdentityStore implements IdentityStore {

    public static final String ROLE = ContainerRoles.AUTHENTICATED;

    @Inject
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authentication.verify(login.getCaller(), login.getPassword().getValue())
                .map(name -> new CredentialValidationResult(name, Set.of(ROLE)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
