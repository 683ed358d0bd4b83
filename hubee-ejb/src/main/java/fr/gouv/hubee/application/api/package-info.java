/**
 * API callers: OAuth2 client credentials ({@code ApiAuthentication}: tokens and secrets stored as
 * SHA-256), the caller a valid token stands for ({@code ApiCaller}, read by the exchange EJBs from
 * {@code CurrentApiCaller}), its container roles ({@code ApiRoles}), the API's own refusals, and
 * the national administration's API clients.
 */
package fr.gouv.hubee.application.api;
