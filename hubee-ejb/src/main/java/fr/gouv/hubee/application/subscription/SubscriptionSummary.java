package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A row of « Gestion des abonnements ». */
public record SubscriptionSummary(UUID id, String operator, String procedureCode, String procedureLabel,
                                  String organization, Long datapassId, AccessMode accessMode,
                                  boolean hasDelegate, SubscriptionStatus status, LocalDate activationDate,
                                  LocalDate suspensionDate, NotificationFrequency notificationFrequency) {

    static SubscriptionSummary of(Subscription s) {
        return new SubscriptionSummary(s.getId(), s.getProcedure().getOperator().getName(),
                s.getProcedure().getCode(), s.getProcedure().getLabel(), s.getOrganization().getName(),
                s.getDatapassId(), s.getAccessMode(), s.getTechnicalDelegate() != null, s.getStatus(),
                s.getActivationDate(), s.getSuspensionDate(), s.getNotificationFrequency());
    }
}
