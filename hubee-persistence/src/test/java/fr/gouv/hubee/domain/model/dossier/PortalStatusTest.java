package fr.gouv.hubee.domain.model.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortalStatusTest {

    @Test
    void nouveauCoversTheTwoApiStatusesOfTheContractTable() {
        assertEquals(List.of(CaseStatus.HUBEE_NOTIFIED, CaseStatus.SENT), PortalStatus.NOUVEAU.caseStatuses());
        assertEquals(List.of(CaseStatus.ADD_AWAITING), PortalStatus.EN_ATTENTE.caseStatuses());
    }

    @Test
    void everyPortalStatusWritesAnApiStatusThatMapsBackToIt() {
        for (PortalStatus status : PortalStatus.values()) {
            assertEquals(status, status.targetCaseStatus().portalStatus());
        }
    }
}
