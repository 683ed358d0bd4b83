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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration services against the real database, each test on its own town halls and
 * accounts ({@link Fixtures}): tenant isolation of users and subscriptions (what a crafted POST
 * would reach), the delegate's scope, activation and routing, API credentials.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

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
    Fixtures fixtures;

    @Inject
    fr.gouv.hubee.application.subscription.SubscriptionIntake intake;

    private Fixtures.World certdc;
    private Fixtures.World etatCivil;
    private Fixtures.World pacs;
    private Fixtures.World tourisme;
    private UUID clamart;
    private UUID toulon;
    /** Local administrator of Clamart. */
    private String sophie;
    /** Local administrator of Toulon. */
    private String paul;
    /** Technical delegate (software editor) of Toulon's état civil. */
    private String marc;
    /** Agent of Clamart. */
    private String lucas;

    @BeforeEach
    void world() {
        certdc = fixtures.world("CERTDC", false);
        etatCivil = fixtures.world("ETAT CIVIL", true);
        pacs = fixtures.world("PACS", true);
        tourisme = fixtures.world("TOURISME", false);
        clamart = fixtures.townHall("CLAMART", certdc, etatCivil, pacs);
        fixtures.subscription(clamart, tourisme, false);
        toulon = fixtures.townHall("TOULON", etatCivil);
        sophie = fixtures.account(clamart, ActorType.LOCAL_ADMIN, List.of());
        lucas = fixtures.account(clamart, ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), List.of(certdc.procedureId()), "Lucas",
                "Petit");
        paul = fixtures.account(toulon, ActorType.LOCAL_ADMIN, List.of());
        marc = fixtures.account(fixtures.townHall("ÉDITEUR"), ActorType.TECHNICAL_DELEGATE, List.of());
        fixtures.delegate(toulon, etatCivil, marc);
    }

    private UUID subscriptionOf(UUID townHall, Fixtures.World world) {
        return db.subscriptionId(db.siret(townHall), world.procedureCode());
    }

    @Test
    void aLocalAdministratorCanNeitherReadNorChangeAnotherOrganisationsUsersOrSubscriptions() throws Exception {
        UUID lucasId = db.userId(lucas);
        UUID clamartCertdc = subscriptionOf(clamart, certdc);
        UserUpdate takeover = new UserUpdate(Civility.M, "Lucas", "Petit", null, "+33146421234", null, ActorType.AGENT,
                Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.details(lucasId)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.get(lucasId)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.update(lucasId, takeover)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.setActive(lucasId, false)));
        assertTrue(as(sophie, () -> users.details(lucasId)).active(), "nothing changed");

        SubscriptionSettings hijack = new SubscriptionSettings(AccessMode.API, null, NotificationFrequency.UNIT,
                "pirate@toulon.test");
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> subscriptions.update(clamartCertdc, hijack)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> subscriptions.regenerateSecret(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> subscriptions.suspend(clamartCertdc)));
        assertThrows(AccessDeniedException.class,
                () -> as(paul, () -> subscriptions.activate(clamartCertdc, LocalDate.now().plusDays(1))));
        SubscriptionDetails untouched = as(sophie, () -> subscriptions.get(clamartCertdc));
        assertEquals(AccessMode.PORTAIL, untouched.summary().accessMode());
        assertEquals(SubscriptionStatus.ACTIVE, untouched.summary().status());
        assertFalse(as(paul, () -> subscriptions.listMine()).stream().anyMatch(s -> s.organization().contains("CLAMART")));
    }

    @Test
    void aTechnicalDelegateManagesOnlyTheSubscriptionsDelegatedToHim() throws Exception {
        UUID toulonEtatCivil = subscriptionOf(toulon, etatCivil);
        UUID clamartCertdc = subscriptionOf(clamart, certdc);
        assertEquals("COMMUNE DE TOULON", as(marc, () -> subscriptions.get(toulonEtatCivil)).summary().organization());
        assertThrows(AccessDeniedException.class, () -> as(marc, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(marc, () -> users.details(db.userId(paul))), "no user role");
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> subscriptions.get(subscriptionOf(clamart, etatCivil))),
                "an agent has no subscription role");
    }

    @Test
    void activationDateDecidesRoutingAndSuspensionStopsNewDossiers() throws Exception {
        UUID dhtour = subscriptionOf(clamart, tourisme);
        UUID org = clamart;
        UUID procedure = tourisme.procedureId();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertFalse(routing.accepts(org, procedure, today), "never activated");

        assertEquals("subscription.activation.past", assertThrows(BusinessRuleException.class,
                () -> as(sophie, () -> subscriptions.activate(dhtour, today.minusDays(1)))).getMessageKey());
        as(sophie, () -> subscriptions.activate(dhtour, today.plusDays(2)));
        assertEquals(SubscriptionStatus.INACTIVE, as(sophie, () -> subscriptions.get(dhtour)).summary().status());
        assertFalse(routing.accepts(org, procedure, today.plusDays(1)));
        assertTrue(routing.accepts(org, procedure, today.plusDays(2)));

        as(sophie, () -> subscriptions.suspend(dhtour));
        assertEquals(SubscriptionStatus.SUSPENDED, as(sophie, () -> subscriptions.get(dhtour)).summary().status());
        assertFalse(routing.accepts(org, procedure, today.plusDays(5)));

        as(sophie, () -> subscriptions.activate(dhtour, today));
        assertEquals(SubscriptionStatus.ACTIVE, as(sophie, () -> subscriptions.get(dhtour)).summary().status());
        assertTrue(routing.acceptsToday(org, procedure));
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> subscriptions.suspend(dhtour)));
    }

    @Test
    void settingsAreCheckedAndApiSecretsAreShownOnceStoredHashedAndRevocable() throws Exception {
        UUID pacs = subscriptionOf(clamart, this.pacs);
        assertEquals("subscription.notification.email", assertThrows(BusinessRuleException.class, () -> as(sophie,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, null,
                        NotificationFrequency.DAILY, " ")))).getMessageKey());
        assertEquals("subscription.delegate.unknown", assertThrows(BusinessRuleException.class, () -> as(sophie,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, "inconnu@editeur.test",
                        NotificationFrequency.NONE, null)))).getMessageKey());
        assertEquals("subscription.delegate.notDelegate", assertThrows(BusinessRuleException.class, () -> as(sophie,
                () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, lucas,
                        NotificationFrequency.NONE, null)))).getMessageKey());

        ApiCredentials first = as(sophie, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.API, null,
                NotificationFrequency.TWICE_DAILY, "pacs@mairie-clamart.test"))).orElseThrow();
        SubscriptionDetails saved = as(sophie, () -> subscriptions.get(pacs));
        assertEquals(NotificationFrequency.TWICE_DAILY, saved.summary().notificationFrequency());
        assertEquals(first.clientId(), saved.apiClientId());
        assertNotEquals(first.secret(), db.apiSecretHash(pacs));
        assertFalse(db.apiSecretHash(pacs).contains(first.secret()));
        assertTrue(as(sophie, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.API, null,
                NotificationFrequency.NONE, null))).isEmpty(), "credentials are generated once, not at every save");

        String token = api.issue(first.clientId(), first.secret(), "SI", "10.9.9.9").accessToken();
        ApiCaller caller = api.require(token, ApiScope.SI);
        assertEquals(pacs, caller.subscriptionId());
        assertEquals(clamart, caller.organizationId());

        ApiCredentials second = as(sophie, () -> subscriptions.regenerateSecret(pacs));
        assertEquals(first.clientId(), second.clientId());
        assertThrows(ApiUnauthorizedException.class, () -> api.issue(first.clientId(), first.secret(), "SI", "10.9.9.9"));
        assertThrows(ApiUnauthorizedException.class, () -> api.require(token, ApiScope.SI), "tokens of the old secret end");
        String fresh = api.issue(second.clientId(), second.secret(), "SI", "10.9.9.9").accessToken();

        as(sophie, () -> subscriptions.update(pacs, new SubscriptionSettings(AccessMode.PORTAIL, null,
                NotificationFrequency.NONE, null)));
        assertThrows(ApiUnauthorizedException.class, () -> api.require(fresh, ApiScope.SI), "back to the portal: no API");
        assertThrows(ApiUnauthorizedException.class, () -> api.issue(second.clientId(), second.secret(), "SI", "10.9.9.9"));
        assertEquals("subscription.secret.portal", assertThrows(BusinessRuleException.class,
                () -> as(sophie, () -> subscriptions.regenerateSecret(pacs))).getMessageKey());
    }

    @Test
    void onlyANationalAdministratorCreatesSubscriptionsByHandAndAnOrganisationHoldsOnePerDemarche() throws Exception {
        String ines = fixtures.nationalAdministrator();
        String bordeaux = Fixtures.siret();
        String remi = "remi.durand." + Fixtures.next() + "@mairie-bordeaux.test";
        var request = new fr.gouv.hubee.application.subscription.SubscriptionRequest(Fixtures.next(), etatCivil.procedureCode(),
                bordeaux, "33063", "COMMUNE DE BORDEAUX", null, "aucune", null,
                new fr.gouv.hubee.application.subscription.SubscriptionRequest.Person("Rémi", "Durand",
                        remi, null, "0556101010", null), null);
        assertThrows(AccessDeniedException.class, () -> as(sophie, () -> intake.createAsNationalAdministrator(request)));
        UUID created = as(ines, () -> intake.createAsNationalAdministrator(request));
        assertEquals(created, db.subscriptionId(bordeaux, etatCivil.procedureCode()));
        assertEquals("intake.duplicate", assertThrows(BusinessRuleException.class,
                () -> as(ines, () -> intake.createAsNationalAdministrator(request))).getMessageKey());
        var admin = as(remi, () -> users.me());
        assertEquals(ActorType.LOCAL_ADMIN, admin.actorType());
        assertTrue(admin.datapass());
        assertEquals(1, db.outboxCount(remi), "one activation mail");
        assertEquals(SubscriptionStatus.INACTIVE, as(remi, () -> subscriptions.get(created)).summary().status());
    }
}
