package fr.gouv.hubee.application.jobs;

/** What one batch of a job did: items processed, failures, and whether more is waiting. */
public record JobResult(int items, int failures, boolean more) {

    public static final JobResult NOTHING = new JobResult(0, 0, false);

    JobResult plus(JobResult other) {
        return new JobResult(items + other.items, failures + other.failures, other.more);
    }
}
