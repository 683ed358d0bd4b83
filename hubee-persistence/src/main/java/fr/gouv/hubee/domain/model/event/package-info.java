/**
 * Notifications (what awaits an organisation until its software deletes it) and the event types
 * and statuses of the contract.
 */
package fr.gouv.hubee.domain.model.event;
