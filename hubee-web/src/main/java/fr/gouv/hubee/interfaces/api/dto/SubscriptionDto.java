package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import fr.gouv.hubee.application.subscription.SubscriptionSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** The contract's Subscription (api_subscription_v1.2.3), with localAdministrator and delegationActor. */
public class SubscriptionDto {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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

    public static SubscriptionDto of(SubscriptionSnapshot s) {
        SubscriptionDto dto = new SubscriptionDto();
        dto.id = s.id();
        dto.datapassId = s.datapassId();
        dto.processCode = s.processCode();
        dto.subscriber = new OrganizationIdentifierDto(s.subscriberType(), s.siret(), s.branchCode());
        dto.accessMode = s.accessMode();
        dto.notificationFrequency = s.notificationFrequency();
        dto.activateDateTime = atMidnight(s.activationDate());
        dto.validateDateTime = s.validatedAt() == null ? null : s.validatedAt().atZone(PARIS).toOffsetDateTime();
        dto.endDateTime = atMidnight(s.suspensionDate());
        dto.updateDateTime = s.updatedAt() == null ? null : s.updatedAt().atZone(PARIS).toOffsetDateTime();
        dto.delegationActor = s.delegateEmail() == null ? null : PersonDto.ofEmail(s.delegateEmail());
        dto.rejectionReason = s.rejectionReason();
        dto.status = s.status();
        dto.email = s.notificationEmail();
        dto.localAdministrator = s.localAdministratorEmail() == null ? null : PersonDto.ofEmail(s.localAdministratorEmail());
        return dto;
    }

    private static OffsetDateTime atMidnight(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PARIS).toOffsetDateTime();
    }
}
