/**
 * JPA repositories (one per aggregate) and the chunked attachment content store. They run in the
 * calling service's transaction.
 */
package fr.gouv.hubee.infrastructure.persistence;
