package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.BusinessRuleException;
import fr.gouv.hubee.application.dossier.DossierPage;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DossierActivityService;
import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierSummary;
import fr.gouv.hubee.application.dossier.DownloadPlan;
import fr.gouv.hubee.application.dossier.DownloadService;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.application.subscription.SubscriptionService;
import fr.gouv.hubee.application.subscription.SubscriptionSummary;
import fr.gouv.hubee.application.security.LoginOutcome;
import fr.gouv.hubee.application.security.LoginService;
import fr.gouv.hubee.application.user.NewUser;
import fr.gouv.hubee.application.user.UserFilter;
import fr.gouv.hubee.application.user.UserPage;
import fr.gouv.hubee.application.user.UserUpdate;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.application.user.UserSummary;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services against the real database, called as the demo users: persistence through the
 * services, and every refusal of organisation, role and habilitation.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    static final String CLAMART = "21920023500014";
    static final String TOULON = "21830137200015";
    static final String LUCAS = "lucas.petit@mairie-clamart.test";
    static final String CHLOE = "chloe.moreau@mairie-clamart.test";
    static final String SOPHIE = "sophie.bernard@mairie-clamart.test";
    static final String PAUL = "paul.garnier@mairie-toulon.test";
    static final String MARC = "marc.dupuis@logiciels-mairies.test";

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(ServicesIT.class);
    }

    @Inject
    DossierService dossiers;

    @Inject
    UserService users;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    TestSupport db;

    @Inject
    DownloadService downloads;

    @Inject
    DossierActivityService activity;

    @Inject
    LoginService logins;

    @Test
    void anonymousCallsAreRefusedByTheContainer() {
        assertThrows(EJBAccessException.class, () -> dossiers.countByStatus());
        assertThrows(EJBAccessException.class, () -> users.me());
    }

    @Test
    void agentCountsOnlyHisOrganisationsHabilitatedDemarches() throws Exception {
        Map<PortalStatus, Long> counts = as(LUCAS, () -> dossiers.countByStatus());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(db.countDossiers(CLAMART, List.of("CERTDC", "EtatCivil")), total);
        assertTrue(counts.get(PortalStatus.NOUVEAU) > 0);

        DossierPage all = as(LUCAS, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.TRANSMITTED_DESC, 0, 100));
        assertEquals(total, all.total());
        assertTrue(all.rows().stream().map(DossierSummary::procedureCode).allMatch(c -> Set.of("CERTDC", "EtatCivil").contains(c)));
    }

    @Test
    void agentWithoutHabilitationSeesNoneOfTheDemarche() throws Exception {
        DossierPage page = as(CHLOE, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.TRANSMITTED_DESC, 0, 100));
        assertTrue(page.total() > 0);
        assertFalse(page.rows().stream().anyMatch(d -> d.procedureCode().equals("CERTDC")));
        UUID certdc = db.dossierId(CLAMART, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        assertThrows(AccessDeniedException.class, () -> as(CHLOE, () -> dossiers.get(certdc)));
    }

    @Test
    void agentOfOneOrganisationGetsNothingOfAnother() throws Exception {
        UUID toulonDossier = db.dossierId(TOULON, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> dossiers.get(toulonDossier)));
        assertThrows(AccessDeniedException.class,
                () -> as(LUCAS, () -> dossiers.changeStatus(toulonDossier, PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(toulonDossier).getStatus());
    }

    @Test
    void agentOfOneOrganisationCanNeitherDownloadNorWriteOnAnotherOrganisationsDossier() throws Exception {
        UUID toulonDossier = db.dossierId(TOULON, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> downloads.prepareZip(List.of(toulonDossier))));
        UUID toulonAttachment = db.dossier(toulonDossier).getAttachments().get(0).getId();
        DownloadPlan.Entry forged = new DownloadPlan.Entry(toulonDossier, toulonAttachment, "x.pdf", "application/pdf", 1);
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> downloads.write(forged, java.io.OutputStream.nullOutputStream())));
        // Own dossier, attachment of another organisation's dossier: refused too.
        UUID own = db.dossierId(CLAMART, "CERTDC", CaseStatus.IN_PROGRESS);
        DownloadPlan.Entry crossed = new DownloadPlan.Entry(own, toulonAttachment, "x.pdf", "application/pdf", 1);
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> downloads.write(crossed, java.io.OutputStream.nullOutputStream())));
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> {
            activity.addComment(toulonDossier, "test");
            return null;
        }));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(toulonDossier).getStatus());
        DossierPage all = as(LUCAS, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.UPDATED_DESC, 0, 100));
        assertFalse(all.rows().stream().anyMatch(r -> r.id().equals(toulonDossier)));
    }

    @Test
    void downloadingStreamsTheContentRecordsTheEventAndStartsProcessing() throws Exception {
        UUID id = db.dossierId(CLAMART, "EtatCivil", CaseStatus.SI_RECEIVED);
        DownloadPlan plan = as(LUCAS, () -> downloads.prepareZip(List.of(id)));
        assertEquals(2, plan.entries().size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long written = as(LUCAS, () -> downloads.write(plan.entries().get(0), out));
        assertEquals(plan.entries().get(0).size(), written);
        assertEquals(written, out.size());
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(id).getStatus());
        List<EventActionType> actions = db.events(id).stream().map(Event::getActionType).toList();
        assertTrue(actions.subList(0, 2).containsAll(List.of(EventActionType.ATTACH_DL_ALL, EventActionType.STATUS_UPDATE)), actions.toString());
        assertThrows(AccessDeniedException.class, () -> as(CHLOE, () -> downloads.prepareZip(List.of(id))), "no habilitation");
    }

    @Test
    void singleDownloadsStartProcessingOnlyOnceEveryAttachmentWasDownloaded() throws Exception {
        UUID id = db.dossierId(CLAMART, "CERTDC", CaseStatus.SI_RECEIVED);
        List<UUID> attachments = db.dossier(id).getAttachments().stream().map(a -> a.getId()).toList();
        assertEquals(2, attachments.size());
        as(LUCAS, () -> downloads.prepareAttachment(id, attachments.get(0)));
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus(), "one of two attachments: no change yet");
        as(LUCAS, () -> downloads.prepareAttachment(id, attachments.get(0)));
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus(), "the same one again: still not all");
        as(LUCAS, () -> downloads.prepareAttachment(id, attachments.get(1)));
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(id).getStatus());
    }

    @Test
    void messagesOnlyWhereTheDemarcheAllowsThemAndCommentsAreNeverNotified() throws Exception {
        UUID certdc = db.dossierId(CLAMART, "CERTDC", CaseStatus.IN_PROGRESS);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> as(LUCAS, () -> activity.sendMessage(certdc, "Bonjour")));
        assertEquals("dossier.message.notAllowed", refused.getMessageKey());
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                () -> as(LUCAS, () -> activity.addComment(certdc, "x".repeat(501))));
        assertEquals("dossier.comment.tooLong", tooLong.getMessageKey());
        long notificationsBefore = db.notificationsFor(certdc, "DGS");
        as(LUCAS, () -> activity.addComment(certdc, "x".repeat(500)));
        assertEquals(notificationsBefore, db.notificationsFor(certdc, "DGS"), "an internal comment is never sent");

        UUID etatCivil = db.dossierId(CLAMART, "EtatCivil", CaseStatus.IN_PROGRESS);
        long before = db.notificationsFor(etatCivil, "DILA");
        as(LUCAS, () -> activity.sendMessage(etatCivil, "Votre acte est prêt."));
        assertEquals(before + 1, db.notificationsFor(etatCivil, "DILA"));
        BusinessRuleException type = assertThrows(BusinessRuleException.class, () -> as(LUCAS, () -> activity.upload(etatCivil,
                "photo.png", "image/png", 10, new java.io.ByteArrayInputStream(new byte[10]))));
        assertEquals("dossier.upload.type", type.getMessageKey());
        UUID deposited = as(LUCAS, () -> activity.upload(etatCivil, "acte.pdf", "application/pdf", 5,
                new java.io.ByteArrayInputStream("%PDF-".getBytes())));
        assertTrue(as(LUCAS, () -> dossiers.get(etatCivil)).attachments().stream().anyMatch(a -> a.id().equals(deposited) && a.deposited()));
    }

    @Test
    void consultationRoleReadsButNeitherAcknowledgesNorDownloadsNorChanges() throws Exception {
        String reader = "rose.lecture@mairie-clamart.test";
        as(SOPHIE, () -> users.create(new NewUser(ActorType.AGENT, Set.of(db.procedureId("CERTDC")), reader, Civility.MME,
                "Rose", "Lecture", null, "+33146421234", null)));
        db.setRoles(reader, Set.of(Role.DOSSIER_VIEW));
        UUID id = db.dossierId(CLAMART, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        var detail = as(reader, () -> dossiers.get(id));
        assertFalse(detail.canManage());
        assertEquals(List.of(), detail.allowedTargets());
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> dossiers.acknowledge(id)));
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> downloads.prepareZip(List.of(id))));
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> dossiers.changeStatus(id, PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(id).getStatus());
    }

    @Test
    void userListFiltersAddUpAndPageInTheDatabase() throws Exception {
        UserPage all = as(SOPHIE, () -> users.search(UserFilter.none(), 0, 100));
        assertTrue(all.total() >= 3);
        UserPage agents = as(SOPHIE, () -> users.search(new UserFilter(ActorType.AGENT, null, null, null), 0, 100));
        assertTrue(agents.rows().stream().allMatch(u -> u.actorType() == ActorType.AGENT));
        assertTrue(agents.total() < all.total());
        UserPage managers = as(SOPHIE, () -> users.search(new UserFilter(null, Role.DOSSIER_VIEW, null, null), 0, 100));
        assertTrue(managers.rows().stream().anyMatch(u -> u.lastName().equals("Bernard")), "a manage role matches its view filter");
        UUID qf = db.procedureId("FormulaireQF");
        UserPage habilitated = as(SOPHIE, () -> users.search(new UserFilter(null, null, qf, null), 0, 100));
        assertEquals(List.of("Moreau"), habilitated.rows().stream().map(UserSummary::lastName).toList());
        UserPage byName = as(SOPHIE, () -> users.search(new UserFilter(ActorType.AGENT, null, null, "MOREAU"), 0, 100));
        assertEquals(List.of("Moreau"), byName.rows().stream().map(UserSummary::lastName).toList());
        UserPage oneLetter = as(SOPHIE, () -> users.search(new UserFilter(null, null, null, "m"), 0, 100));
        assertEquals(all.total(), oneLetter.total(), "the name filter starts at 2 characters");
        UserPage firstPage = as(SOPHIE, () -> users.search(UserFilter.none(), 0, 2));
        assertEquals(2, firstPage.rows().size());
        assertEquals(all.total(), firstPage.total());
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> users.search(UserFilter.none(), 0, 10)));
        assertFalse(as(PAUL, () -> users.search(UserFilter.none(), 0, 100)).rows().stream()
                .anyMatch(u -> u.lastName().equals("Bernard")), "only one's own organisation");
    }

    @Test
    void deactivationRefusesLoginReactivationRestoresItAndTheLastAdminStays() throws Exception {
        String email = "camille.sortie@mairie-clamart.test";
        UUID id = as(SOPHIE, () -> users.create(new NewUser(ActorType.AGENT, Set.of(), email, Civility.MME,
                "Camille", "Sortie", null, "+33146421234", null)));
        db.setPassword(email, "Camille-2026!");
        as(SOPHIE, () -> users.setActive(id, false));
        assertEquals(LoginOutcome.Status.INACTIVE, logins.login(email, "Camille-2026!".toCharArray(), "10.1.1.1").status());
        as(SOPHIE, () -> users.setActive(id, true));
        assertEquals(LoginOutcome.Status.SUCCESS, logins.login(email, "Camille-2026!".toCharArray(), "10.1.1.1").status());

        UUID paul = as(PAUL, () -> users.me()).id();
        BusinessRuleException last = assertThrows(BusinessRuleException.class, () -> as(PAUL, () -> users.setActive(paul, false)));
        assertEquals("user.lastAdmin", last.getMessageKey());
        assertTrue(as(PAUL, () -> users.hasSingleLocalAdministrator()));
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.setActive(id, false)), "another organisation");
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> users.setActive(id, false)), "no user role");
    }

    @Test
    void editingChecksPhonesReplacesRolesAndHabilitationsAndKeepsOneAdministrator() throws Exception {
        String email = "denise.edition@mairie-clamart.test";
        UUID id = as(SOPHIE, () -> users.create(new NewUser(ActorType.AGENT, Set.of(db.procedureId("EtatCivil")), email,
                Civility.MME, "Denise", "Edition", null, "+33146421234", null)));
        UUID certdc = db.procedureId("CERTDC");
        UUID pacs = db.procedureId("depotDossierPACS");
        UserUpdate badPhone = new UserUpdate(Civility.MME, "Denise", "Édition", "Agent", "01.46.42.12.34", null,
                ActorType.AGENT, Set.of(Role.DOSSIER_MANAGE), Set.of(certdc));
        assertEquals("user.phone.invalid", assertThrows(BusinessRuleException.class,
                () -> as(SOPHIE, () -> users.update(id, badPhone))).getMessageKey());
        assertEquals(List.of("Demande d'acte d'état civil (AEC)"), as(SOPHIE, () -> users.get(id)).habilitations(),
                "nothing written when refused");

        as(SOPHIE, () -> users.update(id, new UserUpdate(Civility.MME, "Denise", "Édition", "Agent d'accueil", null,
                "+33612345678", ActorType.AGENT, Set.of(Role.DOSSIER_VIEW, Role.USER_VIEW), Set.of(certdc, pacs))));
        UserSummary edited = as(SOPHIE, () -> users.get(id));
        assertEquals("Édition", edited.lastName());
        assertEquals(Set.of(Role.DOSSIER_VIEW, Role.USER_VIEW), edited.roles());
        assertEquals(Set.of("Certificat de décès électronique", "Dépôt de dossier PACS (DDPACS)"), Set.copyOf(edited.habilitations()));
        UserPage byAccentlessName = as(SOPHIE, () -> users.search(new UserFilter(null, null, null, "edit"), 0, 10));
        assertEquals(List.of("Édition"), byAccentlessName.rows().stream().map(UserSummary::lastName).toList());

        UUID paul = as(PAUL, () -> users.me()).id();
        UserUpdate demote = new UserUpdate(Civility.M, "Paul", "Garnier", null, "+33146421234", null, ActorType.AGENT,
                Set.of(Role.DOSSIER_MANAGE), Set.of());
        assertEquals("user.lastAdmin", assertThrows(BusinessRuleException.class,
                () -> as(PAUL, () -> users.update(paul, demote))).getMessageKey());
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.update(id, demote)), "another organisation");
    }

    @Test
    void functionalMailboxesAndAccountsOfOtherOrganisationsAreNotCreated() throws Exception {
        BusinessRuleException functional = assertThrows(BusinessRuleException.class, () -> as(SOPHIE, () -> users.create(
                new NewUser(ActorType.AGENT, Set.of(), "accueil@mairie-clamart.test", null, "Accueil", "Mairie", null,
                        "+33146421234", null))));
        assertEquals("user.email.functional", functional.getMessageKey());
        BusinessRuleException elsewhere = assertThrows(BusinessRuleException.class, () -> as(SOPHIE, () -> users.create(
                new NewUser(ActorType.TECHNICAL_DELEGATE, Set.of(), MARC, null, "Marc", "Dupuis", null, "+33146421234", null))));
        assertEquals("user.email.otherOrganization", elsewhere.getMessageKey());
    }

    @Test
    void bulkStatusChangeIsAllOrNothing() throws Exception {
        UUID received = db.dossierId(CLAMART, "CERTDC", CaseStatus.SI_RECEIVED);
        UUID inProgress = db.dossierId(CLAMART, "CERTDC", CaseStatus.IN_PROGRESS);
        BusinessRuleException mixed = assertThrows(BusinessRuleException.class,
                () -> as(LUCAS, () -> dossiers.changeStatus(List.of(received, inProgress), PortalStatus.TRAITE, null)));
        assertEquals("dossier.status.mixed", mixed.getMessageKey());
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(received).getStatus());
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(inProgress).getStatus());
        UUID toulon = db.dossierId(TOULON, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        UUID clamartNew = db.dossierId(CLAMART, "CERTDC", CaseStatus.HUBEE_NOTIFIED);
        assertThrows(AccessDeniedException.class,
                () -> as(LUCAS, () -> dossiers.changeStatus(List.of(clamartNew, toulon), PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(clamartNew).getStatus(), "nothing written when one is refused");
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        DossierPage page = as(SOPHIE, () -> dossiers.list(new DossierFilter(null, Set.of(), null, null, "LEFEVRE"), DossierSort.TRANSMITTED_DESC, 0, 100));
        assertTrue(page.total() > 0);
        assertTrue(page.rows().stream().allMatch(r -> r.applicant().startsWith("LEFÈVRE")), page.rows().toString());
    }

    @Test
    void statusChangeFollowsTheMachineRecordsTheEventAndNotifiesTheOperator() throws Exception {
        UUID id = db.dossierId(CLAMART, "EtatCivil", CaseStatus.HUBEE_NOTIFIED);
        assertThrows(BusinessRuleException.class, () -> as(LUCAS, () -> dossiers.changeStatus(id, PortalStatus.TRAITE, null)));
        assertThrows(BusinessRuleException.class, () -> as(LUCAS, () -> dossiers.changeStatus(id, PortalStatus.CLOS, null)));
        int eventsBefore = db.events(id).size();

        as(LUCAS, () -> dossiers.changeStatus(id, PortalStatus.RECU, "Pièces reçues"));

        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus());
        assertEquals("Lucas PETIT", db.dossier(id).getUpdatedBy());
        List<Event> events = db.events(id);
        assertEquals(eventsBefore + 1, events.size());
        Event last = events.get(0);
        assertEquals(EventActionType.STATUS_UPDATE, last.getActionType());
        assertEquals(CaseStatus.HUBEE_NOTIFIED, last.getCaseCurrentStatus());
        assertEquals(CaseStatus.SI_RECEIVED, last.getCaseNewStatus());
        assertEquals("Pièces reçues", last.getMessage());
        assertEquals(1, db.notificationsFor(id, "DILA"));
        assertEquals(List.of(PortalStatus.EN_COURS, PortalStatus.REFUSE, PortalStatus.EN_ATTENTE, PortalStatus.TRAITE),
                as(LUCAS, () -> dossiers.get(id)).allowedTargets());
    }

    @Test
    void administratorWithoutDossierRoleIsRefusedDossiersButManagesHisUsers() throws Exception {
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> dossiers.countByStatus()));
        List<UserSummary> toulonUsers = as(PAUL, () -> users.search(UserFilter.none(), 0, 50)).rows();
        assertEquals(List.of("Garnier", "Roux"), toulonUsers.stream().map(UserSummary::lastName).toList());

        UUID lucasId = as(LUCAS, () -> users.me()).id();
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> users.get(lucasId)));
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> users.search(UserFilter.none(), 0, 10)));
    }

    @Test
    void userCreationChecksPhoneAndWritesNothingWhenRefused() throws Exception {
        long before = db.count("User");
        NewUser badPhone = new NewUser(ActorType.AGENT, Set.of(), "jules.verne@mairie-clamart.test", Civility.M,
                "Jules", "Verne", null, "01 46 42 12 34", null);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> as(SOPHIE, () -> users.create(badPhone)));
        assertEquals("user.phone.invalid", refused.getMessageKey());
        assertEquals(before, db.count("User"));
        assertEquals(0, db.outboxCount("jules.verne@mairie-clamart.test"), "nothing mailed for a refused creation");

        NewUser good = new NewUser(ActorType.AGENT, Set.of(), "Jules.Verne@mairie-clamart.test", Civility.M,
                "Jules", "Verne", "Agent", "+33146421234", null);
        UUID id = as(SOPHIE, () -> users.create(good));
        UserSummary created = as(SOPHIE, () -> users.get(id));
        assertEquals(Set.of(Role.DOSSIER_MANAGE), created.roles());
        assertEquals(before + 1, db.count("User"));
        assertEquals(1, db.outboxCount("jules.verne@mairie-clamart.test"), "activation mail in the outbox");
        assertEquals(List.of("ACTIVATION_SENT"), db.auditTypes("jules.verne@mairie-clamart.test"));

        BusinessRuleException duplicate = assertThrows(BusinessRuleException.class, () -> as(SOPHIE, () -> users.create(good)));
        assertEquals("user.email.exists", duplicate.getMessageKey());
        assertThrows(AccessDeniedException.class, () -> as(LUCAS, () -> users.create(good)));
    }

    @Test
    void technicalDelegateSeesExactlyTheSubscriptionsDelegatedToHimAcrossOrganisations() throws Exception {
        List<SubscriptionSummary> mine = as(MARC, () -> subscriptions.listMine());
        assertEquals(Set.of("COMMUNE DE CLAMART/JeChangeDeCoordonnees", "COMMUNE DE TOULON/EtatCivil"),
                Set.copyOf(mine.stream().map(s -> s.organization() + "/" + s.procedureCode()).toList()));

        List<SubscriptionSummary> clamart = as(SOPHIE, () -> subscriptions.listMine());
        assertEquals(7, clamart.size());
        UUID clamartCertdc = clamart.stream().filter(s -> s.procedureCode().equals("CERTDC")).findFirst().orElseThrow().id();
        assertThrows(AccessDeniedException.class, () -> as(PAUL, () -> subscriptions.get(clamartCertdc)));
        assertThrows(AccessDeniedException.class, () -> as(MARC, () -> subscriptions.get(clamartCertdc)));
    }
}
