package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.infrastructure.mail.MailOutbox;
import fr.gouv.hubee.infrastructure.mail.MailTemplates;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notification mails of the subscriptions: what the operator created or changed for the
 * recipient since the subscription's watermark, up to {@code now}. The mails are queued and the
 * watermark moved in one transaction, so each change is reported exactly once; a digest with
 * nothing new is not sent. A batch costs three statements plus the queued mails (no N+1).
 */
@Stateless
@PermitAll
public class NotificationMailJob {

    static final int BATCH = 500;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTemplates templates;

    /** One batch of subscriptions of that frequency with something new: UNIT mails per dossier, else a digest. */
    public JobResult send(NotificationFrequency frequency, Instant now) {
        List<UUID> pending = subscriptions.withNewsToMail(frequency, now, BATCH);
        if (pending.isEmpty()) {
            return JobResult.NOTHING;
        }
        Map<UUID, List<SubscriptionRepository.News>> bySubscription = new LinkedHashMap<>();
        for (SubscriptionRepository.News news : subscriptions.newsOf(pending, now)) {
            bySubscription.computeIfAbsent(news.subscriptionId(), k -> new ArrayList<>()).add(news);
        }
        int mails = 0;
        for (List<SubscriptionRepository.News> changes : bySubscription.values()) {
            String address = changes.get(0).email();
            String procedure = changes.get(0).procedureLabel();
            if (frequency == NotificationFrequency.UNIT) {
                for (SubscriptionRepository.News change : changes) {
                    outbox.enqueue(address, templates.unitNotification(change.dossierNumber(), procedure));
                    mails++;
                }
            } else {
                outbox.enqueue(address, templates.digest(procedure,
                        changes.stream().map(SubscriptionRepository.News::dossierNumber).toList()));
                mails++;
            }
        }
        subscriptions.markNotified(pending, now);
        return new JobResult(mails, 0, pending.size() == BATCH);
    }
}
