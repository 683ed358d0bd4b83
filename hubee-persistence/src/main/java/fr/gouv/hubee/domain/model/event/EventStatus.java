package fr.gouv.hubee.domain.model.event;

/** Delivery status of an event: a deposit is IN_PROGRESS until its files are uploaded. */
public enum EventStatus {
    IN_PROGRESS, SENT, RECEIVED
}
