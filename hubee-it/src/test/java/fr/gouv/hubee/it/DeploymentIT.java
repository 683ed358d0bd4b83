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
        // Other test classes of the run may add démarches, organisations and subscriptions (the
        // referential, DataPass intake): the demo's own are counted by their codes and SIRETs, once each.
        assertEquals(23, db.countProcedures(List.of("CERTDC", "EtatCivil", "recensementCitoyen", "depotDossierPACS",
                "JeChangeDeCoordonnees", "HebergementTourisme", "FormulaireQF", "SNATED", "RSABEI-RSABAI",
                "RSABEX-RSABAX", "RSAFIM", "RSAFIX", "RSACTM", "IRSACG-IRSDCG", "GRO", "SGR", "MSABEI", "MSABEM",
                "MSABEX", "MSAFIM", "RSABEM-RSABAM", "DSG", "ContactsAllocataires-BRSA")));
        assertEquals(10, db.countOrganizations(List.of("13002526500013", "11000101300017", "13000918600011",
                "13002526500021", "21920023500014", "21830137200015", "48234567800015", "18003502400066",
                "18750904300027", "22920001100018")));
        assertTrue(db.count("User") >= 9, "the nine demo accounts");
        assertEquals(9, db.countSubscriptions(List.of("21920023500014", "21830137200015")));
        assertEquals(16, db.countSubscriptions(List.of("22920001100018")), "15 CNAF flows and SNATED");
        assertTrue(db.count("Dossier") >= 200, "about 200 dossiers");
        assertTrue(db.count("Attachment") >= 400);
    }
}
