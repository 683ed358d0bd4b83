/**
 * JPA repositories, one per aggregate ({@code DossierRepository} for folders, dossiers, events and
 * attachments), the read model of the portal's list ({@code DossierListing}), and the chunked
 * attachment content store. They run in the calling service's transaction.
 */
package fr.gouv.hubee.infrastructure.persistence;
