package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.rules.EmailAddress;
import fr.gouv.hubee.infrastructure.persistence.ApiCredentialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Subscription settings changed the same way by the portal, DataPass's intake and the
 * administration's API, in the caller's transaction.
 */
@ApplicationScoped
class SubscriptionChanges {

    @Inject
    ApiCredentialRepository apiCredentials;

    /** Mails other than « Aucune » need a valid address (kept without surrounding spaces). */
    void notifications(Subscription subscription, NotificationFrequency frequency, String email) {
        if (frequency != NotificationFrequency.NONE && !EmailAddress.isValid(email)) {
            throw new BusinessRuleException("subscription.notification.email");
        }
        subscription.configureNotifications(frequency, frequency == NotificationFrequency.NONE ? null : email.strip());
    }

    /** Back to the portal mode, the software's tokens end at once; the same mode changes nothing. */
    void accessMode(Subscription subscription, AccessMode mode) {
        if (mode == subscription.getAccessMode()) {
            return;
        }
        if (mode == AccessMode.PORTAIL) {
            apiCredentials.revokeTokensOfSubscription(subscription.getId());
        }
        subscription.switchAccessMode(mode);
    }
}
