package fr.gouv.hubee.domain.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A scheduled job's state: when it runs next, what its last run did. The node that runs a job
 * holds this row's lock, so a cluster runs each job once.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    @Column(name = "name", length = 40)
    private String name;

    @Column(name = "next_run_at")
    private Instant nextRunAt;

    @Column(name = "last_started_at")
    private Instant lastStartedAt;

    @Column(name = "last_finished_at")
    private Instant lastFinishedAt;

    @Column(name = "last_items", nullable = false)
    private int lastItems;

    @Column(name = "last_failures", nullable = false)
    private int lastFailures;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected JobRun() {
    }

    public JobRun(String name, Instant nextRunAt) {
        this.name = name;
        this.nextRunAt = nextRunAt;
    }

    public boolean isDue(Instant now) {
        return nextRunAt == null || !now.isBefore(nextRunAt);
    }

    public void finished(Instant started, Instant finished, int items, int failures, String error, Instant next) {
        lastStartedAt = started;
        lastFinishedAt = finished;
        lastItems = items;
        lastFailures = failures;
        lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
        nextRunAt = next;
    }

    public void reschedule(Instant next) {
        nextRunAt = next;
    }

    public String getName() {
        return name;
    }

    public Instant getNextRunAt() {
        return nextRunAt;
    }

    public Instant getLastStartedAt() {
        return lastStartedAt;
    }

    public Instant getLastFinishedAt() {
        return lastFinishedAt;
    }

    public int getLastItems() {
        return lastItems;
    }

    public int getLastFailures() {
        return lastFailures;
    }

    public String getLastError() {
        return lastError;
    }
}
