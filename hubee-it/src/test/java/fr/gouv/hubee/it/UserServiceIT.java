package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.security.LoginOutcome;
import fr.gouv.hubee.application.security.LoginService;
import fr.gouv.hubee.application.user.NewUser;
import fr.gouv.hubee.application.user.UserFilter;
import fr.gouv.hubee.application.user.UserPage;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import fr.gouv.hubee.application.user.UserUpdate;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
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
 * {@code UserService} against the real database, each test on its own two town halls and their
 * accounts ({@link Fixtures}): search, creation, edition, deactivation, and the refusals of
 * organisation and role.
 */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(UserServiceIT.class);
    }

    @Inject
    UserService users;

    @Inject
    LoginService logins;

    @Inject
    TestSupport db;

    @Inject
    Fixtures fixtures;

    private Fixtures.World etatCivil;
    private Fixtures.World certdc;
    private Fixtures.World pacs;
    private Fixtures.World qf;
    private UUID clamart;
    private UUID toulon;
    /** Local administrator of Clamart who also instructs dossiers. */
    private String sophie;
    private String lucas;
    /** Local administrator of Toulon, its only one, without dossier role. */
    private String paul;

    @BeforeEach
    void world() {
        etatCivil = fixtures.world("ETAT CIVIL", true);
        certdc = fixtures.world("CERTDC", false);
        pacs = fixtures.world("PACS", true);
        qf = fixtures.world("QF", false);
        clamart = fixtures.townHall("CLAMART", etatCivil, certdc, pacs, qf);
        toulon = fixtures.townHall("TOULON", etatCivil);
        sophie = fixtures.account(clamart, ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE, Role.SUBSCRIPTION_MANAGE,
                Role.DOSSIER_MANAGE), List.of(), "Sophie", "Bernard");
        lucas = fixtures.account(clamart, ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE),
                List.of(certdc.procedureId(), etatCivil.procedureId()), "Lucas", "Petit");
        fixtures.account(clamart, ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), List.of(qf.procedureId()), "Chloé", "Moreau");
        paul = fixtures.account(toulon, ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE, Role.SUBSCRIPTION_MANAGE), List.of(),
                "Paul", "Garnier");
        fixtures.account(toulon, ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), List.of(etatCivil.procedureId()), "Nadia", "Roux");
    }

    private static String email(String name) {
        return name + "." + Fixtures.next() + "@mairie.test";
    }

    @Test
    void anonymousCallsAreRefusedByTheContainer() {
        assertThrows(EJBAccessException.class, () -> users.me());
    }

    @Test
    void userListFiltersAddUpAndPageInTheDatabase() throws Exception {
        UserPage all = as(sophie, () -> users.search(UserFilter.none(), 0, 100));
        assertTrue(all.total() >= 3);
        UserPage agents = as(sophie, () -> users.search(new UserFilter(ActorType.AGENT, null, null, null), 0, 100));
        assertTrue(agents.rows().stream().allMatch(u -> u.actorType() == ActorType.AGENT));
        assertTrue(agents.total() < all.total());
        UserPage managers = as(sophie, () -> users.search(new UserFilter(null, Role.DOSSIER_VIEW, null, null), 0, 100));
        assertTrue(managers.rows().stream().anyMatch(u -> u.lastName().equals("Bernard")), "a manage role matches its view filter");
        UserPage habilitated = as(sophie, () -> users.search(new UserFilter(null, null, qf.procedureId(), null), 0, 100));
        assertEquals(List.of("Moreau"), habilitated.rows().stream().map(UserSummary::lastName).toList());
        UserPage byName = as(sophie, () -> users.search(new UserFilter(ActorType.AGENT, null, null, "MOREAU"), 0, 100));
        assertEquals(List.of("Moreau"), byName.rows().stream().map(UserSummary::lastName).toList());
        UserPage oneLetter = as(sophie, () -> users.search(new UserFilter(null, null, null, "m"), 0, 100));
        assertEquals(all.total(), oneLetter.total(), "the name filter starts at 2 characters");
        UserPage firstPage = as(sophie, () -> users.search(UserFilter.none(), 0, 2));
        assertEquals(2, firstPage.rows().size());
        assertEquals(all.total(), firstPage.total());
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> users.search(UserFilter.none(), 0, 10)));
        assertFalse(as(paul, () -> users.search(UserFilter.none(), 0, 100)).rows().stream()
                .anyMatch(u -> u.lastName().equals("Bernard")), "only one's own organisation");
    }

    @Test
    void deactivationRefusesLoginReactivationRestoresItAndTheLastAdminStays() throws Exception {
        String email = email("camille.sortie");
        UUID id = as(sophie, () -> users.create(new NewUser(ActorType.AGENT, Set.of(), email, Civility.MME,
                "Camille", "Sortie", null, "+33146421234", null)));
        db.setPassword(email, "Camille-2026!");
        as(sophie, () -> users.setActive(id, false));
        assertEquals(LoginOutcome.Status.INACTIVE, logins.login(email, "Camille-2026!".toCharArray(), "10.1.1.1").status());
        as(sophie, () -> users.setActive(id, true));
        assertEquals(LoginOutcome.Status.SUCCESS, logins.login(email, "Camille-2026!".toCharArray(), "10.1.1.1").status());

        UUID paulId = as(paul, () -> users.me()).id();
        BusinessRuleException last = assertThrows(BusinessRuleException.class, () -> as(paul, () -> users.setActive(paulId, false)));
        assertEquals("user.lastAdmin", last.getMessageKey());
        assertTrue(as(paul, () -> users.hasSingleLocalAdministrator()));
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.setActive(id, false)), "another organisation");
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> users.setActive(id, false)), "no user role");
    }

    @Test
    void editingChecksPhonesReplacesRolesAndHabilitationsAndKeepsOneAdministrator() throws Exception {
        String email = email("denise.edition");
        UUID id = as(sophie, () -> users.create(new NewUser(ActorType.AGENT, Set.of(etatCivil.procedureId()), email,
                Civility.MME, "Denise", "Edition", null, "+33146421234", null)));
        UserUpdate badPhone = new UserUpdate(Civility.MME, "Denise", "Édition", "Agent", "+44 20 7123 4567", null,
                ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of(certdc.procedureId()));
        assertEquals("user.phone.invalid", assertThrows(BusinessRuleException.class,
                () -> as(sophie, () -> users.update(id, badPhone))).getMessageKey());
        assertEquals(List.of("Démarche ETAT CIVIL"), as(sophie, () -> users.get(id)).habilitations(),
                "nothing written when refused");
        // A French number as people write it is stored in the one form (issue #17).
        as(sophie, () -> users.update(id, new UserUpdate(Civility.MME, "Denise", "Edition", "Agent", "01.46.61.67.03", null,
                ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of(etatCivil.procedureId()))));
        assertEquals("+33146616703", db.phoneOf(email));

        as(sophie, () -> users.update(id, new UserUpdate(Civility.MME, "Denise", "Édition", "Agent d'accueil", null,
                "+33612345678", ActorType.AGENT, Set.of(Role.DOSSIER_VIEW, Role.USER_VIEW),
                Set.of(certdc.procedureId(), pacs.procedureId()))));
        UserSummary edited = as(sophie, () -> users.get(id));
        assertEquals("Édition", edited.lastName());
        assertEquals(Set.of(Role.DOSSIER_VIEW, Role.USER_VIEW), edited.roles());
        assertEquals(Set.of("Démarche CERTDC", "Démarche PACS"), Set.copyOf(edited.habilitations()));
        UserPage byAccentlessName = as(sophie, () -> users.search(new UserFilter(null, null, null, "edit"), 0, 10));
        assertEquals(List.of("Édition"), byAccentlessName.rows().stream().map(UserSummary::lastName).toList());

        UUID paulId = as(paul, () -> users.me()).id();
        UserUpdate demote = new UserUpdate(Civility.M, "Paul", "Garnier", null, "+33146421234", null, ActorType.AGENT,
                Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertEquals("user.lastAdmin", assertThrows(BusinessRuleException.class,
                () -> as(paul, () -> users.update(paulId, demote))).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.update(id, demote)), "another organisation");
    }

    @Test
    void functionalMailboxesAndAccountsOfOtherOrganisationsAreNotCreated() throws Exception {
        String marc = fixtures.account(toulon, ActorType.TECHNICAL_DELEGATE, List.of());
        BusinessRuleException functional = assertThrows(BusinessRuleException.class, () -> as(sophie, () -> users.create(
                new NewUser(ActorType.AGENT, Set.of(), "accueil@mairie-" + Fixtures.next() + ".test", null, "Accueil",
                        "Mairie", null, "+33146421234", null))));
        assertEquals("user.email.functional", functional.getMessageKey());
        BusinessRuleException elsewhere = assertThrows(BusinessRuleException.class, () -> as(sophie, () -> users.create(
                new NewUser(ActorType.TECHNICAL_DELEGATE, Set.of(), marc, null, "Marc", "Dupuis", null, "+33146421234", null))));
        assertEquals("user.email.otherOrganization", elsewhere.getMessageKey());
    }

    @Test
    void userCreationChecksPhoneAndWritesNothingWhenRefused() throws Exception {
        String jules = email("jules.verne");
        long before = db.count("User");
        NewUser badPhone = new NewUser(ActorType.AGENT, Set.of(), jules, Civility.M, "Jules", "Verne", null,
                "01 46 42", null);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> as(sophie, () -> users.create(badPhone)));
        assertEquals("user.phone.invalid", refused.getMessageKey());
        assertEquals(before, db.count("User"));
        assertEquals(0, db.outboxCount(jules), "nothing mailed for a refused creation");

        NewUser good = new NewUser(ActorType.AGENT, Set.of(), jules.replace("jules.verne", "Jules.Verne"), Civility.M,
                "Jules", "Verne", "Agent", "+33146421234", null);
        UUID id = as(sophie, () -> users.create(good));
        UserSummary created = as(sophie, () -> users.get(id));
        assertEquals(Set.of(Role.DOSSIER_MANAGE), created.roles());
        assertEquals(before + 1, db.count("User"));
        assertEquals(1, db.outboxCount(jules), "activation mail in the outbox");
        assertEquals(List.of("ACTIVATION_SENT"), db.auditTypes(jules));

        BusinessRuleException duplicate = assertThrows(BusinessRuleException.class, () -> as(sophie, () -> users.create(good)));
        assertEquals("user.email.exists", duplicate.getMessageKey());
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> users.create(good)));
    }

    @Test
    void administratorWithoutDossierRoleManagesHisUsersOnly() throws Exception {
        List<UserSummary> toulonUsers = as(paul, () -> users.search(UserFilter.none(), 0, 50)).rows();
        assertEquals(List.of("Garnier", "Roux"), toulonUsers.stream().map(UserSummary::lastName).toList());

        UUID lucasId = as(lucas, () -> users.me()).id();
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> users.get(lucasId)));
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> users.search(UserFilter.none(), 0, 10)));
    }
}
