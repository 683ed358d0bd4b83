package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.jobs.JobStatus;
import fr.gouv.hubee.application.jobs.JobStatusService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** « Tâches planifiées » (administration-taches.xhtml), for national administrators. */
@Named
@RequestScoped
public class JobsPage {

    @Inject
    JobStatusService jobs;

    private List<JobStatus> rows;

    public List<JobStatus> getRows() {
        if (rows == null) {
            rows = jobs.list();
        }
        return rows;
    }
}
