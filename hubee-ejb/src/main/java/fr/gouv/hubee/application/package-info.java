/**
 * Use cases as stateless EJBs: one transaction per call, and every call checks the caller's
 * organisation, role and habilitation through {@link fr.gouv.hubee.application.security.Authorization}.
 * They return records (DTOs), never entities, to the web and API layers.
 */
package fr.gouv.hubee.application;
