package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.user.User;
import java.time.Instant;

/** The edit page of a subscription (guide §5.2.3): the row plus what its four sections show. */
public record SubscriptionDetails(SubscriptionSummary summary, String organizationSiret, String localAdministrator,
                                  Instant validatedAt, Instant updatedAt, String apiClientId, boolean hasApiSecret,
                                  String delegateEmail, String notificationEmail) {

    static SubscriptionDetails of(Subscription s) {
        User admin = s.getLocalAdministrator();
        return new SubscriptionDetails(SubscriptionSummary.of(s), s.getOrganization().getSiret(),
                admin == null ? null : admin.displayName() + " (" + admin.getEmail() + ")", s.getValidatedAt(),
                s.getUpdatedAt(), s.getApiClientId(), s.getApiSecretHash() != null,
                s.getTechnicalDelegate() == null ? null : s.getTechnicalDelegate().getEmail(), s.getNotificationEmail());
    }
}
