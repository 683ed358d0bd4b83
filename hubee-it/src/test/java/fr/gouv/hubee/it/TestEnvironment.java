package fr.gouv.hubee.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the whole test run shares, set up before the test server starts: an empty database (so
 * Flyway migrates from scratch and the demo data is loaded fresh) and a real SMTP server
 * (GreenMail) that the test server's mail session points to.
 */
public class TestEnvironment implements LauncherSessionListener {

    private static GreenMail greenMail;

    /** The SMTP server receiving every mail the test server sends. */
    public static GreenMail mail() {
        return greenMail;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        resetDatabase();
        startMail();
    }

    /** The relay goes down: the server's mails must wait in the outbox. */
    static synchronized void stopMail() {
        greenMail.stop();
    }

    /** The relay is back (an empty mailbox: tests count from what they saw before, or by address). */
    static synchronized void startMail() {
        int port = Integer.getInteger("hubee.it.smtp.port", 10025);
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static void resetDatabase() {
        Path server = Path.of(System.getProperty("jboss.home", "target/wildfly"));
        try {
            if (TestServer.database().equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(System.getProperty("hubee.it.pg.url"),
                        System.getProperty("hubee.it.pg.user"), "hubee-it");
                     Statement s = c.createStatement()) {
                    s.execute("drop schema if exists hubee_it cascade");
                    s.execute("create schema hubee_it");
                }
            } else {
                Path data = server.resolve("standalone/data/hubee");
                if (Files.exists(data)) {
                    try (Stream<Path> files = Files.walk(data)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
