package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.subscription.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subscription as the referential API returns it. */
public record SubscriptionSnapshot(UUID id, Long datapassId, String processCode, String subscriberType,
                                   String siret, String branchCode, String accessMode, String notificationFrequency,
                                   LocalDate activationDate, Instant validatedAt, LocalDate suspensionDate,
                                   Instant updatedAt, String delegateEmail, String rejectionReason, String status,
                                   String notificationEmail, String localAdministratorEmail) {

    public static SubscriptionSnapshot of(Subscription s) {
        return new SubscriptionSnapshot(s.getId(), s.getDatapassId(), s.getProcedure().getCode(),
                s.getOrganization().getType().name(), s.getOrganization().getSiret(),
                s.getOrganization().getBranchCode(), s.getAccessMode().name(), s.getNotificationFrequency().apiLabel(),
                s.getActivationDate(), s.getValidatedAt(), s.getSuspensionDate(), s.getUpdatedAt(),
                s.getTechnicalDelegate() == null ? null : s.getTechnicalDelegate().getEmail(), s.getRejectionReason(),
                s.getStatus().apiLabel(), s.getNotificationEmail(),
                s.getLocalAdministrator() == null ? null : s.getLocalAdministrator().getEmail());
    }
}
