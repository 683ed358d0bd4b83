package fr.gouv.hubee.domain.model.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The télédossier aggregate: every status × every target, for an agent in the portal and for each
 * side's software through the API; what each action leaves (event, author, notification) and what
 * it refuses.
 */
class DossierTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final Organization operator = operator();
    private final Organization townHall = new Organization(OrganizationType.SI, "21920023500014", "92023", "CLAMART");
    private final Organization dinum = new Organization(OrganizationType.ADMIN, "13002526500013", "00000", "DINUM");
    private final User agent = new User(townHall, "lucas.petit@mairie-clamart.test", "Lucas", "Petit",
            ActorType.AGENT, Set.of());

    private static Organization operator() {
        Organization dila = new Organization(OrganizationType.OSL, "13000918600011", "75107", "DILA");
        dila.setCode("DILA");
        return dila;
    }

    /** A case of a completed folder, in {@code status} (set as the operator's software could). */
    private Dossier dossier(CaseStatus status) {
        Dossier dossier = pending();
        dossier.getFolder().changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, SENT_AT);
        if (status != CaseStatus.HUBEE_NOTIFIED) {
            dossier.changeStatusWithoutEvent(Actor.software(Side.ADMIN, null, null), status, SENT_AT);
        }
        return dossier;
    }

    private Dossier pending() {
        Procedure procedure = new Procedure("EtatCivil", "Demande d'acte d'état civil", operator, 5_000_000);
        procedure.configureAttachments("application/pdf", "Formulaire", "application/pdf");
        Folder folder = new Folder(procedure, operator, "DILA-1", new Applicant("Zoé", "Bécaud", null), null);
        return folder.addCase(townHall, "DILA-1-01");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "HUBEE_RECEIVED", mode = EnumSource.Mode.EXCLUDE)
    void anAgentMovesADossierExactlyWhereTheGuidesStatusMachineAllows(CaseStatus from) {
        for (PortalStatus target : PortalStatus.values()) {
            Dossier dossier = dossier(from);
            CaseStatus to = target.targetCaseStatus();
            boolean allowed = PortalStatusMachine.targetsFrom(from.portalStatus()).contains(target);
            if (allowed) {
                Event event = dossier.changeStatus(Actor.agent(agent), to, true, NOW);
                assertEquals(to, dossier.getStatus(), from + " → " + target);
                assertEquals(from, event.getCaseCurrentStatus());
                assertEquals(to, event.getCaseNewStatus());
                assertEquals("Lucas PETIT", event.getAuthor());
                assertEquals(agent, event.getAuthorUser());
                assertEquals(townHall, event.getTransmitter());
                assertTrue(event.notifiesNow(), "the operator hears of it");
                assertEquals(operator, event.counterpart());
                assertEquals("Lucas PETIT", dossier.getUpdatedBy());
            } else {
                BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                        () -> dossier.changeStatus(Actor.agent(agent), to, true, NOW), from + " → " + target);
                assertEquals("dossier.status.notAllowed", refused.getMessageKey());
                assertEquals(from, dossier.getStatus(), "nothing changed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "HUBEE_RECEIVED", mode = EnumSource.Mode.EXCLUDE)
    void softwareSetsAnyStatusSaveClosingAndReopeningWhichAreTheOperators(CaseStatus from) {
        Set<CaseStatus> operatorsOnly = EnumSet.of(CaseStatus.CLOSED, CaseStatus.HUBEE_NOTIFIED);
        for (CaseStatus to : CaseStatus.values()) {
            for (Side side : Side.values()) {
                Dossier dossier = dossier(from);
                boolean allowed = to != CaseStatus.HUBEE_RECEIVED && !(side == Side.RECIPIENT && operatorsOnly.contains(to));
                if (allowed) {
                    assertEquals(from, dossier.changeStatusWithoutEvent(Actor.software(side, null, null), to, NOW));
                    assertEquals(to, dossier.getStatus());
                } else {
                    assertThrows(BusinessRuleException.class,
                            () -> dossier.changeStatusWithoutEvent(Actor.software(side, null, null), to, NOW),
                            side + ": " + from + " → " + to);
                    assertEquals(from, dossier.getStatus());
                }
            }
        }
    }

    @Test
    void aCaseWhoseFolderIsNotCompletedTakesNeitherStatusNorEvent() {
        Dossier dossier = pending();
        for (Side side : Side.values()) {
            BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                    () -> dossier.changeStatus(Actor.software(side, null, null), CaseStatus.IN_PROGRESS, true, NOW));
            assertTrue(refused.getDetail().startsWith("The folder is HUBEE_RECEIVED"), refused.getDetail());
            assertThrows(BusinessRuleException.class,
                    () -> dossier.record(Actor.software(side, null, null), EventActionType.SENDING_MESSAGE, true, NOW));
        }
        assertThrows(BusinessRuleException.class,
                () -> dossier.changeStatus(Actor.agent(agent), CaseStatus.SI_RECEIVED, true, NOW));
        assertEquals(CaseStatus.HUBEE_RECEIVED, dossier.getStatus());
        assertFalse(dossier.isTransmitted());
    }

    @Test
    void theOperatorsChangesAreNewsForTheRecipientAndTheRecipientsAreNot() {
        Dossier dossier = dossier(CaseStatus.HUBEE_NOTIFIED);
        assertEquals(SENT_AT, dossier.getOperatorChangedAt(), "transmission");
        dossier.changeStatus(Actor.agent(agent), CaseStatus.SI_RECEIVED, true, NOW);
        assertEquals(SENT_AT, dossier.getOperatorChangedAt());
        assertEquals(NOW, dossier.getAcknowledgedAt(), "first taken out of Nouveau");
        Instant later = NOW.plusSeconds(60);
        Event closing = dossier.changeStatus(Actor.software(Side.OPERATOR, null, null), CaseStatus.CLOSED, true, later);
        assertEquals(later, dossier.getOperatorChangedAt());
        assertEquals(later, dossier.getClosedAt());
        assertEquals("DILA", closing.getAuthor(), "the operator's code signs what its software wrote");
        assertEquals(townHall, closing.counterpart());
        assertEquals(NOW, dossier.getAcknowledgedAt(), "kept");
    }

    @Test
    void theAdministrationWritesForTheOperatorUnderItsOwnNameWhenItHasOne() {
        Dossier dossier = dossier(CaseStatus.IN_PROGRESS);
        Event withName = dossier.record(Actor.software(Side.ADMIN, dinum, null), EventActionType.SENDING_MESSAGE, true, NOW);
        assertEquals(dinum, withName.getTransmitter());
        assertEquals("DINUM", withName.getAuthor());
        assertEquals(townHall, withName.counterpart());
        Event forOperator = dossier.record(Actor.software(Side.ADMIN, null, "Agent DILA"), EventActionType.SENDING_MESSAGE,
                true, NOW);
        assertEquals(operator, forOperator.getTransmitter());
        assertEquals("Agent DILA", forOperator.getAuthor(), "the declared author");
    }

    @Test
    void theRecipientsCommentIsInternalAndADownloadIsOnlyARead() {
        Dossier dossier = dossier(CaseStatus.IN_PROGRESS);
        Event comment = dossier.record(Actor.agent(agent), EventActionType.COM_ADD, true, NOW);
        assertFalse(comment.isNotification(), "never sent to the operator");
        assertFalse(comment.isVisibleTo(Side.OPERATOR));
        assertTrue(comment.isVisibleTo(Side.RECIPIENT));
        assertEquals(NOW, dossier.getUpdatedAt());

        Dossier other = dossier(CaseStatus.IN_PROGRESS);
        Instant untouched = other.getUpdatedAt();
        Event download = other.record(Actor.agent(agent), EventActionType.ATTACH_DL_ALL, true, NOW);
        assertTrue(download.isNotification());
        assertEquals(untouched, other.getUpdatedAt(), "reading changes nothing");

        Event operatorComment = dossier.record(Actor.software(Side.OPERATOR, null, null), EventActionType.COM_ADD, true, NOW);
        assertTrue(operatorComment.isNotification(), "only the recipient's comments are internal");
        assertThrows(IllegalArgumentException.class,
                () -> dossier.record(Actor.agent(agent), EventActionType.STATUS_UPDATE, true, NOW));
    }

    @Test
    void aDownloadNamesItsFileAndOnlyTheCasesOwn() {
        Dossier dossier = dossier(CaseStatus.SI_RECEIVED);
        Attachment mine = dossier.getFolder().addAttachment("acte.pdf", "Formulaire", "application/pdf", 10);
        dossier.attach(mine);
        Event download = dossier.recordDownload(Actor.agent(agent), mine, NOW);
        assertEquals(EventActionType.ATTACH_DL, download.getActionType());
        assertEquals(mine, download.getDownloaded());
        Attachment foreign = dossier(CaseStatus.SI_RECEIVED).getFolder().addAttachment("x.pdf", "Formulaire",
                "application/pdf", 10);
        assertThrows(IllegalArgumentException.class, () -> dossier.recordDownload(Actor.agent(agent), foreign, NOW));
    }

    @Test
    void aDepositIsItsWritersDraftUntilSentThenTheOtherSideAcknowledgesItOnce() {
        Dossier dossier = dossier(CaseStatus.IN_PROGRESS);
        Event deposit = dossier.record(Actor.agent(agent), EventActionType.ATTACH_DEPOSIT, true, NOW);
        assertTrue(deposit.isDraft());
        assertFalse(deposit.notifiesNow(), "nothing to tell before it is sent");
        Attachment file = deposit.addAttachment(Side.RECIPIENT, "avis.pdf", "Avis", "application/pdf", 10);
        assertThrows(BusinessRuleException.class, () -> deposit.addAttachment(Side.OPERATOR, "x.pdf", "Avis",
                "application/pdf", 10), "the other side adds nothing to it");
        assertThrows(BusinessRuleException.class, () -> deposit.send(Side.RECIPIENT, NOW), "its file is missing");
        file.markReceived("sha256", NOW);
        assertThrows(BusinessRuleException.class, () -> deposit.send(Side.OPERATOR, NOW), "only its writer sends it");
        assertThrows(BusinessRuleException.class, () -> deposit.acknowledge(Side.OPERATOR, NOW), "not sent yet");
        deposit.send(Side.RECIPIENT, NOW);
        assertTrue(deposit.notifiesNow());
        assertThrows(BusinessRuleException.class, () -> deposit.send(Side.RECIPIENT, NOW), "sent once");
        assertThrows(BusinessRuleException.class, () -> deposit.refuseDiscardBy(Side.RECIPIENT), "sent: kept");
        assertThrows(BusinessRuleException.class, () -> deposit.acknowledge(Side.RECIPIENT, NOW), "not by its writer");
        assertTrue(deposit.acknowledge(Side.OPERATOR, NOW));
        assertFalse(deposit.acknowledge(Side.OPERATOR, NOW), "a second acknowledgement tells no one");
    }

    @Test
    void aDepositTakesOnlyTheFormatsAndSizesOfItsDemarche() {
        Dossier dossier = dossier(CaseStatus.IN_PROGRESS);
        Event deposit = dossier.record(Actor.agent(agent), EventActionType.ATTACH_DEPOSIT, true, NOW);
        BusinessRuleException type = assertThrows(BusinessRuleException.class,
                () -> deposit.addAttachment(Side.RECIPIENT, "a.exe", "Avis", "application/x-msdownload", 10));
        assertEquals("dossier.upload.type", type.getMessageKey());
        assertTrue(type.getDetail().contains("does not accept application/x-msdownload from the SI"), type.getDetail());
        assertEquals("dossier.upload.size", assertThrows(BusinessRuleException.class,
                () -> deposit.addAttachment(Side.RECIPIENT, "a.pdf", "Avis", "application/pdf", 5_000_001)).getMessageKey());
        Event operatorDeposit = dossier.record(Actor.software(Side.OPERATOR, null, null), EventActionType.ATTACH_DEPOSIT,
                true, NOW);
        operatorDeposit.addAttachment(Side.OPERATOR, "a.xml", "Pièce", "application/xml", 10);
        assertEquals(List.of("a.xml"), operatorDeposit.getAttachments().stream().map(Attachment::getFileName).toList(),
                "the operator's formats are not the SI's");
    }
}
