package fr.gouv.hubee.application.jobs;

import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.Inactivity;
import fr.gouv.hubee.domain.rules.PasswordExpiry;
import fr.gouv.hubee.domain.rules.PasswordReminders;
import fr.gouv.hubee.infrastructure.mail.MailOutbox;
import fr.gouv.hubee.infrastructure.mail.MailTemplates;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

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
        List<User> candidates = em.createQuery("select u from User u where u.active = true"
                        + " and u.passwordChangedAt > :oldest and ((u.passwordRemindersSent = 0 and u.passwordChangedAt <= :first)"
                        + " or (u.passwordRemindersSent < 2 and u.passwordChangedAt <= :second)) order by u.id", User.class)
                .setParameter("oldest", oldest).setParameter("first", firstCut).setParameter("second", secondCut)
                .setMaxResults(BATCH).getResultList();
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
        List<User> toDeactivate = unused("", deactivateCut);
        for (User user : toDeactivate) {
            if (due(user, now, months, warnDays) == Inactivity.Action.DEACTIVATE) {
                user.deactivate();
                audit.record(AuditType.DEACTIVATED_INACTIVE, user, null);
            }
        }
        List<User> toWarn = unused(" and u.inactivityWarnedAt is null", warnCut);
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

    /** Active accounts whose last login (or creation, if never used) is on or before {@code cut}. */
    private List<User> unused(String extra, Instant cut) {
        return em.createQuery("select u from User u where u.active = true" + extra + " and"
                        + " ((u.lastLoginAt is not null and u.lastLoginAt <= :cut) or (u.lastLoginAt is null and u.createdAt <= :cut))"
                        + " order by u.id", User.class)
                .setParameter("cut", cut).setMaxResults(BATCH).getResultList();
    }

    /** Activation and reset links, login codes and API tokens past their expiry are deleted. */
    public JobResult deleteExpiredTokens(Instant now) {
        int links = em.createQuery("delete from OneTimeToken t where t.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
        int tokens = em.createQuery("delete from ApiToken t where t.expiresAt < :now")
                .setParameter("now", now).executeUpdate();
        return new JobResult(links + tokens, 0, false);
    }
}
