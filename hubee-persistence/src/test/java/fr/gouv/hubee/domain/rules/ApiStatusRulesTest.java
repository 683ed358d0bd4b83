package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiStatusRulesTest {

    @Test
    void eitherSideSetsAnyStatusSaveClosingAndReopeningWhichAreTheOperators() {
        EnumSet<CaseStatus> operatorOnly = EnumSet.of(CaseStatus.HUBEE_NOTIFIED, CaseStatus.CLOSED);
        for (CaseStatus status : CaseStatus.values()) {
            boolean hubOnly = status == CaseStatus.HUBEE_RECEIVED;
            assertEquals(!hubOnly, ApiStatusRules.refuseCaseStatus(Side.OPERATOR, FolderStatus.HUBEE_NOTIFIED, status)
                    .isEmpty(), "operator " + status);
            assertEquals(!hubOnly && !operatorOnly.contains(status),
                    ApiStatusRules.refuseCaseStatus(Side.RECIPIENT, FolderStatus.HUBEE_NOTIFIED, status).isEmpty(),
                    "recipient " + status);
            assertEquals(!hubOnly, ApiStatusRules.refuseCaseStatus(Side.ADMIN, FolderStatus.CLOSED, status).isEmpty(),
                    "admin " + status);
        }
        assertEquals(Optional.of("Status CLOSED is set by the operator only"),
                ApiStatusRules.refuseCaseStatus(Side.RECIPIENT, FolderStatus.HUBEE_NOTIFIED, CaseStatus.CLOSED));
        assertEquals(Optional.of("Status HUBEE_NOTIFIED (reopening) is set by the operator only"),
                ApiStatusRules.refuseCaseStatus(Side.RECIPIENT, FolderStatus.HUBEE_NOTIFIED, CaseStatus.HUBEE_NOTIFIED));
    }

    @Test
    void theCasesOfAFolderNotCompletedChangeNoStatusAsTheFolderItself() {
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(Optional.of(ApiStatusRules.FOLDER_NOT_COMPLETED),
                    ApiStatusRules.refuseCaseStatus(Side.OPERATOR, FolderStatus.HUBEE_RECEIVED, status));
        }
        assertEquals(Optional.of(ApiStatusRules.FOLDER_NOT_COMPLETED),
                ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_RECEIVED, FolderStatus.IN_PROGRESS, true));
    }

    @Test
    void aFolderIsCompletedOnceAndOnlyWithEveryFile() {
        assertTrue(ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_RECEIVED, FolderStatus.HUBEE_COMPLETED, true).isEmpty());
        assertEquals(Optional.of("Every attachment must be uploaded before the folder is completed"),
                ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_RECEIVED, FolderStatus.HUBEE_COMPLETED, false));
        assertTrue(ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_RECEIVED, FolderStatus.CLOSED, true).isPresent());
        assertTrue(ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_NOTIFIED, FolderStatus.HUBEE_COMPLETED, true).isPresent());
        assertTrue(ApiStatusRules.refuseFolderStatus(FolderStatus.HUBEE_NOTIFIED, FolderStatus.CLOSED, true).isEmpty());
    }

    @Test
    void aDepositIsSentByItsTransmitterOnceFilesArrivedAndReceivedByTheOtherSide() {
        assertTrue(ApiStatusRules.refuseEventStatus(true, EventActionType.ATTACH_DEPOSIT, EventStatus.IN_PROGRESS,
                EventStatus.SENT, true).isEmpty());
        assertTrue(ApiStatusRules.refuseEventStatus(true, EventActionType.ATTACH_DEPOSIT, EventStatus.IN_PROGRESS,
                EventStatus.SENT, false).isPresent(), "file missing");
        assertTrue(ApiStatusRules.refuseEventStatus(false, EventActionType.ATTACH_DEPOSIT, EventStatus.IN_PROGRESS,
                EventStatus.SENT, true).isPresent(), "not the transmitter");
        assertTrue(ApiStatusRules.refuseEventStatus(true, EventActionType.STATUS_UPDATE, EventStatus.SENT,
                EventStatus.SENT, true).isPresent(), "already sent");
        assertTrue(ApiStatusRules.refuseEventStatus(false, EventActionType.STATUS_UPDATE, EventStatus.SENT,
                EventStatus.RECEIVED, true).isEmpty());
        assertTrue(ApiStatusRules.refuseEventStatus(true, EventActionType.STATUS_UPDATE, EventStatus.SENT,
                EventStatus.RECEIVED, true).isPresent(), "own event");
        assertTrue(ApiStatusRules.refuseEventStatus(false, EventActionType.ATTACH_DEPOSIT, EventStatus.IN_PROGRESS,
                EventStatus.RECEIVED, true).isPresent(), "deposit not sent yet");
        assertTrue(ApiStatusRules.refuseEventStatus(false, EventActionType.COM_ADD, EventStatus.SENT,
                EventStatus.IN_PROGRESS, true).isPresent());
    }
}
