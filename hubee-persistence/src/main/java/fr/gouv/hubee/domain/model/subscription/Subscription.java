package fr.gouv.hubee.domain.model.subscription;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An abonnement: an organisation receives a démarche's dossiers, from its activation date on,
 * in the portal or through the API, with mail notifications as it chose.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "datapass_id")
    private Long datapassId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SubscriptionStatus status = SubscriptionStatus.INACTIVE;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @Column(name = "activation_date")
    private LocalDate activationDate;

    @Column(name = "suspension_date")
    private LocalDate suspensionDate;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false, length = 7)
    private AccessMode accessMode = AccessMode.PORTAIL;

    @Column(name = "api_client_id", length = 64)
    private String apiClientId;

    /** Only a slow salted hash of the secret is kept: the secret is shown once. */
    @Column(name = "api_secret_hash")
    private String apiSecretHash;

    @ManyToOne
    @JoinColumn(name = "technical_delegate_id")
    private User technicalDelegate;

    @ManyToOne
    @JoinColumn(name = "local_administrator_id")
    private User localAdministrator;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_frequency", nullable = false, length = 12)
    private NotificationFrequency notificationFrequency = NotificationFrequency.NONE;

    @Column(name = "notification_email", length = 320)
    private String notificationEmail;

    /** Changes up to this instant were reported by notification mail. */
    @Column(name = "notified_until")
    private Instant notifiedUntil;

    protected Subscription() {
    }

    public Subscription(Organization organization, Procedure procedure, Long datapassId, Instant validatedAt) {
        this.organization = organization;
        this.procedure = procedure;
        this.datapassId = datapassId;
        this.validatedAt = validatedAt;
        this.notifiedUntil = validatedAt;
    }

    /** Marks the changes up to {@code until} as reported (in the transaction that queued the mails). */
    public void reportedUntil(Instant until) {
        this.notifiedUntil = until;
    }

    public Instant getNotifiedUntil() {
        return notifiedUntil;
    }

    /**
     * Sets the date from which dossiers are routed to the organisation. The subscription becomes
     * Actif at once when that date has come, otherwise on that date (timer of issue #6).
     */
    public void activateFrom(LocalDate date, LocalDate today) {
        if (date == null || date.isBefore(today)) {
            throw new BusinessRuleException("subscription.activation.past", "activationDate must be today or later");
        }
        activationDate = date;
        suspensionDate = null;
        status = date.isAfter(today) ? SubscriptionStatus.INACTIVE : SubscriptionStatus.ACTIVE;
    }

    /** Called by the daily timer: a scheduled activation whose date has come takes effect. */
    public boolean activateIfDue(LocalDate today) {
        if (status == SubscriptionStatus.INACTIVE && activationDate != null && !activationDate.isAfter(today)) {
            status = SubscriptionStatus.ACTIVE;
            return true;
        }
        return false;
    }

    /**
     * No new dossiers after suspension; existing ones stay workable (FAQ). A subscription never
     * activated has nothing to suspend.
     */
    public void suspend(LocalDate today) {
        if (status != SubscriptionStatus.ACTIVE && activationDate == null) {
            throw new BusinessRuleException("subscription.suspend.inactive", "A subscription never activated cannot be suspended");
        }
        status = SubscriptionStatus.SUSPENDED;
        suspensionDate = today;
    }

    public void refuse(String reason) {
        status = SubscriptionStatus.REFUSED;
        rejectionReason = reason;
    }

    /** Whether a dossier transmitted on {@code day} may be routed to this organisation. */
    public boolean acceptsDossiersOn(LocalDate day) {
        return (status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.INACTIVE)
                && activationDate != null && !activationDate.isAfter(day);
    }

    public void switchAccessMode(AccessMode mode) {
        this.accessMode = mode;
    }

    public void assignApiCredentials(String clientId, String secretHash) {
        this.apiClientId = clientId;
        this.apiSecretHash = secretHash;
    }

    public void configureNotifications(NotificationFrequency frequency, String email) {
        this.notificationFrequency = frequency;
        this.notificationEmail = frequency == NotificationFrequency.NONE ? null : email;
    }

    public void delegateTo(User delegate) {
        this.technicalDelegate = delegate;
    }

    public void setLocalAdministrator(User localAdministrator) {
        this.localAdministrator = localAdministrator;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Long getDatapassId() {
        return datapassId;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public LocalDate getActivationDate() {
        return activationDate;
    }

    public LocalDate getSuspensionDate() {
        return suspensionDate;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public String getApiClientId() {
        return apiClientId;
    }

    public String getApiSecretHash() {
        return apiSecretHash;
    }

    public User getTechnicalDelegate() {
        return technicalDelegate;
    }

    public User getLocalAdministrator() {
        return localAdministrator;
    }

    public NotificationFrequency getNotificationFrequency() {
        return notificationFrequency;
    }

    public String getNotificationEmail() {
        return notificationEmail;
    }
}
