package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what the test server mailed, from GreenMail. */
final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+jeton=[A-Za-z0-9_-]+");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private Mails() {
    }

    static List<MimeMessage> to(String recipient) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> recipients(m).contains(recipient.toLowerCase()))
                .toList();
    }

    /** Waits for the n-th mail to a recipient (the outbox is delivered every few seconds). */
    static MimeMessage waitForNth(String recipient, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> received = to(recipient);
            if (received.size() >= n) {
                return received.get(n - 1);
            }
            Thread.sleep(200);
        }
        fail("no mail #" + n + " to " + recipient + " within 30 s");
        return null;
    }

    static String text(MimeMessage message) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    static String html(MimeMessage message) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/html")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no html part");
    }

    static String link(MimeMessage message) throws MessagingException, IOException {
        Matcher m = LINK.matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no link in " + text(message));
        }
        return m.group();
    }

    static String code(MimeMessage message) throws MessagingException, IOException {
        Matcher m = CODE.matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("no code in " + text(message));
        }
        return m.group(1);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
