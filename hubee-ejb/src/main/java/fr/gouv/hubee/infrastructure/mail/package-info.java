/**
 * Mails: written to the outbox in the caller's transaction ({@code MailOutbox}), delivered through
 * the WildFly mail session with retries ({@code MailDelivery}, {@code MailSender}); French
 * templates; the demo's mailbox folder when no relay is configured.
 */
package fr.gouv.hubee.infrastructure.mail;
