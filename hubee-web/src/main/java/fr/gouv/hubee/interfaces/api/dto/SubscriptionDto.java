package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The contract's Subscription as DataPass and the administration send it (answers: {@link SubscriptionView}). */
public class SubscriptionDto {

    public UUID id;
    @NotNull
    public Long datapassId;
    @NotNull
    @Size(max = 30)
    public String processCode;
    @NotNull
    @Valid
    public OrganizationIdentifierDto subscriber;
    @Size(max = 7)
    public String accessMode;
    @Size(max = 20)
    public String notificationFrequency;
    public OffsetDateTime activateDateTime;
    public OffsetDateTime validateDateTime;
    public OffsetDateTime rejectDateTime;
    public OffsetDateTime endDateTime;
    public OffsetDateTime updateDateTime;
    @Valid
    public PersonDto delegationActor;
    @Size(max = 1000)
    public String rejectionReason;
    public String status;
    @Size(max = 320)
    public String email;
    @NotNull
    @Valid
    public PersonDto localAdministrator;

    public SubscriptionRequest toRequest() {
        return new SubscriptionRequest(datapassId, processCode, subscriber.companyRegister, subscriber.branchCode, null,
                accessMode, notificationFrequency, email, localAdministrator.toPerson(),
                delegationActor == null ? null : delegationActor.toPerson());
    }
}
