package fr.gouv.hubee.application.api;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.application.security.Secrets;
import fr.gouv.hubee.application.subscription.ApiCredentials;
import fr.gouv.hubee.domain.model.api.ApiClient;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.persistence.ApiCredentialRepository;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * API clients other than subscribers (national administration page « Clients API »): operators
 * (OSL, one per operator organisation), DataPass and the administration. The secret is shown
 * once and kept as SHA-256; regenerating it ends the client's tokens.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class ApiClientService {

    /** A row of the page. */
    public record ApiClientSummary(UUID id, String clientId, String scope, String organization, String label) {
    }

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ApiCredentialRepository credentials;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ApiClientSummary> list() {
        AccessPolicy.requireNationalAdministrator(currentCaller.get());
        return credentials.listClients().stream().map(c -> new ApiClientSummary(c.getId(), c.getClientId(),
                c.getScope().name(), c.getOrganization() == null ? null
                : c.getOrganization().getName() + " (" + c.getOrganization().identifier() + ")", c.getLabel())).toList();
    }

    /**
     * A new client. OSL and ADMIN clients belong to an existing organisation of that type (an
     * operator is created with its démarches); DataPass has none.
     */
    public ApiCredentials create(ApiScope scope, String siret, String branchCode, String label) {
        AccessPolicy.requireNationalAdministrator(currentCaller.get());
        if (scope == null || scope == ApiScope.SI) {
            throw new BusinessRuleException("apiClient.scope.invalid");
        }
        if (label == null || label.isBlank()) {
            throw new BusinessRuleException("apiClient.label.required");
        }
        Organization organization = null;
        if (scope != ApiScope.DATAPASS) {
            OrganizationType type = scope == ApiScope.OSL ? OrganizationType.OSL : OrganizationType.ADMIN;
            organization = organizations.findByIdentifier(type, strip(siret), strip(branchCode))
                    .orElseThrow(() -> new BusinessRuleException("apiClient.organization.unknown"));
        }
        String clientId = scope.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID();
        String secret = Secrets.newLinkToken();
        ApiClient client = new ApiClient(clientId, Secrets.sha256(secret), scope, organization, label.strip());
        client.recordCreation(clock.instant());
        credentials.add(client);
        audit.record(AuditType.API_SECRET_GENERATED, currentCaller.user(currentCaller.get()), null, clientId);
        return new ApiCredentials(clientId, secret);
    }

    public ApiCredentials regenerate(UUID id) {
        AccessPolicy.requireNationalAdministrator(currentCaller.get());
        ApiClient client = credentials.findClientById(id).orElseThrow(() -> new NotFoundException("api client"));
        String secret = Secrets.newLinkToken();
        client.changeSecretHash(Secrets.sha256(secret));
        credentials.revokeTokensOfClient(client.getId());
        audit.record(AuditType.API_SECRET_GENERATED, currentCaller.user(currentCaller.get()), null, client.getClientId());
        return new ApiCredentials(client.getClientId(), secret);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
