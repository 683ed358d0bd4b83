package fr.gouv.hubee.domain.model.event;

/** What an event records (contract: Event.actionType). */
public enum EventActionType {
    STATUS_UPDATE, ATTACH_DEPOSIT, ATTACH_DL, ATTACH_DL_ALL, COM_ADD, SENDING_MESSAGE
}
