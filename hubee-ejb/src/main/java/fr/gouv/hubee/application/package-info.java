/**
 * Use cases as stateless EJBs: one transaction per call, container roles first
 * ({@code @RolesAllowed}: portal users, or API callers by scope), then
 * {@link fr.gouv.hubee.application.security.AccessPolicy} on organisation, habilitation and
 * ownership. They return records (DTOs), never entities, to the web and API layers; a refusal is
 * {@link fr.gouv.hubee.application.NotFoundException}, {@link fr.gouv.hubee.application.AccessDeniedException}
 * or the domain's {@code BusinessRuleException}, mapped once at each edge.
 */
package fr.gouv.hubee.application;
