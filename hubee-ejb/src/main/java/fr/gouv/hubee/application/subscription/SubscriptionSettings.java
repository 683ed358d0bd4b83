package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;

/** Sections 2 to 4 of the edit page: access mode, technical delegate (by email), notifications. */
public record SubscriptionSettings(AccessMode accessMode, String delegateEmail, NotificationFrequency frequency,
                                   String notificationEmail) {
}
