package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Subscriptions whose activation date has come become Actif. */
@Stateless
@PermitAll
public class SubscriptionActivationJob {

    static final int BATCH = 500;

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public JobResult activateDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris"));
        List<Subscription> due = em.createQuery("select s from Subscription s where s.status = :inactive"
                        + " and s.activationDate <= :today order by s.id", Subscription.class)
                .setParameter("inactive", SubscriptionStatus.INACTIVE).setParameter("today", today)
                .setMaxResults(BATCH).getResultList();
        int activated = 0;
        for (Subscription subscription : due) {
            if (subscription.activateIfDue(today)) {
                subscription.touch(now);
                activated++;
            }
        }
        return new JobResult(activated, 0, due.size() == BATCH);
    }
}
