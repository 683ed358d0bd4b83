/**
 * The mail outbox: mails written with the change that causes them, delivered later with retries.
 */
package fr.gouv.hubee.domain.model.mail;
