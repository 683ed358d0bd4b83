package fr.gouv.hubee.application.api;

import fr.gouv.hubee.domain.model.api.ApiScope;
import java.util.UUID;

/**
 * Who holds a valid bearer token: an SI token carries its subscription (organisation ×
 * démarche); an OSL token its operator organisation; DataPass and ADMIN tokens neither.
 */
public record ApiCaller(ApiScope scope, String clientId, UUID subscriptionId, UUID organizationId,
                        UUID procedureId) {
}
