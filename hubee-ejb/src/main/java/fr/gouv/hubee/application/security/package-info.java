/**
 * Who calls and what he may do: {@code AccessPolicy} (the decision tables of role, organisation,
 * habilitation, transmission, operator and API scope), the portal's caller ({@code CurrentCaller}),
 * the login in two steps with throttling and audit ({@code LoginService}), password hashing and
 * single-use secrets.
 */
package fr.gouv.hubee.application.security;
