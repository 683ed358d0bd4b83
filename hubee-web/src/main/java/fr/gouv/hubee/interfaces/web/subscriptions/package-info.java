/**
 * « Gestion des abonnements »: the list, one subscription's four sections, and the national
 * administrator's creation form.
 */
package fr.gouv.hubee.interfaces.web.subscriptions;
