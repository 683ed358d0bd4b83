package fr.gouv.hubee.domain.model.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A folder: completed once, when every file arrived; its cases then reach their recipients. */
class FolderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final Organization operator = new Organization(OrganizationType.OSL, "13000918600011", "75107", "DILA");
    private final Organization clamart = new Organization(OrganizationType.SI, "21920023500014", "92023", "CLAMART");
    private final Organization toulon = new Organization(OrganizationType.SI, "21830137200015", "83137", "TOULON");

    private Folder folder() {
        Folder folder = new Folder(new Procedure("EtatCivil", "AEC", operator, 5_000_000), operator, "DILA-1",
                new Applicant("Zoé", "Bécaud", null), null);
        folder.addCase(clamart, "DILA-1-01");
        folder.addCase(toulon, "DILA-1-02");
        return folder;
    }

    @Test
    void completionWaitsForEveryFileThenTransmitsEveryCase() {
        Folder folder = folder();
        Attachment file = folder.addAttachment("acte.pdf", "Formulaire", "application/pdf", 10);
        BusinessRuleException early = assertThrows(BusinessRuleException.class,
                () -> folder.changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, NOW));
        assertEquals("Every attachment must be uploaded before the folder is completed", early.getDetail());
        assertEquals(FolderStatus.HUBEE_RECEIVED, folder.getGlobalStatus());
        assertTrue(folder.getCases().stream().noneMatch(Dossier::isTransmitted));

        file.markReceived("sha256", NOW);
        List<Dossier> transmitted = folder.changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, NOW);
        assertEquals(folder.getCases(), transmitted);
        assertEquals(FolderStatus.HUBEE_NOTIFIED, folder.getGlobalStatus());
        assertTrue(transmitted.stream().allMatch(d -> d.getStatus() == CaseStatus.HUBEE_NOTIFIED
                && NOW.equals(d.getTransmittedAt()) && NOW.equals(d.getOperatorChangedAt())));
        assertThrows(BusinessRuleException.class, folder::refuseChangeOfContent, "its files are final");
    }

    @Test
    void beforeCompletionOnlyCompletionIsAllowedAndAfterItNeverAgain() {
        Folder folder = folder();
        for (FolderStatus target : FolderStatus.values()) {
            if (target != FolderStatus.HUBEE_COMPLETED) {
                assertThrows(BusinessRuleException.class, () -> folder.changeGlobalStatus(target, NOW), target.name());
            }
        }
        folder.refuseChangeOfContent();
        folder.changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, NOW);
        assertThrows(BusinessRuleException.class, () -> folder.changeGlobalStatus(FolderStatus.HUBEE_COMPLETED, NOW));
        assertThrows(BusinessRuleException.class, () -> folder.changeGlobalStatus(FolderStatus.HUBEE_RECEIVED, NOW));
        assertEquals(List.of(), folder.changeGlobalStatus(FolderStatus.CLOSED, NOW), "no case is transmitted again");
        assertEquals(FolderStatus.CLOSED, folder.getGlobalStatus());
        assertEquals(NOW, folder.getClosedAt());
    }
}
