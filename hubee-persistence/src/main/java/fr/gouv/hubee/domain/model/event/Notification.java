package fr.gouv.hubee.domain.model.event;

import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Event;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Tells a recipient that something awaits it: a new case (no event) or an event on a case.
 * The recipient's software deletes it once handled (API).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Organization recipient;

    @ManyToOne(optional = false)
    @JoinColumn(name = "transmitter_id", nullable = false)
    private Organization transmitter;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @ManyToOne
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @ManyToOne
    @JoinColumn(name = "event_id")
    private Event event;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    private Notification(Organization recipient, Organization transmitter, Dossier dossier, Event event,
                         Instant when) {
        this.recipient = recipient;
        this.transmitter = transmitter;
        this.procedure = dossier.getProcedure();
        this.dossier = dossier;
        this.event = event;
        this.createdAt = when;
    }

    /** A new case for its recipient, from the démarche's operator. */
    public static Notification ofNewCase(Dossier dossier, Instant when) {
        return new Notification(dossier.getRecipient(), dossier.getFolder().getOperator(), dossier, null, when);
    }

    /** An event for the counterpart of its transmitter. */
    public static Notification ofEvent(Event event, Organization recipient, Instant when) {
        return new Notification(recipient, event.getTransmitter(), event.getDossier(), event, when);
    }

    /**
     * The acknowledgement of an event: its transmitter learns that {@code acknowledger}, the other
     * side, received it (the event is then RECEIVED).
     */
    public static Notification ofAcknowledgement(Event event, Organization acknowledger, Instant when) {
        return new Notification(event.getTransmitter(), acknowledger, event.getDossier(), event, when);
    }

    public UUID getId() {
        return id;
    }

    public Organization getRecipient() {
        return recipient;
    }

    public Organization getTransmitter() {
        return transmitter;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Event getEvent() {
        return event;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
