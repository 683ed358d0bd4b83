package fr.gouv.hubee.domain.model.subscription;

/** Subscription status; {@link #apiLabel()} is the contract's French value. */
public enum SubscriptionStatus {
    INACTIVE("Inactif"), ACTIVE("Actif"), SUSPENDED("Suspendu"), REFUSED("Refusé");

    private final String apiLabel;

    SubscriptionStatus(String apiLabel) {
        this.apiLabel = apiLabel;
    }

    public String apiLabel() {
        return apiLabel;
    }
}
