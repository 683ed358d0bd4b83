package fr.gouv.hubee.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.infrastructure.persistence.migration.ListedMigrations;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real EAR in a real WildFly: EclipseLink is the provider, Flyway migrated, demo data there. */
@ExtendWith(ArquillianExtension.class)
class DeploymentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(DeploymentIT.class);
    }

    @Inject
    TestSupport db;

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertTrue(db.entityManagerFactoryClass().startsWith("org.eclipse.persistence."), db.entityManagerFactoryClass());
        assertTrue(db.entityManagerDelegateClass().startsWith("org.eclipse.persistence."), db.entityManagerDelegateClass());
    }

    @Test
    void persistentTimersLiveInTheApplicationsDatabaseForTheCluster() {
        assertEquals(1, db.storedTimers("JobScheduler"), "the jobs' minute timer, once");
        assertEquals(1, db.storedTimers("MailDelivery"));
    }

    @Test
    void flywayAppliedEveryMigrationOnTheProvisionedDatabase() throws Exception {
        List<String> listed = new ListedMigrations(getClass().getClassLoader()).fileNames().stream()
                .map(name -> name.substring(1, name.indexOf("__"))).toList();
        assertTrue(listed.size() >= 3);
        assertEquals(listed, db.appliedMigrations());
        String expected = Files.readString(Path.of(System.getProperty("jboss.home.dir"), ".hubee-db")).strip();
        assertEquals(expected.equals("postgresql") ? "PostgreSQL" : "H2", db.databaseProduct());
    }

    @Test
    void demoDataIsLoadedOnce() {
        assertEquals(7, db.count("Procedure"));
        assertEquals(7, db.count("Organization"));
        assertTrue(db.count("User") >= 7, "the seven demo accounts");
        assertEquals(9, db.count("Subscription"));
        assertTrue(db.count("Dossier") >= 200, "about 200 dossiers");
        assertTrue(db.count("Attachment") >= 400);
    }
}
