package fr.gouv.hubee.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (current status, target status) pair of the portal, against the guide's table. */
class PortalStatusMachineTest {

    private static final Map<PortalStatus, Set<PortalStatus>> GUIDE = new EnumMap<>(PortalStatus.class);

    static {
        GUIDE.put(PortalStatus.NOUVEAU, EnumSet.of(PortalStatus.RECU, PortalStatus.EN_COURS));
        GUIDE.put(PortalStatus.RECU, EnumSet.of(PortalStatus.EN_COURS, PortalStatus.REFUSE,
                PortalStatus.EN_ATTENTE, PortalStatus.TRAITE));
        GUIDE.put(PortalStatus.EN_COURS, EnumSet.of(PortalStatus.REFUSE, PortalStatus.EN_ATTENTE, PortalStatus.TRAITE));
        GUIDE.put(PortalStatus.EN_ATTENTE, EnumSet.of(PortalStatus.TRAITE));
        GUIDE.put(PortalStatus.REFUSE, EnumSet.noneOf(PortalStatus.class));
        GUIDE.put(PortalStatus.TRAITE, EnumSet.noneOf(PortalStatus.class));
        GUIDE.put(PortalStatus.CLOS, EnumSet.noneOf(PortalStatus.class));
        GUIDE.put(PortalStatus.ERREUR_INTEGRATION, EnumSet.noneOf(PortalStatus.class));
    }

    @Test
    void everyPairIsAllowedExactlyWhenTheGuideSaysSo() {
        for (CaseStatus current : CaseStatus.values()) {
            for (PortalStatus target : PortalStatus.values()) {
                boolean expected = current.portalStatus() != null && GUIDE.get(current.portalStatus()).contains(target);
                assertEquals(expected, PortalStatusMachine.allows(current, target), current + " -> " + target);
            }
        }
    }

    @Test
    void aServiceInstructeurNeverClosesNorReopens() {
        for (CaseStatus current : CaseStatus.values()) {
            assertFalse(PortalStatusMachine.allows(current, PortalStatus.CLOS), current + " -> Clos");
            assertFalse(PortalStatusMachine.allows(current, PortalStatus.NOUVEAU), current + " -> Nouveau");
        }
    }

    @Test
    void awaitingComplementsOffersOnlyFinishing() {
        assertEquals(List.of(PortalAction.FINISH), PortalStatusMachine.actionsFrom(PortalStatus.EN_ATTENTE));
        assertEquals(List.of(PortalStatus.TRAITE), PortalStatusMachine.targetsFrom(PortalStatus.EN_ATTENTE));
    }

    @Test
    void buttonsLeadToTheGuideStatuses() {
        assertEquals(PortalStatus.RECU, PortalAction.ACKNOWLEDGE.target());
        assertEquals(PortalStatus.EN_COURS, PortalAction.START.target());
        assertEquals(PortalStatus.REFUSE, PortalAction.REFUSE.target());
        assertEquals(PortalStatus.EN_ATTENTE, PortalAction.REQUEST_COMPLEMENTS.target());
        assertEquals(PortalStatus.TRAITE, PortalAction.FINISH.target());
        assertEquals(List.of(PortalAction.ACKNOWLEDGE, PortalAction.START),
                PortalStatusMachine.actionsFrom(PortalStatus.NOUVEAU));
    }

    @Test
    void consultingAcknowledgesOnlyNewDossiers() {
        assertEquals(Optional.of(PortalStatus.RECU), PortalStatusMachine.onConsult(CaseStatus.HUBEE_NOTIFIED));
        assertEquals(Optional.of(PortalStatus.RECU), PortalStatusMachine.onConsult(CaseStatus.SENT));
        for (CaseStatus other : EnumSet.complementOf(EnumSet.of(CaseStatus.HUBEE_NOTIFIED, CaseStatus.SENT))) {
            assertTrue(PortalStatusMachine.onConsult(other).isEmpty(), other.name());
        }
    }

    @Test
    void downloadingStartsProcessingOfNewAndReceivedDossiersOnly() {
        Set<CaseStatus> starting = EnumSet.of(CaseStatus.HUBEE_NOTIFIED, CaseStatus.SENT, CaseStatus.SI_RECEIVED);
        for (CaseStatus status : CaseStatus.values()) {
            assertEquals(starting.contains(status) ? Optional.of(PortalStatus.EN_COURS) : Optional.empty(),
                    PortalStatusMachine.onDownload(status), status.name());
        }
    }

    @Test
    void refusedDoneAndClosedAreFinalTheOthersAreNot() {
        assertTrue(PortalStatusMachine.isFinal(PortalStatus.REFUSE));
        assertTrue(PortalStatusMachine.isFinal(PortalStatus.TRAITE));
        assertTrue(PortalStatusMachine.isFinal(PortalStatus.CLOS));
        for (PortalStatus open : List.of(PortalStatus.NOUVEAU, PortalStatus.RECU, PortalStatus.EN_COURS, PortalStatus.EN_ATTENTE)) {
            assertFalse(PortalStatusMachine.isFinal(open), open.name());
        }
    }
}
