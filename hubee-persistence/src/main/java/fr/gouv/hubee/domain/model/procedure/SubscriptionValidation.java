package fr.gouv.hubee.domain.model.procedure;

/** How subscriptions to a démarche are validated (contract: Process.subscriptionValidation). */
public enum SubscriptionValidation {
    Auto, Manual
}
