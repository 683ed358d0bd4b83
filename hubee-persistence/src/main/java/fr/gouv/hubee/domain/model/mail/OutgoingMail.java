package fr.gouv.hubee.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail in the outbox: written in the transaction of the change it reports, delivered later
 * with retries, so that a failing SMTP server loses nothing.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    /** Retry delays double from this one up to {@link #MAX_DELAY}. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(1);

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Column(name = "subject", nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 20000)
    private String textBody;

    @Column(name = "html_body", nullable = false, length = 40000)
    private String htmlBody;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String textBody, String htmlBody, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: the next one waits twice as long as the previous delay, up to an hour. */
    public void markFailed(String error, Instant now) {
        attempts++;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(factor);
        nextAttemptAt = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
