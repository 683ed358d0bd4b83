package fr.gouv.hubee.infrastructure.mail;

import fr.gouv.hubee.domain.model.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Mails to send: written in the caller's transaction (a rolled-back change sends nothing),
 * delivered by {@link MailDelivery}.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    Clock clock;

    public void enqueue(String recipient, MailContent content) {
        em.persist(new OutgoingMail(recipient, content.subject(), content.text(), content.html(), clock.instant()));
    }

    /** Unsent mails whose next attempt is due, oldest first. */
    public List<UUID> due(int max) {
        return em.createQuery("select m.id from OutgoingMail m where m.sentAt is null"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt", UUID.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }
}
