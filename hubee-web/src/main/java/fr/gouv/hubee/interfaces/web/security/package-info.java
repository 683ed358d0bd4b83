/**
 * Logging in from the portal's pages: password, code and new-password steps, their one-step flow
 * state, the ticket handed to the container's authentication mechanism
 * ({@code infrastructure.security}), session limits and the page messages.
 */
package fr.gouv.hubee.interfaces.web.security;
