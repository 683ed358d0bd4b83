package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.referential.ReferentialOrder;
import fr.gouv.hubee.application.referential.ReferentialPage;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
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
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class ReferentialSubscriptions {

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

    /** What a GET asks: filters as the contract names them. */
    public record Query(List<String> processCodes, String status, String companyRegister, String delegationActorEmail,
                       String orderBy, int offset, int maxResult) {
    }

    @Inject
    CurrentApiCaller callers;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriberAccounts accounts;

    @Inject
    SubscriptionChanges changes;

    @Inject
    Clock clock;

    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public ReferentialPage<SubscriptionSnapshot> list(Query q) {
        ApiCaller caller = callers.get();
        ReferentialOrder order = ReferentialOrder.parse(q.orderBy(), COLUMNS, "s.createdAt");
        SubscriptionRepository.Search search = new SubscriptionRepository.Search(
                caller.scope() == ApiScope.OSL ? operator(caller) : null, q.processCodes(), status(q.status()),
                q.companyRegister(), q.delegationActorEmail(), order.path(), order.descending(),
                Math.max(0, q.offset()), ReferentialPage.size(q.maxResult()));
        List<SubscriptionSnapshot> items = subscriptions.search(search).stream().map(SubscriptionSnapshot::of).toList();
        return new ReferentialPage<>(items, search.offset(), subscriptions.count(search));
    }

    @RolesAllowed({ApiRoles.OSL, ApiRoles.ADMIN})
    public SubscriptionSnapshot get(UUID id) {
        ApiCaller caller = callers.get();
        return SubscriptionSnapshot.of(visible(caller, id));
    }

    /**
     * PUT (administration): access mode, notifications, delegate, and status — Actif from
     * activateDateTime (today when absent), Suspendu, Refusé with its reason. Fields left out stay;
     * a subscription put back as it was read is left as it is (its update date included).
     */
    @RolesAllowed({ApiRoles.ADMIN})
    public SubscriptionSnapshot update(UUID id, SubscriptionRequest request, String status,
                                       LocalDate activationDate, String rejectionReason) {
        ApiCaller caller = callers.get();
        Subscription subscription = visible(caller, id);
        SubscriptionSnapshot before = SubscriptionSnapshot.of(subscription);
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
            subscription.delegateTo(accounts.delegate(subscription.getOrganization(), request.delegationActor()));
        }
        changeStatus(subscription, status(status), activationDate, rejectionReason);
        SubscriptionSnapshot after = SubscriptionSnapshot.of(subscription);
        if (!after.equals(before)) {
            subscription.touch(clock.instant());
            return SubscriptionSnapshot.of(subscription);
        }
        return after;
    }

    /** A status already held, with no new activation date or reason, is no change. */
    private void changeStatus(Subscription subscription, SubscriptionStatus target, LocalDate activationDate,
                              String rejectionReason) {
        LocalDate today = LocalDate.now(clock);
        if (target == SubscriptionStatus.ACTIVE) {
            boolean sameDate = activationDate == null || activationDate.equals(subscription.getActivationDate());
            if (subscription.getStatus() == SubscriptionStatus.ACTIVE && sameDate) {
                return;
            }
            LocalDate from = activationDate == null || activationDate.isBefore(today) ? today : activationDate;
            subscription.activateFrom(from, today);
        } else if (target == SubscriptionStatus.SUSPENDED && subscription.getStatus() != SubscriptionStatus.SUSPENDED) {
            subscription.suspend(today);
        } else if (target == SubscriptionStatus.REFUSED && (subscription.getStatus() != SubscriptionStatus.REFUSED
                || !java.util.Objects.equals(rejectionReason, subscription.getRejectionReason()))) {
            subscription.refuse(rejectionReason);
        }
    }

    private Subscription visible(ApiCaller caller, UUID id) {
        Subscription subscription = subscriptions.find(id)
                .orElseThrow(() -> new NotFoundException("subscription", "Subscription is not found"));
        if (caller.scope() == ApiScope.OSL
                && !subscription.getProcedure().getOperator().getId().equals(operator(caller))) {
            throw new AccessDeniedException("Unauthorized user");
        }
        return subscription;
    }

    private static UUID operator(ApiCaller caller) {
        if (caller.organizationId() == null) {
            throw new AccessDeniedException("Unauthorized user");
        }
        return caller.organizationId();
    }

    private static SubscriptionStatus status(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return Arrays.stream(SubscriptionStatus.values())
                .filter(s -> s.apiLabel().equalsIgnoreCase(label.strip()) || s.name().equalsIgnoreCase(label.strip()))
                .findFirst().orElseThrow(() -> BusinessRuleException.invalid("status must be Inactif, Actif, Suspendu or Refusé"));
    }
}
