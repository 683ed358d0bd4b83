package fr.gouv.hubee.infrastructure.mail;

import fr.gouv.hubee.domain.model.mail.OutgoingMail;
import fr.gouv.hubee.infrastructure.config.PortalConfig;
import fr.gouv.hubee.infrastructure.startup.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The demo portal (run command) usually has no SMTP relay: its mails (activation links, login
 * codes of administrators) are printed in the server console and kept under
 * {@code data/hubee/mails}, instead of being sent. Only in demo mode, whose data is fictional,
 * and only while no SMTP host is configured.
 */
@ApplicationScoped
public class DemoMailbox {

    private static final Logger LOG = Logger.getLogger(DemoMailbox.class.getName());

    public boolean isActive() {
        return DemoData.enabled() && PortalConfig.setting("hubee.smtp.host", "HUBEE_SMTP_HOST", null) == null;
    }

    public void deliver(OutgoingMail mail) {
        Path folder = Path.of(System.getProperty("jboss.server.data.dir", "."), "hubee", "mails");
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
            Path file = folder.resolve(mail.getCreatedAt().toEpochMilli() + "-" + mail.getId() + ".txt");
            Files.writeString(file, "À : " + mail.getRecipient() + "\nObjet : " + mail.getSubject() + "\n\n"
                    + mail.getTextBody(), StandardCharsets.UTF_8);
            ownerOnly(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> "\n----- [démo] courriel non envoyé (pas de serveur SMTP configuré) -----\nÀ : "
                + mail.getRecipient() + "\nObjet : " + mail.getSubject() + "\n\n" + mail.getTextBody()
                + "\n----------------------------------------------------------------------");
    }

    /** Links and codes of real people's accounts (fictitious here, but as real ones would be): the server's user only. */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }
}
