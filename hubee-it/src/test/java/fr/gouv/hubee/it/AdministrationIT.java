package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiUnauthorizedException;
import fr.gouv.hubee.application.subscription.ApiCredentials;
import fr.gouv.hubee.application.subscription.RecipientRouting;
import fr.gouv.hubee.application.subscription.SubscriptionDetails;
import fr.gouv.hubee.application.subscription.SubscriptionService;
import fr.gouv.hubee.application.subscription.SubscriptionSettings;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserUpdate;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration services against the real database: tenant isolation of users and
 * subscriptions (what a crafted POST would reach), the delegate's scope, activation and routing,
 * API credentials.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    static final String CLAMART = "21920023500014";
    static final String TOULON = "21830137200015";
    static final String SOPHIE = "sophie.bernard@mairie-clamart.test";
    static final String PAUL = "paul.garnier@mairie-toulon.test";
    static final String MARC = "marc.dupuis@logiciels-mairies.test";
    static final String LUCAS = "lucas.petit@mairie-clamart.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(AdministrationIT.class);
    }

    @Inject
    UserService users;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    RecipientRouting routing;

    @Inject
    ApiAuthentication api;

    @Inject
    TestSupport db;

    @Inject
    fr.gouv.hubee.application.subscription.SubscriptionIntake intake;

    static final String INES = "ines.lambert@numerique.test";

    @Test
    void aLocalAdministratorCanNeitherReadNorChangeAnotherOrganisationsUsersOrSubscriptions() throws Exception {
        UUID lucas = db.userId(LUCAS);
        UUID clamartCertdc = db.subscriptionId(CLAMART, "CERTDC");
        UserUpdate takeover = new UserUpdate(Civility.M, "Lucas", "Petit", null, "+33146421234", null, ActorType.AGENT,
                Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.details(lucas)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.get(lucas)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.update(lucas, takeover)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.setActive(lucas, false)));
        assertTrue(as(SOPHIE, () -> users.details(lucas)).active(), "nothing changed");

        SubscriptionSettings hijack = new SubscriptionSettings(AccessMode.API, null, NotificationFrequency.UNIT,
                "pirate@toulon.test");
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> subscriptions.update(clamartCertdc, hijack)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> subscriptions.regenerateSecret(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> subscriptions.suspend(clamartCertdc)));
        assertThrows(AccessDeniedException.class,
                () -> as(PAUL, () -> subscriptions.activate(clamartCertdc, LocalDate.now().plusDays(1))));
        SubscriptionDetails untouched = as(SOPHIE, () -> subscriptions.get(clamartCertdc));
        assertEquals(AccessMode.PORTAIL, untouched.summary().accessMode());
        assertEquals(SubscriptionStatus.ACTIVE, untouched.summary().status());
        assertFalse(as(PAUL, () -> subscriptions.listMine()).stream().anyMatch(s -> s.organization().contains("CLAMART")));
    }

    @Test
    void aTechnicalDelegateManagesOnlyTheSubscriptionsDelegatedToHim() throws Exception {
        UUID toulonEtatCivil = db.subscriptionId(TOULON, "EtatCivil");
        UUID clamartCertdc = db.subscriptionId(CLAMART, "CERTDC");
        assertEquals("COMMUNE DE TOULON", as(MARC, () -> subscriptions.get(toulonEtatCivil)).summary().organization());
        assertThrows(AccessDeniedException.class, () -> as(MARC, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(MARC, () -> users.details(db.userId(PAUL))), "no user role");
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> subscriptions.get(db.subscriptionId(CLAMART, "EtatCivil"))),
                "an agent has no subscription role");
    }

    @Test
    void activationDateDecidesRoutingAndSuspensionStopsNewDossiers() throws Exception {
        UUID dhtour = db.subscriptionId(CLAMART, "HebergementTourisme");
        UUID org = db.organizationId(CLAMART);
        UUID procedure = db.procedureId("HebergementTourisme");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertFalse(routing.accepts(org, procedure, today), "never activated");

        assertEquals("subscription.activation.past", assertThrows(BusinessRuleException.class,
                () -> as(SOPHIE, () -> subscriptions.activate(dhtour, today.minusDays(1)))).getMessageKey());
        as(SOPHIE, () -> subscriptions.activate(dhtour, today.plusDays(2)));
        assertEquals(SubscriptionStatus.INACTIVE, as(SOPHIE, () -> subscriptions.get(dhtour)).summary().status());
        assertFalse(routing.accepts(org, procedure, today.plusDays(1)));
        assertTrue(routing.accepts(org, procedure, today.plusDays(2)));

        as(SOPHIE, () -> subscriptions.suspend(dhtour));
        assertEquals(SubscriptionStatus.SUSPENDED, as(SOPHIE, () -> subscriptions.get(dhtour)).summary().status());
        assertFalse(routing.accepts(org, procedure, today.plusDays(5)));

        as(SOPHIE, () -> subscriptions.activate(dhtour, today));
        assertEquals(SubscriptionStatus.ACTIVE, as(SOPHIE, () -> subscriptions.get(dhtour)).summary().status());
        assertTrue(routing.acceptsToday(org, procedure));
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> subscriptions.suspend(dhtour)));
    }

    @Test
    void settingsAreCheckedAndApiSecretsAreShownOnceStoredHashedAndRevocable() throws Exception {
        UUID pacs = db.subscriptionId(CLAMART, "depotDossierPACS");
        assertEquals("subscription.notification.email", assertThrows(BusinessRuleException.class, () -> as(SOPHIE,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, null,
                        NotificationFrequency.DAILY, " ")))).getMessageKey());
        assertEquals("subscription.delegate.unknown", assertThrows(BusinessRuleException.class, () -> as(SOPHIE,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, "inconnu@editeur.test",
                        NotificationFrequency.NONE, null)))).getMessageKey());
        assertEquals("subscription.delegate.notDelegate", assertThrows(BusinessRuleException.class, () -> as(SOPHIE,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, LUCAS,
                        NotificationFrequency.NONE, null)))).getMessageKey());

        ApiCredentials first = as(SOPHIE, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.API, null,
                NotificationFrequency.TWICE_DAILY, "pacs@mairie-clamart.test"))).orElseThrow();
        SubscriptionDetails saved = as(SOPHIE, () -> subscriptions.get(pacs));
        assertEquals(NotificationFrequency.TWICE_DAILY, saved.summary().notificationFrequency());
        assertEquals(first.clientId(), saved.apiClientId());
        assertNotEquals(first.secret(), db.apiSecretHash(pacs));
        assertFalse(db.apiSecretHash(pacs).contains(first.secret()));
        assertTrue(as(SOPHIE, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.API, null,
                NotificationFrequency.NONE, null))).isEmpty(), "credentials are generated once, not at every save");

        String token = api.issue(first.clientId(), first.secret(), "SI", "10.9.9.9").accessToken();
        ApiCaller caller = api.require(token, ApiScope.SI);
        assertEquals(pacs, caller.subscriptionId());
        assertEquals(db.organizationId(CLAMART), caller.organizationId());

        ApiCredentials second = as(SOPHIE, () -> subscriptions.regenerateSecret(pacs));
        assertEquals(first.clientId(), second.clientId());
        assertThrows(ApiUnauthorizedException.class, () -> api.issue(first.clientId(), first.secret(), "SI", "10.9.9.9"));
        assertThrows(ApiUnauthorizedException.class, () -> api.require(token, ApiScope.SI), "tokens of the old secret end");
        String fresh = api.issue(second.clientId(), second.secret(), "SI", "10.9.9.9").accessToken();

        as(SOPHIE, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, null,
                NotificationFrequency.NONE, null)));
        assertThrows(ApiUnauthorizedException.class, () -> api.require(fresh, ApiScope.SI), "back to the portal: no API");
        assertThrows(ApiUnauthorizedException.class, () -> api.issue(second.clientId(), second.secret(), "SI", "10.9.9.9"));
        assertEquals("subscription.secret.portal", assertThrows(BusinessRuleException.class,
                () -> as(SOPHIE, () -> subscriptions.regenerateSecret(pacs))).getMessageKey());
    }

    @Test
    void onlyANationalAdministratorCreatesSubscriptionsByHandAndAnOrganisationHoldsOnePerDemarche() throws Exception {
        var request = new fr.gouv.hubee.application.subscription.SubscriptionRequest(777L, "EtatCivil", "21330063500017",
                "33063", "COMMUNE DE BORDEAUX", null, "aucune", null,
                new fr.gouv.hubee.application.subscription.SubscriptionRequest.Person("Rémi", "Durand",
                        "remi.durand@mairie-bordeaux.test", null, "0556101010", null), null);
        assertThrows(AccessDeniedException.class, () -> as(SOPHIE, () -> intake.createAsNationalAdministrator(request)));
        UUID created = as(INES, () -> intake.createAsNationalAdministrator(request));
        assertEquals(created, db.subscriptionId("21330063500017", "EtatCivil"));
        assertEquals("intake.duplicate", assertThrows(BusinessRuleException.class,
                () -> as(INES, () -> intake.createAsNationalAdministrator(request))).getMessageKey());
        var admin = as("remi.durand@mairie-bordeaux.test", () -> users.me());
        assertEquals(ActorType.LOCAL_ADMIN, admin.actorType());
        assertTrue(admin.datapass());
        assertEquals(1, db.outboxCount("remi.durand@mairie-bordeaux.test"), "one activation mail");
        assertEquals(SubscriptionStatus.INACTIVE,
                as("remi.durand@mairie-bordeaux.test", () -> subscriptions.get(created)).summary().status());
    }
}
