package fr.gouv.hubee.infrastructure.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers due outbox mails every few seconds, in bounded batches, each mail in its own
 * transaction (one failure does not hold the others back).
 */
@Singleton
@Startup
// Persistent timers fire as soon as the component starts: after the schema is migrated.
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDelivery {

    static final int BATCH = 50;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSender sender;

    private final AtomicBoolean running = new AtomicBoolean();

    // Persistent, in the database timer store: a cluster fires it on one node (the row lock of
    // MailSender would keep two nodes from sending one mail twice anyway).
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = true, info = "mail delivery")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID id : outbox.due(BATCH)) {
                sender.send(id);
            }
        } finally {
            running.set(false);
        }
    }
}
