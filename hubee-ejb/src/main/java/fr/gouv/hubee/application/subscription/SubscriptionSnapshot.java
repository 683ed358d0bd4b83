package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.domain.model.user.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subscription as the referential API returns it, with the people it names (null when none). */
public record SubscriptionSnapshot(UUID id, Long datapassId, String processCode, String subscriberType,
                                   String siret, String branchCode, String accessMode, String notificationFrequency,
                                   LocalDate activationDate, Instant validatedAt, Instant rejectedAt,
                                   LocalDate suspensionDate, Instant updatedAt, SubscriptionRequest.Person delegate,
                                   String rejectionReason, String status, String notificationEmail,
                                   SubscriptionRequest.Person localAdministrator) {

    public static SubscriptionSnapshot of(Subscription s) {
        return new SubscriptionSnapshot(s.getId(), s.getDatapassId(), s.getProcedure().getCode(),
                s.getOrganization().getType().name(), s.getOrganization().getSiret(),
                s.getOrganization().getBranchCode(), s.getAccessMode().name(), s.getNotificationFrequency().apiLabel(),
                s.getActivationDate(), s.getValidatedAt(),
                // No refusal instant is kept: a refused subscription's last change is its refusal.
                s.getStatus() == SubscriptionStatus.REFUSED ? s.getUpdatedAt() : null,
                s.getSuspensionDate(), s.getUpdatedAt(), person(s.getTechnicalDelegate()), s.getRejectionReason(),
                s.getStatus().apiLabel(), s.getNotificationEmail(), person(s.getLocalAdministrator()));
    }

    private static SubscriptionRequest.Person person(User user) {
        return user == null ? null : new SubscriptionRequest.Person(user.getFirstName(), user.getLastName(),
                user.getEmail(), user.getFunction(), user.getPhone(), user.getSecondaryPhone());
    }
}
