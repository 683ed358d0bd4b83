package fr.gouv.hubee.domain.model.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.gouv.hubee.domain.model.event.EventActionType;
import fr.gouv.hubee.domain.model.event.EventStatus;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who sees an event, and who is told of it: the rules both the portal and the API obey. */
class EventTest {

    private final Organization operator = new Organization(OrganizationType.OSL, "13000918600011", "75107", "DILA");
    private final Organization townHall = new Organization(OrganizationType.SI, "21830137200015", "83137", "TOULON");
    private final Dossier dossier = new Folder(new Procedure("EtatCivil", "AEC", operator, 5_000_000), operator,
            "DILA-1", new Applicant("Zoé", "Bécaud", null), null).addCase(townHall, "DILA-1-01");

    @Test
    void aDepositInProgressIsItsTransmittersDraftUntilSent() {
        Event byTownHall = new Event(dossier, EventActionType.ATTACH_DEPOSIT, townHall, true);
        assertEquals(EventStatus.IN_PROGRESS, byTownHall.getStatus());
        assertTrue(byTownHall.isDraft());
        assertTrue(byTownHall.isByRecipient());
        assertFalse(byTownHall.isHiddenFrom(true), "its transmitter sees its draft");
        assertTrue(byTownHall.isHiddenFrom(false), "the operator does not");
        byTownHall.send(Side.RECIPIENT, Instant.now());
        assertFalse(byTownHall.isHiddenFrom(false), "sent: the operator sees it");
        assertFalse(byTownHall.isDraft());

        Event byOperator = new Event(dossier, EventActionType.ATTACH_DEPOSIT, operator, true);
        assertFalse(byOperator.isByRecipient());
        assertTrue(byOperator.isHiddenFrom(true));
        assertFalse(byOperator.isHiddenFrom(false));
    }

    @Test
    void otherEventsAreSentAtOnceAndSeenByBothSides() {
        Event status = new Event(dossier, EventActionType.STATUS_UPDATE, operator, true);
        assertEquals(EventStatus.SENT, status.getStatus());
        assertFalse(status.isHiddenFrom(true));
        assertFalse(status.isHiddenFrom(false));
    }

    @Test
    void anAcknowledgementGoesBackToTheEventsTransmitter() {
        Event message = new Event(dossier, EventActionType.SENDING_MESSAGE, operator, true);
        Instant now = Instant.now();
        Notification toTownHall = Notification.ofEvent(message, townHall, now);
        assertEquals(townHall, toTownHall.getRecipient());
        assertEquals(operator, toTownHall.getTransmitter());
        Notification acknowledgement = Notification.ofAcknowledgement(message, townHall, now);
        assertEquals(operator, acknowledgement.getRecipient(), "the transmitter learns it was received");
        assertEquals(townHall, acknowledgement.getTransmitter());
        assertEquals(message, acknowledgement.getEvent());
        assertEquals(dossier.getProcedure(), acknowledgement.getProcedure());
    }
}
