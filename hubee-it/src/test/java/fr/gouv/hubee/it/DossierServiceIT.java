package fr.gouv.hubee.it;

import static fr.gouv.hubee.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.dossier.DossierActivityService;
import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierPage;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DossierSummary;
import fr.gouv.hubee.application.dossier.DownloadPlan;
import fr.gouv.hubee.application.dossier.DownloadService;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dossier services ({@code DossierService}, {@code DossierActivityService},
 * {@code DownloadService}) against the real database, each test on its own town halls, accounts
 * and dossiers ({@link Fixtures}): counts, lists, downloads, messages, status changes, and every
 * refusal of organisation, role and habilitation.
 */
@ExtendWith(ArquillianExtension.class)
class DossierServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return TestServer.earWith(DossierServiceIT.class);
    }

    @Inject
    DossierService dossiers;

    @Inject
    DossierActivityService activity;

    @Inject
    DownloadService downloads;

    @Inject
    TestSupport db;

    @Inject
    Fixtures fixtures;

    /** CERTDC-like (no messages), état-civil-like (messages) and a third démarche the agent is not habilitated to. */
    private Fixtures.World certdc;
    private Fixtures.World etatCivil;
    private Fixtures.World pacs;
    private UUID clamart;
    private UUID toulon;
    /** Agent of Clamart habilitated to CERTDC and état civil. */
    private String lucas;
    /** Agent of Clamart habilitated to PACS only. */
    private String chloe;
    /** Local administrator of Clamart who also instructs dossiers. */
    private String sophie;

    @BeforeEach
    void world() {
        certdc = fixtures.world("CERTDC", false);
        etatCivil = fixtures.world("ETAT CIVIL", true);
        pacs = fixtures.world("PACS", true);
        clamart = fixtures.townHall("CLAMART", certdc, etatCivil, pacs);
        toulon = fixtures.townHall("TOULON", certdc);
        lucas = fixtures.account(clamart, ActorType.AGENT, List.of(certdc.procedureId(), etatCivil.procedureId()));
        chloe = fixtures.account(clamart, ActorType.AGENT, List.of(pacs.procedureId()));
        sophie = fixtures.account(clamart, ActorType.LOCAL_ADMIN, Set.of(Role.USER_MANAGE, Role.SUBSCRIPTION_MANAGE,
                Role.DOSSIER_MANAGE), List.of());
        fixtures.account(toulon, ActorType.AGENT, List.of(certdc.procedureId()));
    }

    @Test
    void anonymousCallsAreRefusedByTheContainer() {
        assertThrows(EJBAccessException.class, () -> dossiers.countByStatus());
    }

    @Test
    void agentCountsOnlyHisOrganisationsHabilitatedDemarches() throws Exception {
        for (Fixtures.World world : List.of(certdc, etatCivil, pacs)) {
            fixtures.dossier(world, clamart, "MARTIN", CaseStatus.HUBEE_NOTIFIED, 1);
            fixtures.dossier(world, clamart, "DURAND", CaseStatus.IN_PROGRESS, 1);
        }
        fixtures.dossier(certdc, toulon, "BLANC", CaseStatus.HUBEE_NOTIFIED, 1);
        Map<PortalStatus, Long> counts = as(lucas, () -> dossiers.countByStatus());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(db.countDossiers(db.siret(clamart), List.of(certdc.procedureCode(), etatCivil.procedureCode())), total);
        assertEquals(4, total);
        assertTrue(counts.get(PortalStatus.NOUVEAU) > 0);

        DossierPage all = as(lucas, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.TRANSMITTED_DESC, 0, 100));
        assertEquals(total, all.total());
        assertTrue(all.rows().stream().map(DossierSummary::procedureCode)
                .allMatch(c -> Set.of(certdc.procedureCode(), etatCivil.procedureCode()).contains(c)));
    }

    @Test
    void agentWithoutHabilitationSeesNoneOfTheDemarche() throws Exception {
        fixtures.dossier(pacs, clamart, "MARTIN", CaseStatus.HUBEE_NOTIFIED, 1);
        UUID certdcDossier = fixtures.dossier(certdc, clamart, "DURAND", CaseStatus.HUBEE_NOTIFIED, 1);
        DossierPage page = as(chloe, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.TRANSMITTED_DESC, 0, 100));
        assertTrue(page.total() > 0);
        assertFalse(page.rows().stream().anyMatch(d -> d.procedureCode().equals(certdc.procedureCode())));
        assertThrows(AccessDeniedException.class, () -> as(chloe, () -> dossiers.get(certdcDossier)));
    }

    @Test
    void agentOfOneOrganisationGetsNothingOfAnother() throws Exception {
        UUID toulonDossier = fixtures.dossier(certdc, toulon, "BLANC", CaseStatus.HUBEE_NOTIFIED, 1);
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> dossiers.get(toulonDossier)));
        assertThrows(AccessDeniedException.class,
                () -> as(lucas, () -> dossiers.changeStatus(toulonDossier, PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(toulonDossier).getStatus());
        assertThrows(NotFoundException.class, () -> as(lucas, () -> dossiers.get(UUID.randomUUID())),
                "an unknown dossier is answered like someone else's at the edge: both hide");
    }

    @Test
    void agentOfOneOrganisationCanNeitherDownloadNorWriteOnAnotherOrganisationsDossier() throws Exception {
        UUID toulonDossier = fixtures.dossier(certdc, toulon, "BLANC", CaseStatus.HUBEE_NOTIFIED, 1);
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> downloads.prepareZip(List.of(toulonDossier))));
        UUID toulonAttachment = db.dossier(toulonDossier).getAttachments().get(0).getId();
        DownloadPlan.Entry forged = new DownloadPlan.Entry(toulonDossier, toulonAttachment, "x.pdf", "application/pdf", 1);
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> downloads.write(forged, java.io.OutputStream.nullOutputStream())));
        // Own dossier, attachment of another organisation's dossier: refused too.
        UUID own = fixtures.dossier(certdc, clamart, "MARTIN", CaseStatus.IN_PROGRESS, 1);
        DownloadPlan.Entry crossed = new DownloadPlan.Entry(own, toulonAttachment, "x.pdf", "application/pdf", 1);
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> downloads.write(crossed, java.io.OutputStream.nullOutputStream())));
        assertThrows(AccessDeniedException.class, () -> as(lucas, () -> {
            activity.addComment(toulonDossier, "test");
            return null;
        }));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(toulonDossier).getStatus());
        DossierPage all = as(lucas, () -> dossiers.list(DossierFilter.ofStatus(null), DossierSort.UPDATED_DESC, 0, 100));
        assertFalse(all.rows().stream().anyMatch(r -> r.id().equals(toulonDossier)));
    }

    @Test
    void downloadingStreamsTheContentRecordsTheEventAndStartsProcessing() throws Exception {
        UUID id = fixtures.dossier(etatCivil, clamart, "MARTIN", CaseStatus.SI_RECEIVED, 2);
        DownloadPlan plan = as(lucas, () -> downloads.prepareZip(List.of(id)));
        assertEquals(2, plan.entries().size());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long written = as(lucas, () -> downloads.write(plan.entries().get(0), out));
        assertEquals(plan.entries().get(0).size(), written);
        assertEquals(written, out.size());
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(id).getStatus());
        List<EventActionType> actions = db.events(id).stream().map(Event::getActionType).toList();
        assertTrue(actions.subList(0, 2).containsAll(List.of(EventActionType.ATTACH_DL_ALL, EventActionType.STATUS_UPDATE)), actions.toString());
        assertThrows(AccessDeniedException.class, () -> as(chloe, () -> downloads.prepareZip(List.of(id))), "no habilitation");
    }

    @Test
    void singleDownloadsStartProcessingOnlyOnceEveryAttachmentWasDownloaded() throws Exception {
        UUID id = fixtures.dossier(certdc, clamart, "MARTIN", CaseStatus.SI_RECEIVED, 2);
        List<UUID> attachments = db.dossier(id).getAttachments().stream().map(a -> a.getId()).toList();
        assertEquals(2, attachments.size());
        as(lucas, () -> downloads.prepareAttachment(id, attachments.get(0)));
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus(), "one of two attachments: no change yet");
        as(lucas, () -> downloads.prepareAttachment(id, attachments.get(0)));
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus(), "the same one again: still not all");
        as(lucas, () -> downloads.prepareAttachment(id, attachments.get(1)));
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(id).getStatus());
    }

    @Test
    void messagesOnlyWhereTheDemarcheAllowsThemAndCommentsAreNeverNotified() throws Exception {
        UUID certdcDossier = fixtures.dossier(certdc, clamart, "MARTIN", CaseStatus.IN_PROGRESS, 1);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> as(lucas, () -> activity.sendMessage(certdcDossier, "Bonjour")));
        assertEquals("dossier.message.notAllowed", refused.getMessageKey());
        BusinessRuleException tooLong = assertThrows(BusinessRuleException.class,
                () -> as(lucas, () -> activity.addComment(certdcDossier, "x".repeat(501))));
        assertEquals("dossier.comment.tooLong", tooLong.getMessageKey());
        long notificationsBefore = db.notificationsFor(certdcDossier, certdc.operatorCode());
        as(lucas, () -> activity.addComment(certdcDossier, "x".repeat(500)));
        assertEquals(notificationsBefore, db.notificationsFor(certdcDossier, certdc.operatorCode()), "an internal comment is never sent");

        UUID etatCivilDossier = fixtures.dossier(etatCivil, clamart, "DURAND", CaseStatus.IN_PROGRESS, 1);
        long before = db.notificationsFor(etatCivilDossier, etatCivil.operatorCode());
        as(lucas, () -> activity.sendMessage(etatCivilDossier, "Votre acte est prêt."));
        assertEquals(before + 1, db.notificationsFor(etatCivilDossier, etatCivil.operatorCode()));
        BusinessRuleException type = assertThrows(BusinessRuleException.class, () -> as(lucas, () -> activity.upload(etatCivilDossier,
                "photo.png", "image/png", 10, new java.io.ByteArrayInputStream(new byte[10]))));
        assertEquals("dossier.upload.type", type.getMessageKey());
        UUID deposited = as(lucas, () -> activity.upload(etatCivilDossier, "acte.pdf", "application/pdf", 5,
                new java.io.ByteArrayInputStream("%PDF-".getBytes())));
        assertTrue(as(lucas, () -> dossiers.get(etatCivilDossier)).attachments().stream()
                .anyMatch(a -> a.id().equals(deposited) && a.deposited()));
        assertEquals(before + 2, db.notificationsFor(etatCivilDossier, etatCivil.operatorCode()),
                "the deposit is sent with its file: the operator is told once");
    }

    @Test
    void consultationRoleReadsButNeitherAcknowledgesNorDownloadsNorChanges() throws Exception {
        String reader = fixtures.account(clamart, ActorType.AGENT, Set.of(Role.DOSSIER_VIEW), List.of(certdc.procedureId()));
        UUID id = fixtures.dossier(certdc, clamart, "MARTIN", CaseStatus.HUBEE_NOTIFIED, 1);
        var detail = as(reader, () -> dossiers.get(id));
        assertFalse(detail.canManage());
        assertEquals(List.of(), detail.allowedTargets());
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> dossiers.acknowledge(id)));
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> downloads.prepareZip(List.of(id))));
        assertThrows(AccessDeniedException.class, () -> as(reader, () -> dossiers.changeStatus(id, PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(id).getStatus());
    }

    @Test
    void bulkStatusChangeIsAllOrNothing() throws Exception {
        UUID received = fixtures.dossier(certdc, clamart, "MARTIN", CaseStatus.SI_RECEIVED, 1);
        UUID inProgress = fixtures.dossier(certdc, clamart, "DURAND", CaseStatus.IN_PROGRESS, 1);
        BusinessRuleException mixed = assertThrows(BusinessRuleException.class,
                () -> as(lucas, () -> dossiers.changeStatus(List.of(received, inProgress), PortalStatus.TRAITE, null)));
        assertEquals("dossier.status.mixed", mixed.getMessageKey());
        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(received).getStatus());
        assertEquals(CaseStatus.IN_PROGRESS, db.dossier(inProgress).getStatus());
        UUID toulonDossier = fixtures.dossier(certdc, toulon, "BLANC", CaseStatus.HUBEE_NOTIFIED, 1);
        UUID clamartNew = fixtures.dossier(certdc, clamart, "PETIT", CaseStatus.HUBEE_NOTIFIED, 1);
        assertThrows(AccessDeniedException.class,
                () -> as(lucas, () -> dossiers.changeStatus(List.of(clamartNew, toulonDossier), PortalStatus.RECU, null)));
        assertEquals(CaseStatus.HUBEE_NOTIFIED, db.dossier(clamartNew).getStatus(), "nothing written when one is refused");
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        fixtures.dossier(etatCivil, clamart, "LEFÈVRE", CaseStatus.HUBEE_NOTIFIED, 1);
        fixtures.dossier(etatCivil, clamart, "LEFORT", CaseStatus.HUBEE_NOTIFIED, 1);
        DossierPage page = as(sophie, () -> dossiers.list(new DossierFilter(null, Set.of(), null, null, "LEFEVRE"),
                DossierSort.TRANSMITTED_DESC, 0, 100));
        assertTrue(page.total() > 0);
        assertTrue(page.rows().stream().allMatch(r -> r.applicant().startsWith("LEFÈVRE")), page.rows().toString());
    }

    @Test
    void statusChangeFollowsTheMachineRecordsTheEventAndNotifiesTheOperator() throws Exception {
        UUID id = fixtures.dossier(etatCivil, clamart, "MARTIN", CaseStatus.HUBEE_NOTIFIED, 1);
        assertThrows(BusinessRuleException.class, () -> as(lucas, () -> dossiers.changeStatus(id, PortalStatus.TRAITE, null)));
        assertThrows(BusinessRuleException.class, () -> as(lucas, () -> dossiers.changeStatus(id, PortalStatus.CLOS, null)));
        int eventsBefore = db.events(id).size();

        as(lucas, () -> dossiers.changeStatus(id, PortalStatus.RECU, "Pièces reçues"));

        assertEquals(CaseStatus.SI_RECEIVED, db.dossier(id).getStatus());
        assertEquals(as(lucas, () -> dossiers.get(id)).summary().updatedBy(), db.dossier(id).getUpdatedBy());
        assertEquals("Jeanne FIXTURE", db.dossier(id).getUpdatedBy());
        List<Event> events = db.events(id);
        assertEquals(eventsBefore + 1, events.size());
        Event last = events.get(0);
        assertEquals(EventActionType.STATUS_UPDATE, last.getActionType());
        assertEquals(CaseStatus.HUBEE_NOTIFIED, last.getCaseCurrentStatus());
        assertEquals(CaseStatus.SI_RECEIVED, last.getCaseNewStatus());
        assertEquals("Pièces reçues", last.getMessage());
        assertEquals(1, db.notificationsFor(id, etatCivil.operatorCode()));
        assertEquals(List.of(PortalStatus.EN_COURS, PortalStatus.REFUSE, PortalStatus.EN_ATTENTE, PortalStatus.TRAITE),
                as(lucas, () -> dossiers.get(id)).allowedTargets());
    }

    @Test
    void administratorWithoutDossierRoleIsRefusedDossiers() throws Exception {
        String paul = fixtures.account(toulon, ActorType.LOCAL_ADMIN, List.of());
        assertThrows(AccessDeniedException.class, () -> as(paul, () -> dossiers.countByStatus()));
    }
}
