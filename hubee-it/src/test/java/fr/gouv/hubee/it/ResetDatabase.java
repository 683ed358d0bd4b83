package fr.gouv.hubee.it;

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
 * Before the test server starts: an empty database, so Flyway migrates from scratch and the demo
 * data is loaded fresh (schema hubee_it of PostgreSQL, or the H2 file of the test server).
 */
public class ResetDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Path server = Path.of(System.getProperty("jboss.home", "target/wildfly"));
        try {
            if (TestServer.database().equals("postgresql")) {
                try (Connection c = DriverManager.getConnection(System.getProperty("hubee.it.pg.url"),
                        System.getProperty("hubee.it.pg.user"), "");
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
