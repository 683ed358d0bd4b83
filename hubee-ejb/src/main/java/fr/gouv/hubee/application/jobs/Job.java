package fr.gouv.hubee.application.jobs;

/**
 * The scheduled jobs, each with its setting ({@code -Dhubee.jobs.<name>=…} or
 * {@code HUBEE_JOBS_<NAME>}) and default schedule: {@code every Nm} or times of day in Paris.
 */
public enum Job {
    UNIT_NOTIFICATIONS("unit-notifications", "every 1m"),
    DAILY_DIGEST("daily-digest", "08:00"),
    TWICE_DAILY_DIGEST("twice-daily-digest", "08:00,14:00"),
    PASSWORD_REMINDERS("password-reminders", "07:00"),
    INACTIVE_ACCOUNTS("inactive-accounts", "03:00"),
    RETENTION_PURGE("retention-purge", "02:00"),
    SUBSCRIPTION_ACTIVATION("subscription-activation", "00:05");

    private final String key;
    private final String defaultSchedule;

    Job(String key, String defaultSchedule) {
        this.key = key;
        this.defaultSchedule = defaultSchedule;
    }

    public String key() {
        return key;
    }

    public String defaultSchedule() {
        return defaultSchedule;
    }
}
