package fr.gouv.hubee.domain.model.subscription;

/** Notification mails of a subscription: none, one per dossier, one or two digests a day. */
public enum NotificationFrequency {
    NONE, UNIT, DAILY, TWICE_DAILY
}
