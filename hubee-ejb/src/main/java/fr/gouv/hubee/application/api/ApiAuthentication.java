package fr.gouv.hubee.application.api;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.security.Secrets;
import fr.gouv.hubee.domain.model.api.ApiClient;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.api.ApiToken;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.infrastructure.persistence.ApiCredentialRepository;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * OAuth2 client credentials for the API. Tokens are opaque random strings kept as SHA-256 with
 * their owner and expiry: any node of a cluster checks them without a shared signing key, and
 * regenerating a subscriber's secret ends its tokens at once.
 */
@Stateless
@PermitAll
public class ApiAuthentication {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    @Inject
    ApiCredentialRepository credentials;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    FailedTokenRequests failures;

    @Inject
    Clock clock;

    /** POST /token: a token for the requested scope, or 401 (also when the IP failed too often). */
    public IssuedToken issue(String clientId, String secret, String requestedScope, String ip) {
        Instant now = clock.instant();
        if (!failures.allows(ip, now)) {
            throw new ApiUnauthorizedException("Too many failed attempts");
        }
        ApiScope scope = parseScope(requestedScope);
        if (clientId == null || secret == null || scope == null) {
            failures.record(ip, now);
            throw new ApiUnauthorizedException("Bad credentials");
        }
        String secretHash = Secrets.sha256(secret);
        String token = Secrets.newLinkToken();
        Instant expiry = now.plus(TOKEN_LIFETIME);
        if (scope == ApiScope.SI) {
            Optional<Subscription> subscription = subscriptions.findByClientId(clientId)
                    .filter(s -> Secrets.sameHash(s.getApiSecretHash(), secretHash))
                    .filter(s -> s.getAccessMode() == AccessMode.API);
            if (subscription.isEmpty()) {
                return refuse(ip, now);
            }
            credentials.add(ApiToken.forSubscription(Secrets.sha256(token), subscription.get(), expiry));
        } else {
            Optional<ApiClient> client = credentials.findClient(clientId)
                    .filter(c -> Secrets.sameHash(c.getSecretHash(), secretHash))
                    .filter(c -> c.getScope() == scope);
            if (client.isEmpty()) {
                return refuse(ip, now);
            }
            credentials.add(ApiToken.forClient(Secrets.sha256(token), client.get(), expiry));
        }
        return new IssuedToken(token, TOKEN_LIFETIME.toSeconds());
    }

    /**
     * The caller behind a bearer token, or 401 (« Missing token », « Invalid token »): what the
     * authentication mechanism gives the container; the EJBs then check its scope as a role.
     */
    public ApiCaller authenticate(String bearerToken) {
        return require(bearerToken, ApiScope.values());
    }

    /** The caller behind a bearer token, or 401; then 403 when its scope is not one of {@code allowed}. */
    public ApiCaller require(String bearerToken, ApiScope... allowed) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw new ApiUnauthorizedException("Missing token");
        }
        ApiToken token = credentials.findToken(Secrets.sha256(bearerToken.strip()))
                .filter(t -> t.isValidAt(clock.instant()))
                .orElseThrow(() -> new ApiUnauthorizedException("Invalid token"));
        if (!Set.copyOf(Arrays.asList(allowed)).contains(token.getScope())) {
            throw new AccessDeniedException("Unauthorized user");
        }
        if (token.getSubscription() != null) {
            Subscription s = token.getSubscription();
            return new ApiCaller(ApiScope.SI, s.getApiClientId(), s.getId(), s.getOrganization().getId(),
                    s.getProcedure().getId());
        }
        ApiClient client = token.getClient();
        return new ApiCaller(client.getScope(), client.getClientId(), null,
                client.getOrganization() == null ? null : client.getOrganization().getId(), null);
    }

    private IssuedToken refuse(String ip, Instant now) {
        failures.record(ip, now);
        throw new ApiUnauthorizedException("Bad credentials");
    }

    private static ApiScope parseScope(String scope) {
        if (scope == null) {
            return null;
        }
        try {
            return ApiScope.valueOf(scope.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
