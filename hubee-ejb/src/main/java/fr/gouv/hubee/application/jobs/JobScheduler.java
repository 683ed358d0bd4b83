package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clock of every HubEE job: one persistent timer each minute — kept in the database timer
 * store configured by wildfly-config, so a cluster fires it on one node — runs the jobs that are
 * due by their {@link JobSettings} schedule. Each job works in bounded batches, one transaction
 * each, and is idempotent: a run missed or cut short is caught up by the next one.
 */
@Singleton
@Startup
// Persistent timers fire as soon as the component starts: after the schema is migrated.
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    /** A run stops after this many batches; the rest waits for the next run. */
    static final int MAX_BATCHES = 100;

    @Inject
    Clock clock;

    @Inject
    JobSettings settings;

    @Inject
    JobClaims claims;

    @Inject
    NotificationMailJob notifications;

    @Inject
    AccountJobs accounts;

    @Inject
    RetentionJob retention;

    @Inject
    SubscriptionActivationJob activations;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "hubee-jobs")
    public void tick() {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (Job job : Job.values()) {
            if (claims.claim(job, now, settings.schedule(job).nextAfter(now))) {
                run(job, now);
            }
        }
    }

    /** Runs {@code job} as of {@code now} (the timer, the admin page, the tests) and records the run. */
    public JobResult run(Job job, Instant now) {
        Instant started = clock.instant();
        JobResult total = JobResult.NOTHING;
        String error = null;
        try {
            total = work(job, now);
        } catch (RuntimeException e) {
            // No personal data in the log: the job and the exception type.
            LOG.log(Level.WARNING, "job " + job.key() + " failed: " + e.getClass().getName());
            error = e.getClass().getSimpleName();
            total = new JobResult(total.items(), total.failures() + 1, false);
        }
        claims.record(job, started, clock.instant(), total, error, settings.schedule(job).nextAfter(now));
        return total;
    }

    private JobResult work(Job job, Instant now) {
        JobResult total = JobResult.NOTHING;
        UUID cursor = null;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            JobResult result;
            switch (job) {
                case UNIT_NOTIFICATIONS -> result = notifications.send(NotificationFrequency.UNIT, now);
                case DAILY_DIGEST -> result = notifications.send(NotificationFrequency.DAILY, now);
                case TWICE_DAILY_DIGEST -> result = notifications.send(NotificationFrequency.TWICE_DAILY, now);
                case PASSWORD_REMINDERS -> result = accounts.remindPasswords(now);
                case INACTIVE_ACCOUNTS -> {
                    result = accounts.handleInactiveAccounts(now);
                    if (!result.more()) {
                        result = result.plus(accounts.deleteExpiredTokens(now));
                    }
                }
                case RETENTION_PURGE -> {
                    RetentionJob.Batch b = retention.purge(now, cursor);
                    cursor = b.lastId();
                    result = b.result();
                    if (!result.more()) {
                        result = result.plus(retention.purgeAudit(now));
                    }
                }
                case SUBSCRIPTION_ACTIVATION -> result = activations.activateDue(now);
                default -> throw new IllegalStateException(job.name());
            }
            total = total.plus(result);
            if (!result.more()) {
                break;
            }
        }
        return total;
    }
}
