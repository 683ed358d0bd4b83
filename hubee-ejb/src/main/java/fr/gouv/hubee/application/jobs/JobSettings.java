package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.rules.DailySchedule;
import fr.gouv.hubee.infrastructure.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Schedules and delays of the jobs, from system properties or the environment. */
@ApplicationScoped
public class JobSettings {

    public DailySchedule schedule(Job job) {
        return DailySchedule.parse(PortalConfig.setting("hubee.jobs." + job.key(),
                "HUBEE_JOBS_" + job.key().replace('-', '_').toUpperCase(Locale.ROOT), job.defaultSchedule()));
    }

    /**
     * Whether this node's timer runs the jobs ({@code hubee.jobs.enabled}, default true): the
     * integration tests switch it off and run each job themselves at the instant they choose.
     */
    public boolean enabled() {
        return Boolean.parseBoolean(PortalConfig.setting("hubee.jobs.enabled", "HUBEE_JOBS_ENABLED", "true"));
    }

    /** Days before the password expiry of the first and second reminders (15 and 3). */
    public int[] reminderDays() {
        String[] days = PortalConfig.setting("hubee.password.reminder-days", "HUBEE_PASSWORD_REMINDER_DAYS", "15,3").split(",");
        return new int[] {Integer.parseInt(days[0].strip()), Integer.parseInt(days[1].strip())};
    }

    public int inactivityMonths() {
        return Integer.parseInt(PortalConfig.setting("hubee.inactivity.months", "HUBEE_INACTIVITY_MONTHS", "6"));
    }

    public int inactivityWarningDays() {
        return Integer.parseInt(PortalConfig.setting("hubee.inactivity.warning-days", "HUBEE_INACTIVITY_WARNING_DAYS", "15"));
    }
}
