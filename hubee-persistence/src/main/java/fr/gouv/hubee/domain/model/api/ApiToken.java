package fr.gouv.hubee.domain.model.api;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issued bearer token, known by its SHA-256 only; it belongs to a client or a subscription. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private ApiScope scope;

    @ManyToOne
    @JoinColumn(name = "api_client_id")
    private ApiClient client;

    @ManyToOne
    @JoinColumn(name = "subscription_id")
    private Subscription subscription;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    private ApiToken(String tokenHash, ApiScope scope, ApiClient client, Subscription subscription, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.client = client;
        this.subscription = subscription;
        this.expiresAt = expiresAt;
    }

    public static ApiToken forClient(String tokenHash, ApiClient client, Instant expiresAt) {
        return new ApiToken(tokenHash, client.getScope(), client, null, expiresAt);
    }

    public static ApiToken forSubscription(String tokenHash, Subscription subscription, Instant expiresAt) {
        return new ApiToken(tokenHash, ApiScope.SI, null, subscription, expiresAt);
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public ApiScope getScope() {
        return scope;
    }

    public ApiClient getClient() {
        return client;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
