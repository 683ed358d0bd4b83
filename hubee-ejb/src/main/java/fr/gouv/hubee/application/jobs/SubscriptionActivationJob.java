package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Subscriptions whose activation date has come become Actif. */
@Stateless
@PermitAll
public class SubscriptionActivationJob {

    static final int BATCH = 500;

    @Inject
    SubscriptionRepository subscriptions;

    public JobResult activateDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris"));
        List<Subscription> due = subscriptions.dueForActivation(today, BATCH);
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
