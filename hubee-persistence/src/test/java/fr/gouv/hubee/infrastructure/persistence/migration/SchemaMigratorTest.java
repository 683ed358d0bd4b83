package fr.gouv.hubee.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    @Test
    void listNamesEveryMigrationFileAndNothingElse() throws IOException {
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            onDisk = new HashSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql")).toList());
        }
        List<String> listed = new ListedMigrations(getClass().getClassLoader()).fileNames();
        assertEquals(onDisk, new HashSet<>(listed));
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no duplicates");
    }

    @Test
    void migratesAnEmptyH2DatabaseInPostgresModeThenFindsNothingToDo() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

        MigrateResult first = SchemaMigrator.migrate(ds);
        assertTrue(first.success);
        assertEquals(new ListedMigrations(getClass().getClassLoader()).fileNames().size(), first.migrationsExecuted);

        MigrateResult second = SchemaMigrator.migrate(ds);
        assertEquals(0, second.migrationsExecuted);

        try (Connection c = ds.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            Set<String> names = new HashSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertTrue(names.containsAll(Set.of("organization", "procedure", "app_user", "user_role",
                    "procedure_authorization", "subscription", "folder", "dossier", "event", "attachment",
                    "dossier_attachment", "attachment_chunk", "notification", "one_time_token")), names::toString);
        }
    }
}
