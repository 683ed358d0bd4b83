package fr.gouv.hubee.infrastructure.startup;

import fr.gouv.hubee.infrastructure.persistence.migration.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations at deployment, before any business call (other startup beans
 * depend on it). Flyway manages its own transactions: no JTA transaction around it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HubeeDS")
    DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result = SchemaMigrator.migrate(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "HubEE schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied, database " + result.database + ")");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
