package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A row of « Gestion des abonnements » (the operator by its acronym, as in the guide: DGS, DILA). */
public record SubscriptionSummary(UUID id, String operator, String procedureCode, String procedureLabel,
                                  String organization, Long datapassId, AccessMode accessMode,
                                  boolean hasDelegate, SubscriptionStatus status, LocalDate activationDate,
                                  LocalDate suspensionDate, NotificationFrequency notificationFrequency) {

    static SubscriptionSummary of(Subscription s) {
        Organization operator = s.getProcedure().getOperator();
        return new SubscriptionSummary(s.getId(), operator.getCode() != null ? operator.getCode() : operator.getName(),
                s.getProcedure().getCode(), s.getProcedure().getLabel(), s.getOrganization().getName(),
                s.getDatapassId(), s.getAccessMode(), s.getTechnicalDelegate() != null, s.getStatus(),
                s.getActivationDate(), s.getSuspensionDate(), s.getNotificationFrequency());
    }
}
