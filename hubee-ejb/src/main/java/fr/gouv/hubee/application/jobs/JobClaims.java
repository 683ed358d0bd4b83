package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.job.JobRun;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The job_run rows, each changed in a short transaction of its own: claiming a due run under
 * the row lock (so one node of a cluster runs it) and recording what it did.
 */
@Stateless
@PermitAll
public class JobClaims {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    /** True when {@code job} is due and now claimed: its next run is moved to {@code next} at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(Job job, Instant now, Instant next) {
        JobRun run = em.find(JobRun.class, job.key(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            // First start: the job is planned, not run (a digest must not fire at deployment time).
            em.persist(new JobRun(job.key(), next));
            return false;
        }
        if (!run.isDue(now)) {
            return false;
        }
        run.reschedule(next);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Job job, Instant started, Instant finished, JobResult result, String error, Instant next) {
        JobRun run = em.find(JobRun.class, job.key(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new JobRun(job.key(), next);
            em.persist(run);
        }
        run.finished(started, finished, result.items(), result.failures(), error,
                run.getNextRunAt() != null && run.getNextRunAt().isAfter(next) ? run.getNextRunAt() : next);
    }

    /** A changed schedule takes effect at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void plan(Job job, Instant next) {
        JobRun run = em.find(JobRun.class, job.key(), LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            em.persist(new JobRun(job.key(), next));
        } else if (run.getNextRunAt() == null || run.getNextRunAt().isAfter(next)) {
            run.reschedule(next);
        }
    }
}
