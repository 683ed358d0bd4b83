package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.application.security.Secrets;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.infrastructure.persistence.ApiCredentialRepository;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * « Gestion des abonnements »: the subscriptions of the caller's organisation; for a technical
 * delegate, those he is delegate of across organisations, and nothing else.
 */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class SubscriptionService {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    UserRepository users;

    @Inject
    AuditLog audit;

    @Inject
    ApiCredentialRepository apiCredentials;

    @Inject
    SubscriptionChanges changes;

    @Inject
    Clock clock;

    public List<SubscriptionSummary> listMine() {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.SUBSCRIPTION_VIEW);
        List<Subscription> visible = caller.actorType() == ActorType.TECHNICAL_DELEGATE
                ? subscriptions.listDelegatedTo(caller.userId())
                : subscriptions.listVisibleTo(caller.organizationId(), caller.userId());
        return visible.stream().map(SubscriptionSummary::of).toList();
    }

    public SubscriptionDetails get(UUID id) {
        return SubscriptionDetails.of(load(id, Role.SUBSCRIPTION_VIEW));
    }

    /**
     * « Activer l'abonnement » (and reactivation after a suspension): dossiers are routed to the
     * organisation from {@code date}, today or later.
     */
    public void activate(UUID id, LocalDate date) {
        Subscription subscription = load(id, Role.SUBSCRIPTION_MANAGE);
        LocalDate today = LocalDate.now(clock);
        if (subscription.getStatus() == SubscriptionStatus.REFUSED) {
            throw new BusinessRuleException("subscription.refused");
        }
        subscription.activateFrom(date, today);
        changed(subscription, "activation " + date);
    }

    /** « Suspendre l'abonnement »: no new dossiers from today; the existing ones stay workable. */
    public void suspend(UUID id) {
        Subscription subscription = load(id, Role.SUBSCRIPTION_MANAGE);
        subscription.suspend(LocalDate.now(clock));
        changed(subscription, "suspension");
    }

    /**
     * « Enregistrer les modifications » of sections 2 to 4. Choosing API for the first time
     * generates the credentials, returned once; switching mode does not move existing dossiers.
     */
    public Optional<ApiCredentials> update(UUID id, SubscriptionSettings settings) {
        Subscription subscription = load(id, Role.SUBSCRIPTION_MANAGE);
        if (settings.accessMode() == null) {
            throw new BusinessRuleException("subscription.accessMode.required");
        }
        NotificationFrequency frequency = settings.frequency() == null ? NotificationFrequency.NONE : settings.frequency();
        changes.notifications(subscription, frequency, settings.notificationEmail());
        subscription.delegateTo(delegate(settings.delegateEmail()));
        changes.accessMode(subscription, settings.accessMode());
        Optional<ApiCredentials> generated = Optional.empty();
        if (settings.accessMode() == AccessMode.API && subscription.getApiSecretHash() == null) {
            generated = Optional.of(newCredentials(subscription));
        }
        changed(subscription, "settings");
        return generated;
    }

    /** « Régénérer la clé secrète »: the old secret stops working at once. */
    public ApiCredentials regenerateSecret(UUID id) {
        Subscription subscription = load(id, Role.SUBSCRIPTION_MANAGE);
        if (subscription.getAccessMode() != AccessMode.API) {
            throw new BusinessRuleException("subscription.secret.portal");
        }
        ApiCredentials credentials = newCredentials(subscription);
        changed(subscription, "secret");
        return credentials;
    }

    private ApiCredentials newCredentials(Subscription subscription) {
        String clientId = subscription.getApiClientId() != null ? subscription.getApiClientId()
                : "si-" + UUID.randomUUID();
        String secret = Secrets.newLinkToken();
        // 256 random bits: a plain SHA-256 resists guessing as well as a slow hash would.
        subscription.assignApiCredentials(clientId, Secrets.sha256(secret));
        apiCredentials.revokeTokensOfSubscription(subscription.getId());
        audit.record(AuditType.API_SECRET_GENERATED, currentUser(), null, subscription.getId().toString());
        return new ApiCredentials(clientId, secret);
    }

    /** The delegate is an existing technical delegate account, possibly of another organisation. */
    private User delegate(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        User delegate = users.findByEmail(email.strip())
                .orElseThrow(() -> new BusinessRuleException("subscription.delegate.unknown"));
        if (delegate.getActorType() != ActorType.TECHNICAL_DELEGATE || !delegate.isActive()) {
            throw new BusinessRuleException("subscription.delegate.notDelegate");
        }
        return delegate;
    }

    private void changed(Subscription subscription, String what) {
        subscription.touch(clock.instant());
        audit.record(AuditType.SUBSCRIPTION_CHANGED, currentUser(), null, subscription.getId() + " " + what);
    }

    private User currentUser() {
        return users.find(currentCaller.get().userId()).orElse(null);
    }

    private Subscription load(UUID id, Role role) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, role);
        Subscription subscription = subscriptions.find(id).orElseThrow(() -> new NotFoundException("subscription"));
        boolean own = subscription.getOrganization().getId().equals(caller.organizationId());
        boolean delegated = subscription.getTechnicalDelegate() != null
                && subscription.getTechnicalDelegate().getId().equals(caller.userId());
        boolean allowed = caller.actorType() == ActorType.TECHNICAL_DELEGATE ? delegated : own || delegated;
        if (!allowed) {
            throw new AccessDeniedException("subscription of another organisation");
        }
        return subscription;
    }
}
