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

    /** Filters of GET /referential/v1/subscriptions; {@code orderBy} a JPQL path of s, o, p, d, a. */
    public record Search(UUID operatorId, java.util.Collection<String> processCodes,
                         fr.gouv.hubee.domain.model.subscription.SubscriptionStatus status, String siret,
                         String delegateEmail, String orderBy, boolean descending, int offset, int max) {
    }

    private static final String SEARCH_FROM = " from Subscription s join s.organization o join s.procedure p"
            + " left join s.technicalDelegate d left join s.localAdministrator a where 1 = 1";

    public List<Subscription> search(Search q) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        jakarta.persistence.TypedQuery<Subscription> query = em.createQuery("select s" + SEARCH_FROM + where(q, params)
                + " order by " + q.orderBy() + (q.descending() ? " desc" : " asc") + ", s.id", Subscription.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(q.offset()).setMaxResults(q.max()).getResultList();
    }

    public long count(Search q) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        jakarta.persistence.TypedQuery<Long> query = em.createQuery("select count(s)" + SEARCH_FROM + where(q, params),
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Search q, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (q.operatorId() != null) {
            where.append(" and p.operator.id = :operator");
            params.put("operator", q.operatorId());
        }
        if (!q.processCodes().isEmpty()) {
            where.append(" and p.code in :codes");
            params.put("codes", q.processCodes());
        }
        if (q.status() != null) {
            where.append(" and s.status = :status");
            params.put("status", q.status());
        }
        if (q.siret() != null) {
            where.append(" and o.siret = :siret");
            params.put("siret", q.siret());
        }
        if (q.delegateEmail() != null) {
            where.append(" and d.emailKey = :delegate");
            params.put("delegate", q.delegateEmail().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return where.toString();
    }

    public void add(Subscription subscription) {
        em.persist(subscription);
    }

    /** Inactive subscriptions whose activation date has come. */
    public List<Subscription> dueForActivation(java.time.LocalDate today, int max) {
        return em.createQuery("select s from Subscription s where s.status = :inactive"
                        + " and s.activationDate <= :today order by s.id", Subscription.class)
                .setParameter("inactive", fr.gouv.hubee.domain.model.subscription.SubscriptionStatus.INACTIVE)
                .setParameter("today", today).setMaxResults(max).getResultList();
    }

    /** Subscriptions of that frequency with an address and a dossier the operator changed since their last mail. */
    public List<UUID> withNewsToMail(fr.gouv.hubee.domain.model.subscription.NotificationFrequency frequency,
                                     java.time.Instant now, int max) {
        return em.createQuery("select s.id from Subscription s where s.notificationFrequency = :f"
                        + " and s.notificationEmail is not null and exists (select d.id from Dossier d"
                        + " where d.recipient = s.organization and d.procedure = s.procedure"
                        + " and d.operatorChangedAt > s.notifiedUntil and d.operatorChangedAt <= :now)"
                        + " order by s.id", UUID.class)
                .setParameter("f", frequency).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** What to mail: the subscription, its address, its démarche and each new dossier's number. */
    public record News(UUID subscriptionId, String email, String procedureLabel, String dossierNumber) {
    }

    /** The news of those subscriptions up to {@code now}, in the order the operator changed the dossiers. */
    public List<News> newsOf(List<UUID> subscriptionIds, java.time.Instant now) {
        return em.createQuery("select new " + News.class.getName() + "(s.id, s.notificationEmail, p.label, d.externalId)"
                        + " from Subscription s join s.procedure p, Dossier d"
                        + " where s.id in :ids and d.recipient = s.organization and d.procedure = s.procedure"
                        + " and d.operatorChangedAt > s.notifiedUntil and d.operatorChangedAt <= :now"
                        + " order by s.id, d.operatorChangedAt, d.externalId", News.class)
                .setParameter("ids", subscriptionIds).setParameter("now", now).getResultList();
    }

    /** Their news up to {@code now} is mailed (in the transaction that queued the mails). */
    public void markNotified(List<UUID> subscriptionIds, java.time.Instant now) {
        em.createQuery("update Subscription s set s.notifiedUntil = :now where s.id in :ids")
                .setParameter("now", now).setParameter("ids", subscriptionIds).executeUpdate();
    }

    /** The access mode of the organisation's subscription to the démarche, if it has one. */
    public Optional<fr.gouv.hubee.domain.model.subscription.AccessMode> accessMode(UUID organizationId, UUID procedureId) {
        return em.createQuery("select s.accessMode from Subscription s where s.organization.id = :org"
                        + " and s.procedure.id = :p", fr.gouv.hubee.domain.model.subscription.AccessMode.class)
                .setParameter("org", organizationId).setParameter("p", procedureId).getResultStream().findFirst();
    }
}
