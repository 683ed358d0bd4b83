/**
 * Subscriptions of an organisation to a démarche: activation date, suspension, access mode
 * (portal or API, with hashed credentials), technical delegate and notification settings.
 */
package fr.gouv.hubee.domain.model.subscription;
