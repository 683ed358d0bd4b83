package fr.gouv.hubee.interfaces.api.dto;

import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import fr.gouv.hubee.application.subscription.SubscriptionSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;

/**
 * The contract's Subscription as answered: every property, null when unset. The people it names
 * are {@code {email}} in reads ({@link #of}); the creation answers them in full, as the contract's
 * LocalAdministrator and DelegationActor ({@link #created}).
 */
public record SubscriptionView(UUID id, Long datapassId, String processCode, OrganizationIdentifierDto subscriber,
                               String accessMode, String notificationFrequency, OffsetDateTime activateDateTime,
                               OffsetDateTime validateDateTime, OffsetDateTime rejectDateTime,
                               OffsetDateTime endDateTime, OffsetDateTime updateDateTime, Object delegationActor,
                               String rejectionReason, String status, String email, Object localAdministrator) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** {@code {email}}: how the Subscription schema names a person. */
    public record EmailOnly(String email) {
    }

    /** LocalAdministrator / DelegationActor of the contract. */
    public record Person(String firstName, String lastName, String email, String function, String phoneNumber,
                         String mobileNumber) {
    }

    public static SubscriptionView of(SubscriptionSnapshot s) {
        return view(s, p -> new EmailOnly(p.email()));
    }

    public static SubscriptionView created(SubscriptionSnapshot s) {
        return view(s, p -> new Person(p.firstName(), p.lastName(), p.email(), p.function(), p.phone(), p.mobile()));
    }

    private static SubscriptionView view(SubscriptionSnapshot s, Function<SubscriptionRequest.Person, Object> person) {
        return new SubscriptionView(s.id(), s.datapassId(), s.processCode(),
                new OrganizationIdentifierDto(s.subscriberType(), s.siret(), s.branchCode()), s.accessMode(),
                s.notificationFrequency(), atMidnight(s.activationDate()), at(s.validatedAt()), at(s.rejectedAt()),
                atMidnight(s.suspensionDate()), at(s.updatedAt()),
                s.delegate() == null ? null : person.apply(s.delegate()), s.rejectionReason(), s.status(),
                s.notificationEmail(), s.localAdministrator() == null ? null : person.apply(s.localAdministrator()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(PARIS).toOffsetDateTime();
    }

    private static OffsetDateTime atMidnight(LocalDate day) {
        return day == null ? null : day.atStartOfDay(PARIS).toOffsetDateTime();
    }
}
