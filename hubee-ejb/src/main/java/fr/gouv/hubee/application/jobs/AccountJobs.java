package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.Inactivity;
import fr.gouv.hubee.domain.rules.PasswordExpiry;
import fr.gouv.hubee.domain.rules.PasswordReminders;
import fr.gouv.hubee.infrastructure.mail.MailOutbox;
import fr.gouv.hubee.infrastructure.mail.MailTemplates;
import fr.gouv.hubee.infrastructure.persistence.ApiCredentialRepository;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.TokenRepository;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Accounts over time: password expiry reminders, warning then deactivation of unused accounts,
 * removal of expired links, codes and API tokens. One bounded batch per call and transaction.
 */
@Stateless
@PermitAll
public class AccountJobs {

    static final int BATCH = 200;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);

    @Inject
    UserRepository users;

    @Inject
    TokenRepository tokens;

    @Inject
    ApiCredentialRepository credentials;

    @Inject
    MailOutbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    AuditLog audit;

    @Inject
    JobSettings settings;

    /** Reminders {@code 15} and {@code 3} days (settings) before the 6-month expiry, each once. */
    public JobResult remindPasswords(Instant now) {
        int[] days = settings.reminderDays();
        // A reminder of level n is due when the password was set at most 6 months minus n's delay ago.
        Instant oldest = now.atZone(PARIS).minusMonths(PasswordExpiry.MONTHS).toInstant();
        Instant firstCut = now.atZone(PARIS).plusDays(days[0]).minusMonths(PasswordExpiry.MONTHS).toInstant();
        Instant secondCut = now.atZone(PARIS).plusDays(days[1]).minusMonths(PasswordExpiry.MONTHS).toInstant();
        List<User> candidates = users.passwordReminderCandidates(oldest, firstCut, secondCut, BATCH);
        int sent = 0;
        for (User user : candidates) {
            int level = PasswordReminders.due(user.getPasswordChangedAt(), user.getPasswordRemindersSent(), now,
                    days[0], days[1]);
            Instant expiry = PasswordExpiry.expiresAt(user.getPasswordChangedAt());
            long daysLeft = Math.max(1, (Duration.between(now, expiry).toHours() + 23) / 24);
            outbox.enqueue(user.getEmail(), templates.passwordReminder(user.getFirstName(), daysLeft, DAY.format(expiry)));
            // The query and the rule agree; the rule's level is kept (2 when the first was missed).
            user.recordPasswordReminder(Math.max(level, user.getPasswordRemindersSent() + 1));
            sent++;
        }
        return new JobResult(sent, 0, candidates.size() == BATCH);
    }

    /** Warns unused accounts {@code 15} days ahead, then deactivates them after 6 months. */
    public JobResult handleInactiveAccounts(Instant now) {
        int months = settings.inactivityMonths();
        int warnDays = settings.inactivityWarningDays();
        Instant deactivateCut = now.atZone(PARIS).minusMonths(months).toInstant();
        Instant warnCut = now.atZone(PARIS).plusDays(warnDays).minusMonths(months).toInstant();
        // The queries select by the rule's dates; the rule decides for each account.
        List<User> toDeactivate = users.unusedSince(deactivateCut, false, BATCH);
        for (User user : toDeactivate) {
            if (due(user, now, months, warnDays) == Inactivity.Action.DEACTIVATE) {
                user.deactivate();
                audit.record(AuditType.DEACTIVATED_INACTIVE, user, null);
            }
        }
        List<User> toWarn = users.unusedSince(warnCut, true, BATCH);
        for (User user : toWarn) {
            if (due(user, now, months, warnDays) == Inactivity.Action.WARN) {
                Instant deadline = Inactivity.deadline(user.getLastLoginAt(), user.getCreatedAt(), months);
                outbox.enqueue(user.getEmail(), templates.inactivityWarning(user.getFirstName(), DAY.format(deadline)));
                user.recordInactivityWarning(now);
            }
        }
        return new JobResult(toDeactivate.size() + toWarn.size(), 0,
                toDeactivate.size() == BATCH || toWarn.size() == BATCH);
    }

    private static Inactivity.Action due(User user, Instant now, int months, int warnDays) {
        return Inactivity.due(user.getLastLoginAt(), user.getCreatedAt(), user.getInactivityWarnedAt(), now, months, warnDays);
    }

    /** Activation and reset links, login codes and API tokens past their expiry are deleted. */
    public JobResult deleteExpiredTokens(Instant now) {
        int links = tokens.deleteExpired(now);
        int apiTokens = credentials.deleteExpiredTokens(now);
        return new JobResult(links + apiTokens, 0, false);
    }
}
