package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.BusinessRuleException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.Authorization;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Subscriptions of the caller's organisation, and those a technical delegate serves across
 * organisations.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class SubscriptionService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Clock clock;

    public List<SubscriptionSummary> listMine() {
        Caller caller = currentCaller.get();
        Authorization.requireRole(caller, Role.SUBSCRIPTION_VIEW);
        return subscriptions.listVisibleTo(caller.organizationId(), caller.userId()).stream()
                .map(SubscriptionSummary::of).toList();
    }

    public SubscriptionSummary get(UUID id) {
        return SubscriptionSummary.of(load(id, Role.SUBSCRIPTION_VIEW));
    }

    /** « Activer l'abonnement »: dossiers are routed to the organisation from {@code date} (today or later). */
    public void activate(UUID id, LocalDate date) {
        Subscription subscription = load(id, Role.SUBSCRIPTION_MANAGE);
        LocalDate today = LocalDate.now(clock);
        if (date == null || date.isBefore(today)) {
            throw new BusinessRuleException("subscription.activation.past");
        }
        subscription.activateFrom(date, today);
        subscription.touch(clock.instant());
    }

    private Subscription load(UUID id, Role role) {
        Caller caller = currentCaller.get();
        Authorization.requireRole(caller, role);
        Subscription subscription = subscriptions.find(id).orElseThrow(() -> new NotFoundException("subscription"));
        boolean own = subscription.getOrganization().getId().equals(caller.organizationId());
        boolean delegated = subscription.getTechnicalDelegate() != null
                && subscription.getTechnicalDelegate().getId().equals(caller.userId());
        if (!own && !delegated) {
            throw new AccessDeniedException("subscription of another organisation");
        }
        return subscription;
    }
}
