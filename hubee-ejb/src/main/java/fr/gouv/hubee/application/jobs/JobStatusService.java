package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.job.JobRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;

/** The jobs as the national administrator sees them: schedule, last run, next run, counts. */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class JobStatusService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    JobSettings settings;

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public List<JobStatus> list() {
        AccessPolicy.requireNationalAdministrator(currentCaller.get());
        return Arrays.stream(Job.values()).map(job -> {
            JobRun run = em.find(JobRun.class, job.key());
            String schedule = settings.schedule(job).toString();
            return run == null ? new JobStatus(job.key(), schedule, null, null, 0, 0, null, null)
                    : new JobStatus(job.key(), schedule, run.getLastStartedAt(), run.getLastFinishedAt(),
                    run.getLastItems(), run.getLastFailures(), run.getLastError(), run.getNextRunAt());
        }).toList();
    }
}
