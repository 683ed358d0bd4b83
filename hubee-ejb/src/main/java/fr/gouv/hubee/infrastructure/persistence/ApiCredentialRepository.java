package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.api.ApiClient;
import fr.gouv.hubee.domain.model.api.ApiToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** API clients (OSL, DataPass, administration) and the bearer tokens issued to them and to subscribers. */
@ApplicationScoped
public class ApiCredentialRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<ApiClient> findClient(String clientId) {
        return em.createQuery("select c from ApiClient c where c.clientId = :clientId", ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public void add(ApiClient client) {
        em.persist(client);
    }

    public void add(ApiToken token) {
        em.persist(token);
    }

    public Optional<ApiToken> findToken(String tokenHash) {
        return Optional.ofNullable(em.find(ApiToken.class, tokenHash));
    }

    /** A regenerated secret also ends the tokens obtained with the old one. */
    public java.util.List<ApiClient> listClients() {
        return em.createQuery("select c from ApiClient c left join c.organization o order by c.scope, c.clientId",
                ApiClient.class).getResultList();
    }

    public Optional<ApiClient> findClientById(UUID id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    public int revokeTokensOfClient(UUID clientId) {
        return em.createQuery("delete from ApiToken t where t.client.id = :id")
                .setParameter("id", clientId).executeUpdate();
    }

    public int revokeTokensOfSubscription(UUID subscriptionId) {
        return em.createQuery("delete from ApiToken t where t.subscription.id = :id")
                .setParameter("id", subscriptionId).executeUpdate();
    }

    /** Deletes the bearer tokens past their expiry (the inactive-accounts job); returns how many. */
    public int deleteExpiredTokens(Instant now) {
        return em.createQuery("delete from ApiToken t where t.expiresAt <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
