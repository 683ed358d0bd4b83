/**
 * The HubEE v1 exchanges ({@code /teledossiers/v1}): folders, cases, events, attachments,
 * notifications and purge, as stateless EJBs allowed by API role; their answers are one record per
 * contract schema ({@code ExchangeViews}). Status changes and events go through the dossier
 * lifecycle, like the portal's.
 */
package fr.gouv.hubee.application.exchange;
