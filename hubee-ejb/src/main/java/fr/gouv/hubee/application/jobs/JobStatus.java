package fr.gouv.hubee.application.jobs;

import java.time.Instant;

/** A row of the national administrator's job page. */
public record JobStatus(String key, String schedule, Instant lastStartedAt, Instant lastFinishedAt, int lastItems,
                        int lastFailures, String lastError, Instant nextRunAt) {
}
