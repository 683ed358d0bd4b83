package fr.gouv.hubee.domain.model.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A démarche's settings as the referential changes them: the entity refuses what makes no sense. */
class ProcedureTest {

    private final Procedure rsa = new Procedure("RSAFIM", "RSA", new Organization(OrganizationType.OSL,
            "18003502400066", "75114", "CNAF"), 10_485_760);

    @Test
    void formatsAreComparedWithoutCaseTypesAreKeptAsWritten() {
        rsa.configureAttachments("application/xml, application/PDF", "Flux RSA,Décision", "Application/XML");
        assertEquals(List.of("application/xml", "application/pdf"), rsa.operatorFormats());
        assertTrue(rsa.acceptsSiUpload("application/xml"));
        assertEquals(List.of("Flux RSA", "Décision"), rsa.attachmentTypes());
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rsa.configurePurge(null, 2, 60));
        assertThrows(IllegalArgumentException.class, () -> rsa.configurePurge(CaseStatus.SI_RECEIVED, -1, 60));
        assertThrows(IllegalArgumentException.class, () -> rsa.configureArchiving(30, -1));
        assertThrows(IllegalArgumentException.class, () -> rsa.limitAttachmentSize(0));
        assertThrows(IllegalArgumentException.class, () -> rsa.describe(" ", null, null));
        rsa.configurePurge(CaseStatus.DONE, 5, 60);
        rsa.configureArchiving(10, 100);
        assertEquals(CaseStatus.DONE, rsa.getStatusBeforeFileDeletion());
        assertEquals(5, rsa.getTimeBeforeFileDeletion());
        assertEquals(100, rsa.getTimeBeforeFolderDeletion());
    }
}
