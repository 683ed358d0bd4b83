package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<Subscription> find(UUID id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    public Optional<Subscription> findByOrganizationAndProcedure(UUID organizationId, UUID procedureId) {
        return em.createQuery("select s from Subscription s where s.organization.id = :org"
                        + " and s.procedure.id = :procedure", Subscription.class)
                .setParameter("org", organizationId)
                .setParameter("procedure", procedureId)
                .getResultStream().findFirst();
    }

    /** An organisation's subscriptions, plus those it is technical delegate of when a user is given. */
    public List<Subscription> listVisibleTo(UUID organizationId, UUID delegateUserId) {
        return em.createQuery("select s from Subscription s left join s.technicalDelegate d"
                        + " where s.organization.id = :org or d.id = :delegate"
                        + " order by s.procedure.label, s.organization.name", Subscription.class)
                .setParameter("org", organizationId)
                .setParameter("delegate", delegateUserId)
                .getResultList();
    }

    /** What a technical delegate manages: the subscriptions he is delegate of, in any organisation. */
    public List<Subscription> listDelegatedTo(UUID delegateUserId) {
        return em.createQuery("select s from Subscription s where s.technicalDelegate.id = :delegate"
                        + " order by s.procedure.label, s.organization.name", Subscription.class)
                .setParameter("delegate", delegateUserId)
                .getResultList();
    }

    public Optional<Subscription> findByClientId(String clientId) {
        return em.createQuery("select s from Subscription s where s.apiClientId = :clientId", Subscription.class)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    public void add(Subscription subscription) {
        em.persist(subscription);
    }
}
