package fr.gouv.hubee.infrastructure.mail;

/** A mail's subject and its text and HTML parts. */
public record MailContent(String subject, String text, String html) {
}
