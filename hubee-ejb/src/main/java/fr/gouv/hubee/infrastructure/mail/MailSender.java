package fr.gouv.hubee.infrastructure.mail;

import fr.gouv.hubee.domain.model.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import java.util.logging.Logger;

/** Sends one outbox mail through the WildFly mail session, in a transaction of its own. */
@Stateless
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/hubee")
    Session session;

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DemoMailbox demoMailbox;

    /** True when sent; a failure is recorded on the mail with its next attempt time. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(UUID id) {
        // The row lock keeps a second timer run (or node) from sending the same mail.
        OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.isSent()) {
            return false;
        }
        if (demoMailbox.isActive()) {
            demoMailbox.deliver(mail);
            mail.markSent(clock.instant());
            return true;
        }
        try {
            Transport.send(toMessage(mail));
            mail.markSent(clock.instant());
            return true;
        } catch (MessagingException e) {
            mail.markFailed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            // The id only: the address is personal data.
            LOG.warning(() -> "mail " + id + " not sent (attempt " + mail.getAttempts() + "), next at "
                    + mail.getNextAttemptAt() + ": " + e.getMessage());
            return false;
        }
    }

    private MimeMessage toMessage(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }
}
