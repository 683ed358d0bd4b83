package fr.gouv.hubee.interfaces.web.subscriptions;

import fr.gouv.hubee.application.subscription.ApiCredentials;
import fr.gouv.hubee.application.subscription.SubscriptionDetails;
import fr.gouv.hubee.application.subscription.SubscriptionService;
import fr.gouv.hubee.application.subscription.SubscriptionSettings;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.SubscriptionStatus;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import fr.gouv.hubee.interfaces.web.shell.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The edit page of a subscription (abonnement.xhtml, guide §5.2.3): information with activation
 * and suspension, access mode with the API credentials, technical delegate, notifications.
 */
@Named
@ViewScoped
public class SubscriptionEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriptionService subscriptions;

    @Inject
    transient Clock clock;

    private String id;
    private SubscriptionDetails details;
    private AccessMode accessMode;
    private String delegateEmail;
    private NotificationFrequency frequency;
    private String notificationEmail;
    private LocalDate activationDate;
    /** Shown once, right after (re)generation; gone when the page is left. */
    private ApiCredentials revealed;
    private boolean offerDelegateCreation;

    public void load() {
        details = subscriptions.get(PageIds.parse(id, "subscription"));
        accessMode = details.summary().accessMode();
        delegateEmail = details.delegateEmail();
        frequency = details.summary().notificationFrequency();
        notificationEmail = details.notificationEmail();
        activationDate = LocalDate.now(clock);
        offerDelegateCreation = false;
    }

    public boolean isChanged() {
        return accessMode != details.summary().accessMode()
                || !Objects.equals(blankToNull(delegateEmail), details.delegateEmail())
                || frequency != details.summary().notificationFrequency()
                || (frequency != NotificationFrequency.NONE
                    && !Objects.equals(blankToNull(notificationEmail), details.notificationEmail()));
    }

    public boolean isNotificationEmailRequired() {
        return frequency != null && frequency != NotificationFrequency.NONE;
    }

    public boolean isCanSave() {
        return isChanged() && accessMode != null
                && (!isNotificationEmailRequired() || blankToNull(notificationEmail) != null);
    }

    public void save() {
        offerDelegateCreation = false;
        if (Actions.attempt(() -> subscriptions.update(details.summary().id(), new SubscriptionSettings(accessMode,
                delegateEmail, frequency, notificationEmail)).ifPresent(c -> revealed = c), refusal -> {
                    offerDelegateCreation = "subscription.delegate.unknown".equals(refusal.getMessageKey());
                    Messages.error(refusal.getMessageKey());
                })) {
            load();
            Messages.info("subscription.saved");
        }
    }

    public void cancel() {
        load();
    }

    public void activate() {
        if (Actions.attempt(() -> subscriptions.activate(details.summary().id(), activationDate))) {
            load();
            Messages.info("subscription.activated");
        }
    }

    public void suspend() {
        if (Actions.attempt(() -> subscriptions.suspend(details.summary().id()))) {
            load();
            Messages.info("subscription.suspended");
        }
    }

    public void regenerate() {
        Actions.result(() -> subscriptions.regenerateSecret(details.summary().id())).ifPresent(credentials -> {
            revealed = credentials;
            load();
            Messages.info("subscription.secret.regenerated");
        });
    }

    /** Activation is offered while not active yet, and to reactivate after a suspension. */
    public boolean isCanActivate() {
        SubscriptionStatus status = details.summary().status();
        return status == SubscriptionStatus.INACTIVE || status == SubscriptionStatus.SUSPENDED;
    }

    public boolean isCanSuspend() {
        SubscriptionStatus status = details.summary().status();
        return status == SubscriptionStatus.ACTIVE
                || (status == SubscriptionStatus.INACTIVE && details.summary().activationDate() != null);
    }

    /** An activation date chosen but still to come. */
    public boolean isScheduled() {
        return details.summary().status() == SubscriptionStatus.INACTIVE && details.summary().activationDate() != null;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


    public AccessMode[] getAccessModes() {
        return AccessMode.values();
    }

    public NotificationFrequency[] getFrequencies() {
        return NotificationFrequency.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SubscriptionDetails getDetails() {
        return details;
    }

    public fr.gouv.hubee.application.subscription.SubscriptionSummary getSummary() {
        return details.summary();
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(AccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public String getDelegateEmail() {
        return delegateEmail;
    }

    public void setDelegateEmail(String delegateEmail) {
        this.delegateEmail = delegateEmail;
    }

    public NotificationFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(NotificationFrequency frequency) {
        this.frequency = frequency;
    }

    public String getNotificationEmail() {
        return notificationEmail;
    }

    public void setNotificationEmail(String notificationEmail) {
        this.notificationEmail = notificationEmail;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public void setActivationDate(LocalDate activationDate) {
        this.activationDate = activationDate;
    }

    public ApiCredentials getRevealed() {
        return revealed;
    }

    public boolean isOfferDelegateCreation() {
        return offerDelegateCreation;
    }
}
