/**
 * Subscriptions (abonnements): the administration's screens ({@code SubscriptionService}), their
 * creation from DataPass or the national administrator ({@code SubscriptionIntake}), the API's
 * referential of subscriptions, and the routing rule of new dossiers ({@code RecipientRouting}).
 */
package fr.gouv.hubee.application.subscription;
