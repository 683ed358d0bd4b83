package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.infrastructure.mail.MailOutbox;
import fr.gouv.hubee.infrastructure.mail.MailTemplates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTemplates templates;

    /** One batch of subscriptions of that frequency with something new: UNIT mails per dossier, else a digest. */
    public JobResult send(NotificationFrequency frequency, Instant now) {
        List<UUID> pending = em.createQuery("select s.id from Subscription s where s.notificationFrequency = :f"
                        + " and s.notificationEmail is not null and exists (select d.id from Dossier d"
                        + " where d.recipient = s.organization and d.procedure = s.procedure"
                        + " and d.operatorChangedAt > s.notifiedUntil and d.operatorChangedAt <= :now)"
                        + " order by s.id", UUID.class)
                .setParameter("f", frequency).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return JobResult.NOTHING;
        }
        List<Object[]> rows = em.createQuery("select s.id, s.notificationEmail, p.label, d.externalId"
                        + " from Subscription s join s.procedure p, Dossier d"
                        + " where s.id in :ids and d.recipient = s.organization and d.procedure = s.procedure"
                        + " and d.operatorChangedAt > s.notifiedUntil and d.operatorChangedAt <= :now"
                        + " order by s.id, d.operatorChangedAt, d.externalId", Object[].class)
                .setParameter("ids", pending).setParameter("now", now).getResultList();
        Map<UUID, List<Object[]>> bySubscription = new LinkedHashMap<>();
        for (Object[] row : rows) {
            bySubscription.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(row);
        }
        int mails = 0;
        for (List<Object[]> changes : bySubscription.values()) {
            String address = (String) changes.get(0)[1];
            String procedure = (String) changes.get(0)[2];
            if (frequency == NotificationFrequency.UNIT) {
                for (Object[] change : changes) {
                    outbox.enqueue(address, templates.unitNotification((String) change[3], procedure));
                    mails++;
                }
            } else {
                outbox.enqueue(address, templates.digest(procedure, changes.stream().map(c -> (String) c[3]).toList()));
                mails++;
            }
        }
        em.createQuery("update Subscription s set s.notifiedUntil = :now where s.id in :ids")
                .setParameter("now", now).setParameter("ids", pending).executeUpdate();
        return new JobResult(mails, 0, pending.size() == BATCH);
    }
}
