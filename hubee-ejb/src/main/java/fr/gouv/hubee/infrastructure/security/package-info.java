/**
 * Jakarta Security glue, one mechanism for the application: the portal's form login (a ticket of a
 * login completed by {@code LoginService}, redeemed by the identity store) and the API's bearer
 * tokens, both giving the container its caller so that {@code @RolesAllowed} sees it. In the EJB
 * module so that every web module of the EAR resolves the same mechanism.
 */
package fr.gouv.hubee.infrastructure.security;
