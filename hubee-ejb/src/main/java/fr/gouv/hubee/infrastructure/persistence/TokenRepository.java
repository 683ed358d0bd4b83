package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.token.OneTimeToken;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TokenRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public void add(OneTimeToken token) {
        em.persist(token);
    }

    /** By the hash of a link's secret, locked: a link is used once even by two concurrent clicks. */
    public Optional<OneTimeToken> findByHash(String tokenHash) {
        return em.createQuery("select t from OneTimeToken t where t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The user's latest token for a purpose, locked (login codes are looked up this way). */
    public Optional<OneTimeToken> latest(UUID userId, TokenPurpose purpose) {
        // Found first, then locked by id: H2 rejects EclipseLink's "FOR UPDATE LIMIT" order.
        return em.createQuery("select t.id from OneTimeToken t where t.user.id = :user and t.purpose = :purpose"
                        + " order by t.createdAt desc", UUID.class)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(id -> em.find(OneTimeToken.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Earlier unused tokens of the same purpose stop working when a new one is issued. */
    public int revokeUnused(UUID userId, TokenPurpose purpose, java.time.Instant now) {
        return em.createQuery("update OneTimeToken t set t.usedAt = :now where t.user.id = :user"
                        + " and t.purpose = :purpose and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** Deletes the links and codes past their expiry; returns how many. */
    public int deleteExpired(java.time.Instant now) {
        return em.createQuery("delete from OneTimeToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
    }

    /** How many secrets of that purpose the user was sent since {@code since} (used or not). */
    public long countSince(UUID userId, TokenPurpose purpose, java.time.Instant since) {
        return em.createQuery("select count(t) from OneTimeToken t where t.user.id = :user and t.purpose = :purpose"
                        + " and t.createdAt > :since", Long.class)
                .setParameter("user", userId).setParameter("purpose", purpose).setParameter("since", since)
                .getSingleResult();
    }
}
