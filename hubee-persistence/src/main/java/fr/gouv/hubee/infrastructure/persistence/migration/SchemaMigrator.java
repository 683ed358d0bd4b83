package fr.gouv.hubee.infrastructure.persistence.migration;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the latest schema with Flyway and HubEE's listed migrations. */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new ListedMigrations(loader))
                // No Java migrations yet: an explicit empty list keeps Flyway from scanning.
                .javaMigrationClassProvider(List::of)
                // Never wipe a database from the application.
                .cleanDisabled(true)
                // WildFly's database timer store creates its JBOSS_EJB_TIMER table in this schema
                // before the application deploys: a schema holding only that is a new one, and
                // every migration from V1 is applied (an old HubEE schema would fail on V1 instead).
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
