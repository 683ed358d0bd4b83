package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.BusinessRuleException;
import fr.gouv.hubee.application.api.ApiAuthentication;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiForbiddenException;
import fr.gouv.hubee.application.api.ApiRequestException;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GET and PUT of /referential/v1/subscriptions: an operator reads the subscriptions to its own
 * démarches, the administration reads all and changes them. Paged and counted in the database.
 */
@Stateless
@PermitAll
public class ReferentialSubscriptions {

    public static final int DEFAULT_MAX = 25;
    public static final int LIMIT = 1000;

    /** The contract's orderBy columns and what they sort on. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "s.id"), Map.entry("datapass_id", "s.datapassId"), Map.entry("si_type", "o.type"),
            Map.entry("si_company_register", "o.siret"), Map.entry("si_branch_code", "o.branchCode"),
            Map.entry("notification_frequency", "s.notificationFrequency"), Map.entry("access_mode", "s.accessMode"),
            Map.entry("delegation_actor", "d.emailKey"), Map.entry("email", "s.notificationEmail"),
            Map.entry("local_admin", "a.emailKey"), Map.entry("rejection_reason", "s.rejectionReason"),
            Map.entry("status", "s.status"), Map.entry("activate_date_time", "s.activationDate"),
            Map.entry("validate_date_time", "s.validatedAt"), Map.entry("reject_date_time", "s.updatedAt"),
            Map.entry("end_date_time", "s.suspensionDate"), Map.entry("update_date_time", "s.updatedAt"),
            Map.entry("process_code", "p.code"));

    /** One page and the total, for the {@code Content-Range} header. */
    public record Page(List<SubscriptionSnapshot> items, int offset, long total) {
    }

    /** What a GET asks: filters as the contract names them. */
    public record Query(List<String> processCodes, String status, String companyRegister, String delegationActorEmail,
                       String orderBy, int offset, int maxResult) {
    }

    @Inject
    ApiAuthentication api;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionIntake intake;

    @Inject
    SubscriptionChanges changes;

    @Inject
    Clock clock;

    public Page list(String token, Query q) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        String[] order = order(q.orderBy());
        SubscriptionRepository.Search search = new SubscriptionRepository.Search(
                caller.scope() == ApiScope.OSL ? operator(caller) : null, q.processCodes(), status(q.status()),
                q.companyRegister(), q.delegationActorEmail(), order[0], "desc".equals(order[1]),
                Math.max(0, q.offset()), Math.max(1, Math.min(q.maxResult(), LIMIT)));
        List<SubscriptionSnapshot> items = subscriptions.search(search).stream().map(SubscriptionSnapshot::of).toList();
        return new Page(items, search.offset(), subscriptions.count(search));
    }

    public SubscriptionSnapshot get(String token, UUID id) {
        ApiCaller caller = api.require(token, ApiScope.OSL, ApiScope.ADMIN);
        return SubscriptionSnapshot.of(visible(caller, id));
    }

    /**
     * PUT (administration): access mode, notifications, delegate, and status — Actif from
     * activateDateTime (today when absent), Suspendu, Refusé with its reason. Fields left out stay.
     */
    public SubscriptionSnapshot update(String token, UUID id, SubscriptionRequest request, String status,
                                       LocalDate activationDate, String rejectionReason) {
        ApiCaller caller = api.require(token, ApiScope.ADMIN);
        Subscription subscription = visible(caller, id);
        if (request.accessMode() != null) {
            changes.accessMode(subscription, SubscriptionIntake.parseAccessMode(request.accessMode()));
        }
        if (request.notificationFrequency() != null) {
            NotificationFrequency frequency = NotificationFrequency.parse(request.notificationFrequency())
                    .orElseThrow(() -> new BusinessRuleException("intake.frequency.invalid"));
            changes.notifications(subscription, frequency,
                    request.notificationEmail() != null ? request.notificationEmail() : subscription.getNotificationEmail());
        }
        if (request.delegationActor() != null && request.delegationActor().email() != null) {
            subscription.delegateTo(intake.delegate(subscription.getOrganization(), request.delegationActor()));
        }
        LocalDate today = LocalDate.now(clock);
        SubscriptionStatus target = status(status);
        if (target == SubscriptionStatus.ACTIVE) {
            LocalDate from = activationDate == null || activationDate.isBefore(today) ? today : activationDate;
            subscription.activateFrom(from, today);
        } else if (target == SubscriptionStatus.SUSPENDED && subscription.getStatus() != SubscriptionStatus.SUSPENDED) {
            subscription.suspend(today);
        } else if (target == SubscriptionStatus.REFUSED) {
            subscription.refuse(rejectionReason);
        }
        subscription.touch(clock.instant());
        return SubscriptionSnapshot.of(subscription);
    }

    private Subscription visible(ApiCaller caller, UUID id) {
        Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> ApiRequestException.notFound("Subscription is not found"));
        if (caller.scope() == ApiScope.OSL
                && !subscription.getProcedure().getOperator().getId().equals(operator(caller))) {
            throw new ApiForbiddenException();
        }
        return subscription;
    }

    private static UUID operator(ApiCaller caller) {
        if (caller.organizationId() == null) {
            throw new ApiForbiddenException();
        }
        return caller.organizationId();
    }

    private static SubscriptionStatus status(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return Arrays.stream(SubscriptionStatus.values())
                .filter(s -> s.apiLabel().equalsIgnoreCase(label.strip()) || s.name().equalsIgnoreCase(label.strip()))
                .findFirst().orElseThrow(() -> ApiRequestException.badRequest("status must be Inactif, Actif, Suspendu or Refusé"));
    }

    /** {@code asc(column)} / {@code desc(column)}: the JPQL path and the direction. */
    private static String[] order(String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return new String[] {"s.createdAt", "asc"};
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(asc|desc)\\((\\w+)\\)").matcher(orderBy.strip());
        if (!m.matches() || !COLUMNS.containsKey(m.group(2))) {
            throw ApiRequestException.badRequest("orderBy must be asc(column) or desc(column) with column one of "
                    + String.join(",", COLUMNS.keySet().stream().sorted().toList()));
        }
        return new String[] {COLUMNS.get(m.group(2)), m.group(1)};
    }
}
